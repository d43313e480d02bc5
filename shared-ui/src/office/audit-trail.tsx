import { ErrorState, useTranslation } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import { OFFICE_KIT_NAMESPACE } from './strings.js';

/** One audited action, in words the module chose (action name, who). */
export interface AuditEntry {
  id: string | number;
  /** What was done, e.g. "Tiếp nhận". */
  action: string;
  /** ISO time. */
  at: string;
  /** Who did it (name, unit), when known. */
  actor: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditTrailProps {
  /** Fetches the entries; called when the section is first opened and again when `version` changes. */
  load: () => Promise<readonly AuditEntry[]>;
  /** The audited object's version: a new one (after an action) fetches again. */
  version: string | number;
  /** The time of an entry as the module writes times ("10:30 28/11/2026"). */
  formatTime: (iso: string) => string;
  /** The module's card class for the `<details>`. */
  className?: string;
}

/** The audit trail, collapsed until opened (then fetched): who did what, when, with the values before and after. */
export function AuditTrail({ className, ...list }: AuditTrailProps) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  const [open, setOpen] = useState(false);
  return (
    <details className={className ? `portal-audit ${className}` : 'portal-audit'} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('audit.title')}</summary>
      <p className="portal-office-muted">{t('audit.hint')}</p>
      {open && <AuditList {...list} />}
    </details>
  );
}

type Loaded = { status: 'loading' } | { status: 'error' } | { status: 'ready'; entries: readonly AuditEntry[] };

function AuditList({ load, version, formatTime }: Omit<AuditTrailProps, 'className'>) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    load().then(
      (entries) => current && setLoaded({ status: 'ready', entries }),
      () => current && setLoaded({ status: 'error' }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure every render; `version` says when its answer can change.
  }, [version, attempt]);

  if (loaded.status === 'loading') return <p role="status">{t('audit.loading')}</p>;
  if (loaded.status === 'error') return <ErrorState headingLevel={3} title={t('audit.errorTitle')} onRetry={() => setAttempt((n) => n + 1)} />;
  if (loaded.entries.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <ol className="portal-audit__list">
      {loaded.entries.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>{entry.action}</strong> · <time dateTime={entry.at}>{formatTime(entry.at)}</time>
            {entry.actor && <> · {entry.actor}</>}
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
      <span className="portal-office-muted">{label}</span>
      <pre className="portal-audit__change">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
