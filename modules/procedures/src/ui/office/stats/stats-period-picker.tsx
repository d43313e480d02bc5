import { useId, useState } from 'react';
import { useOfficeTexts, usePublicTexts } from '../use-texts.js';
import { OFFICE_PERIODS, rangeProblem, type DayRange, type OfficePeriod } from './stats-range.js';

interface Props {
  period: OfficePeriod;
  /** The custom range last asked for: where the date inputs start. */
  custom: DayRange;
  onPeriod: (period: OfficePeriod) => void;
  /** Called with a custom range only once it is one the API accepts. */
  onCustom: (range: DayRange) => void;
}

/** This month, last month, this year, or any from–to; a custom range is checked as it is typed. */
export function StatsPeriodPicker({ period, custom, onPeriod, onCustom }: Props) {
  const { t } = useOfficeTexts();
  const publicTexts = usePublicTexts();
  const errorId = useId();
  const [draft, setDraft] = useState<DayRange>(custom);
  const problem = rangeProblem(draft);
  const change = (next: DayRange) => {
    setDraft(next);
    if (!rangeProblem(next)) onCustom(next);
  };
  const dateInput = (side: keyof DayRange) => (
    <label className="procedures-office-stats__day">
      <span>{t(`stats.${side}`)}</span>
      <input
        type="date"
        className="procedures-input"
        value={draft[side]}
        max={side === 'from' ? draft.to : undefined}
        min={side === 'to' ? draft.from : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => change({ ...draft, [side]: event.target.value })}
      />
    </label>
  );

  return (
    <>
      <fieldset className="procedures-stats__periods">
        <legend>{publicTexts.t('stats.period')}</legend>
        {OFFICE_PERIODS.map((name) => (
          <label key={name} className="procedures-stats__period">
            <input type="radio" name="office-stats-period" value={name} checked={period === name} onChange={() => onPeriod(name)} />
            <span>{t(`stats.periods.${name}`)}</span>
          </label>
        ))}
      </fieldset>
      {period === 'custom' && (
        <div className="procedures-office-stats__custom">
          {dateInput('from')}
          {dateInput('to')}
          {problem && (
            <p id={errorId} role="alert" className="procedures-field__error">
              {t(`stats.${problem}`)}
            </p>
          )}
        </div>
      )}
    </>
  );
}
