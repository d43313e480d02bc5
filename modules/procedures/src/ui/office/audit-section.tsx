import { ErrorState } from '@portal/shared-ui';
import { useState } from 'react';
import { useProceduresApi } from '../shared/api-client.js';
import { formatDateTime } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';
import { useOfficeTexts } from './use-texts.js';

/** The audit trail, collapsed until opened (then fetched); fetched again when the dossier changes. */
export function AuditSection({ dossierId, version }: { dossierId: string; version: number }) {
  const { t } = useOfficeTexts();
  const [open, setOpen] = useState(false);
  return (
    <details className="procedures-section procedures-audit" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>{t('audit.title')}</summary>
      <p className="procedures-muted">{t('audit.hint')}</p>
      {open && <AuditList dossierId={dossierId} version={version} />}
    </details>
  );
}

function AuditList({ dossierId, version }: { dossierId: string; version: number }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const { state, reload } = useLoad(() => api.audit(dossierId), [dossierId, version]);
  if (state.status === 'loading') return <p role="status">{t('audit.loading')}</p>;
  if (state.status === 'error') return <ErrorState headingLevel={3} title={t('audit.errorTitle')} onRetry={reload} />;
  if (state.data.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <ol className="procedures-audit__list">
      {state.data.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>{t(`actions.${entry.action}`, { defaultValue: t(`audit.applicantActions.${entry.action}`, { defaultValue: entry.action }) })}</strong> ·{' '}
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            {entry.actorName && <> · {entry.actorName}</>}
            {entry.actorUnitId && <> ({t('audit.unit', { unit: entry.actorUnitId })})</>}
          </p>
          <Change label={t('audit.before')} value={entry.before} />
          <Change label={t('audit.after')} value={entry.after} />
        </li>
      ))}
    </ol>
  );
}

/** Before/after values as indented JSON text (React escapes it: stored text is never markup). */
function Change({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <span className="procedures-muted">{label}</span>
      <pre className="procedures-audit__change">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
