import { Button, Card, EmptyState, ErrorState, PageHeader, Skeleton, useLanguage, useSession, useTranslation } from '@portal/shared-ui';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { ReportDetail } from '../../contract/schemas.js';
import { ApiProblem, useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import { ReportMap } from '../map/report-map.js';
import { useModulePath } from '../reports/base-path.js';
import { useDateFormat } from '../reports/format.js';
import { PhotoGallery } from '../reports/photo-gallery.js';
import { OverdueBadge, PrivateBadge, StatusBadge } from '../reports/status-badge.js';
import { Timeline } from '../reports/timeline.js';
import { FollowButton } from './follow-button.js';
import { RatingForm } from './rating-form.js';
import '../report-form/form.css';
import './detail.css';

type DetailState = { status: 'loading' } | { status: 'missing' } | { status: 'failed' } | { status: 'ready'; report: ReportDetail };

/** `reports/:code`: one report for whoever may see it; the API decides what that person sees. */
export function ReportDetailPage() {
  const { t } = useTranslation(NAMESPACE);
  const { code = '' } = useParams();
  const api = useFeedbackApi();
  const { status: sessionStatus } = useSession();
  const path = useModulePath();
  const [state, setState] = useState<DetailState>({ status: 'loading' });

  const load = useCallback(() => {
    return api.report(code).then(
      (report) => setState({ status: 'ready', report }),
      (error: unknown) => setState({ status: error instanceof ApiProblem && error.status === 404 ? 'missing' : 'failed' }),
    );
  }, [api, code]);
  // Wait for the session: a private report needs the token to be found.
  useEffect(() => {
    if (sessionStatus !== 'loading') void load();
  }, [load, sessionStatus]);

  if (state.status === 'loading') {
    return (
      <div aria-busy="true" className="feedback-section">
        <span className="portal-visually-hidden">{t('loading')}</span>
        <Skeleton shape="block" height={48} />
        <Skeleton shape="block" height={200} />
      </div>
    );
  }
  if (state.status === 'missing') {
    return <EmptyState headingLevel={1} title={t('detail.notFound')} description={t('detail.notFoundHint')} action={<Button href={path()}>{t('detail.back')}</Button>} />;
  }
  if (state.status === 'failed') return <ErrorState headingLevel={1} title={t('detail.failed')} onRetry={() => void load()} />;
  return <ReportView report={state.report} onChange={(report) => setState({ status: 'ready', report })} reload={load} />;
}

function ReportView({ report, onChange, reload }: { report: ReportDetail; onChange: (report: ReportDetail) => void; reload: () => Promise<void> }) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const format = useDateFormat();
  const path = useModulePath();
  const { status: sessionStatus } = useSession();
  const [rated, setRated] = useState(false);
  const open = report.status === 'submitted' || report.status === 'in_progress';

  return (
    <article className="feedback-detail">
      <PageHeader title={report.code} subtitle={report.category.name[language]} backHref={path(sessionStatus === 'authenticated' ? 'mine' : 'public')} backLabel={t('detail.back')} />
      <p className="feedback-detail__badges">
        <StatusBadge status={report.status} />
        {report.overdue && <OverdueBadge />}
        {!report.isPublic && <PrivateBadge />}
      </p>

      <PhotoGallery photos={report.photos} isPublic={report.isPublic} />

      <section className="feedback-section" aria-labelledby="feedback-description-title">
        <h2 id="feedback-description-title">{t('detail.description')}</h2>
        <p className="feedback-detail__text">{report.description}</p>
      </section>

      <dl className="feedback-facts">
        <div>
          <dt>{t('detail.place')}</dt>
          <dd>
            {report.place.label[language]}
            {report.accuracyM !== null && <span className="feedback-muted"> ({t('detail.accuracy', { meters: Math.round(report.accuracyM) })})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('detail.unit')}</dt>
          <dd>{report.unit.name[language]}</dd>
        </div>
        <div>
          <dt>{t('detail.submitted')}</dt>
          <dd>{format.dateTime(report.submittedAt)}</dd>
        </div>
        {open && (
          <div>
            <dt>{t('detail.due')}</dt>
            <dd className={report.overdue ? 'feedback-detail__overdue' : undefined}>{format.dateTime(report.dueAt)}</dd>
          </div>
        )}
        {report.reporter && (
          <div>
            <dt>{t('detail.reporter')}</dt>
            <dd>
              {report.reporter.name}
              {report.reporter.phone ? ` · ${report.reporter.phone}` : ''}
            </dd>
          </div>
        )}
      </dl>

      <ReportMap pin={report.location} center={report.location} zoom={16} height={200} />

      {report.rejectReason && (
        <Card title={t('detail.rejected')} className="feedback-detail__rejected">
          <p className="feedback-detail__text">{report.rejectReason}</p>
        </Card>
      )}

      {report.answer && (
        <Card title={t('detail.answer', { unit: report.answer.unit.name[language] })} className="feedback-detail__answer">
          <p className="feedback-muted">{t('detail.answeredAt', { date: format.dateTime(report.answer.at) })}</p>
          <p className="feedback-detail__text">{report.answer.text}</p>
          <PhotoGallery photos={report.answer.photos} isPublic={report.isPublic} />
        </Card>
      )}

      {rated && <p className="feedback-notice" role="status">{t('rating.done')}</p>}
      {report.rating && (
        <p className="feedback-detail__rating">
          {t('rating.yours', { value: report.rating.value === 'satisfied' ? t('rating.satisfied') : t('rating.notSatisfied') })}
          {report.rating.comment ? ` — ${report.rating.comment}` : ''}
        </p>
      )}
      {report.can.rate && (
        <RatingForm
          report={report}
          onRated={(next) => {
            setRated(true);
            onChange(next);
          }}
          onStale={reload}
        />
      )}

      <FollowButton report={report} />

      <section className="feedback-section" aria-labelledby="feedback-timeline-title">
        <h2 id="feedback-timeline-title">{t('timeline.heading')}</h2>
        <Timeline entries={report.timeline} />
      </section>
    </article>
  );
}
