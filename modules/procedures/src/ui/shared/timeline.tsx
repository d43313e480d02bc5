import { useTranslation } from '@portal/shared-ui';
import type { DossierDetail } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { formatDateTime } from './format.js';
import { StatusBadge } from './status-badge.js';

type Entry = DossierDetail['timeline'][number];

/** The dossier's states over time, newest first; internal entries are marked (only the agency sees them). */
export function Timeline({ entries }: { entries: readonly Entry[] }) {
  const { t } = useTranslation(NAMESPACE);
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <section className="procedures-section" aria-labelledby="procedures-timeline-heading">
      <h2 id="procedures-timeline-heading" className="procedures-section__title">
        {t('timeline.heading')}
      </h2>
      {sorted.length === 0 ? (
        <p className="procedures-muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="procedures-timeline" aria-labelledby="procedures-timeline-heading">
          {sorted.map((entry) => (
            <li key={entry.id} className="procedures-timeline__item">
              <p className="procedures-timeline__head">
                <strong>{t(`timeline.kinds.${entry.kind}`)}</strong> <StatusBadge status={entry.toStatus} />
                {entry.visibility === 'internal' && <span className="procedures-badge procedures-badge--internal">{t('timeline.internal')}</span>}
              </p>
              <p className="procedures-muted">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {entry.actorName && <> · {t('timeline.by', { name: entry.actorName })}</>}
              </p>
              {entry.text && <p className="procedures-timeline__text">{entry.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
