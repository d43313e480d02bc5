import { Button, useTranslation } from '@portal/shared-ui';
import { NAMESPACE } from '../i18n.js';
import { useModulePath } from '../reports/base-path.js';
import { useDateFormat } from '../reports/format.js';
import { removeQueued, retryQueued, useQueuedReports } from './outbox.js';
import type { QueuedReport } from './queue-store.js';
import './queue.css';

/** Reports still on this device: waiting (with upload progress) or refused (edit, send again, delete). */
export function QueuedList({ ownerSub }: { ownerSub: string }) {
  const { t } = useTranslation(NAMESPACE);
  const { items, progress } = useQueuedReports(ownerSub);
  if (items.length === 0) return null;
  return (
    <section className="feedback-section" aria-labelledby="feedback-queue-title">
      <h2 id="feedback-queue-title">{t('queue.heading')}</h2>
      <ul className="feedback-list">
        {items.map((item) => (
          <QueuedItem key={item.id} item={item} percent={progress.get(item.id)} />
        ))}
      </ul>
    </section>
  );
}

function QueuedItem({ item, percent }: { item: QueuedReport; percent: number | undefined }) {
  const { t } = useTranslation(NAMESPACE);
  const format = useDateFormat();
  const path = useModulePath();
  const failed = item.state === 'failed';
  const remove = () => {
    if (globalThis.confirm?.(t('queue.confirmRemove')) ?? true) void removeQueued(item.id);
  };
  return (
    <li className={`feedback-queued${failed ? ' feedback-queued--failed' : ''}`} data-testid="queued-report">
      <p className="feedback-queued__state">
        <span className={`feedback-badge ${failed ? 'feedback-badge--rejected' : 'feedback-badge--private'}`}>
          {failed ? t('queue.failed') : percent !== undefined ? t('queue.sending', { percent }) : t('queue.waiting')}
        </span>
        <span className="feedback-muted">{t('queue.savedAt', { date: format.dateTime(item.savedAt) })}</span>
      </p>
      {!failed && percent !== undefined && <progress max={100} value={percent} aria-label={t('queue.sending', { percent })} />}
      <p className="feedback-queued__text">{item.report.description}</p>
      <p className="feedback-muted">{t('queue.photos', { count: item.photos.length })}</p>
      {failed && item.failure && (
        <p className="feedback-form__error" role="alert">
          {[item.failure.detail ?? item.failure.title, ...Object.values(item.failure.errors).flat()].join(' ')}
        </p>
      )}
      {failed && (
        <div className="feedback-queued__actions">
          <Button variant="primary" href={`${path('new')}?draft=${encodeURIComponent(item.id)}`}>
            {t('queue.edit')}
          </Button>
          <Button variant="secondary" onClick={() => void retryQueued(item.id)}>
            {t('queue.retry')}
          </Button>
          <Button variant="danger" onClick={remove}>
            {t('queue.remove')}
          </Button>
        </div>
      )}
    </li>
  );
}
