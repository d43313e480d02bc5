import { useLanguage, useTranslation } from '@portal/shared-ui';
import type { TimelineEntry } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n.js';
import { useDateFormat } from './format.js';
import './reports.css';

/** What happened to a report, oldest first. Texts written by people are rendered as plain text. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const format = useDateFormat();
  if (entries.length === 0) return <p className="feedback-muted">{t('timeline.empty')}</p>;
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="feedback-timeline">
      {ordered.map((entry) => {
        const unitName = entry.unit?.name[language];
        const title =
          entry.kind === 'forwarded'
            ? unitName
              ? t('timeline.kinds.forwarded', { unit: unitName })
              : t('timeline.kinds.forwardedNoUnit')
            : t(`timeline.kinds.${entry.kind}`);
        return (
          <li
            key={entry.id}
            className={`feedback-timeline__item feedback-timeline__item--${entry.kind}${entry.visibility === 'internal' ? ' feedback-timeline__item--internal' : ''}`}
          >
            <span className="feedback-timeline__dot" aria-hidden="true" />
            <div className="feedback-timeline__content">
              <p className="feedback-timeline__title">
                {title}
                {entry.visibility === 'internal' && <span className="feedback-badge feedback-badge--internal">{t('timeline.internal')}</span>}
              </p>
              <p className="feedback-timeline__meta">
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                {entry.kind !== 'forwarded' && unitName ? ` · ${unitName}` : ''}
                {entry.actorName ? ` · ${t('timeline.by', { name: entry.actorName })}` : ''}
              </p>
              {entry.text && <p className="feedback-timeline__text">{entry.text}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
