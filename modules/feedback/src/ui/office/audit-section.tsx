import { ErrorState, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import { useFeedbackApi } from '../api-client.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useLoad } from '../public/use-load.js';
import { useDateFormat } from '../reports/format.js';

/** The unit lead's audit trail, collapsed until opened (then fetched); reloads when the report changes. */
export function AuditSection({ code, version }: { code: string; version: number }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const [open, setOpen] = useState(false);
  return (
    <details className="feedback-audit portal-card" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>{t('audit.title')}</summary>
      <p className="feedback-muted">{t('audit.hint')}</p>
      {open && <AuditList code={code} version={version} />}
    </details>
  );
}

function AuditList({ code, version }: { code: string; version: number }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const api = useFeedbackApi();
  const format = useDateFormat();
  const audit = useLoad(() => api.audit(code), `${code}@${version}`);
  if (audit.status === 'loading') return <p role="status">{t('audit.loading')}</p>;
  if (audit.status === 'error') return <ErrorState headingLevel={3} title={t('audit.errorTitle')} onRetry={audit.retry} />;
  if (audit.data.items.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <ol>
      {audit.data.items.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>{t(`actions.${entry.action}`, { defaultValue: entry.action })}</strong> ·{' '}
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time> · {entry.actorName ?? entry.actorSub}
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
      <span className="feedback-muted">{label}</span>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
