import { Button } from '@portal/shared-ui';
import { FormField } from '@portal/shared-ui/forms';
import { useColleagues } from './use-colleagues.js';

/** The module's words for the picker, already translated. */
export interface ColleagueSelectTexts {
  label: string;
  choose: string;
  loading: string;
  none: string;
  /** Said when the directory cannot be reached: what a typed name costs (no inbox, no notifications). */
  directoryDown: string;
  retry: string;
  typedNameLabel: string;
}

export interface ColleagueSelectProps {
  /** The case's unit: its officers and leads, other than the signed-in officer, are offered. */
  unitId: string;
  handlerSub: string;
  handlerName: string;
  /** A picked colleague gives their `sub`; a typed name (directory down) gives `''`. */
  onChange: (handler: { handlerSub: string; handlerName: string }) => void;
  errors?: string[];
  texts: ColleagueSelectTexts;
}

/**
 * "Hand it to a colleague": a labelled select of the unit's staff from the directory, so the handler is
 * a real account that sees the case and gets its notifications. Only when the directory cannot be
 * reached does it fall back to a typed name, and says so.
 */
export function ColleagueSelect({ unitId, handlerSub, handlerName, onChange, errors, texts }: ColleagueSelectProps) {
  const colleagues = useColleagues(unitId);
  if (colleagues.status === 'error') {
    return (
      <>
        <p role="alert" className="portal-office-error">
          {texts.directoryDown}{' '}
          <Button variant="ghost" onClick={colleagues.retry}>
            {texts.retry}
          </Button>
        </p>
        <FormField label={texts.typedNameLabel} errors={errors}>
          <input type="text" value={handlerName} onChange={(event) => onChange({ handlerSub: '', handlerName: event.target.value })} autoComplete="name" maxLength={200} />
        </FormField>
      </>
    );
  }
  const choices = colleagues.status === 'ready' ? colleagues.colleagues : [];
  const pick = (sub: string) => onChange({ handlerSub: sub, handlerName: choices.find((colleague) => colleague.sub === sub)?.name ?? '' });
  const hint = colleagues.status === 'loading' ? texts.loading : choices.length ? undefined : texts.none;
  return (
    <FormField label={texts.label} hint={hint} errors={errors}>
      <select value={handlerSub} onChange={(event) => pick(event.target.value)} aria-required="true" aria-busy={colleagues.status === 'loading'}>
        <option value="">{texts.choose}</option>
        {choices.map((colleague) => (
          <option key={colleague.sub} value={colleague.sub}>
            {colleague.name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
