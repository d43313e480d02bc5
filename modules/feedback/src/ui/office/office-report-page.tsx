import { Button, Card, EmptyState, ErrorState, PageHeader, useLanguage, useTranslation } from '@portal/shared-ui';
import { OfficersOnly, hasRole } from '@portal/shared-ui/office';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { OFFICER_ACTIONS, type OfficerAction } from '../../contract/domain.js';
import type { ReportDetail } from '../../contract/schemas.js';
import { ApiProblem, useFeedbackApi } from '../api-client.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useModulePath } from '../reports/base-path.js';
import { useDateFormat } from '../reports/format.js';
import { PhotoGallery } from '../reports/photo-gallery.js';
import { PrivateBadge, StatusBadge } from '../reports/status-badge.js';
import { Timeline } from '../reports/timeline.js';
import { ActionForm, type ActionConflict } from './action-form.js';
import { AuditSection } from './audit-section.js';
import { DueLabel } from './due-label.js';
import '../public/public.css';
import './office.css';

type Load = { status: 'loading' } | { status: 'ready'; report: ReportDetail } | { status: 'error'; notFound: boolean };
type Notice = { kind: 'success' | 'warning'; text: string } | null;

/** One report as its handling unit sees it: full detail, reporter contact, internal notes and the allowed actions. */
export function OfficeReportPage() {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { code = '' } = useParams();
  // Admins read any report (and its audit trail) as a unit lead does.
  return (
    <OfficersOnly
      allow={(user) => hasRole(user, 'officer', 'unit_lead', 'admin')}
      loading={t('report.loading')}
      title={t('inbox.onlyOfficersTitle')}
      hint={t('inbox.onlyOfficersHint')}
    >
      {(user) => <OfficeReport code={code} lead={hasRole(user, 'unit_lead', 'admin')} />}
    </OfficersOnly>
  );
}

function OfficeReport({ code, lead }: { code: string; lead: boolean }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const api = useFeedbackApi();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [action, setAction] = useState<OfficerAction | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const modulePath = useModulePath();
  const navigate = useNavigate();

  useEffect(() => {
    let current = true;
    api.report(code).then(
      (report) => current && setLoad({ status: 'ready', report }),
      (error: unknown) => current && setLoad({ status: 'error', notFound: error instanceof ApiProblem && error.status === 404 }),
    );
    return () => {
      current = false;
    };
  }, [api, code, attempt]);

  const onDone = (report: ReportDetail | undefined) => {
    setAction(null);
    if (!report) {
      // Forwarded out of the officer's reach (a private report): back to the inbox, saying where it went.
      navigate(modulePath('office'), { state: { notice: t('report.forwardedAway', { code }) } });
      return;
    }
    setLoad({ status: 'ready', report });
    setNotice({ kind: 'success', text: t('report.done') });
  };
  // Someone else changed the report (stale version) or its state no longer allows the action:
  // show the newest version and say why, rather than failing silently.
  const onConflict = (conflict: ActionConflict) => {
    setAction(null);
    setNotice({ kind: 'warning', text: conflict === 'stale' ? t('report.reloaded') : `${t('errors.illegal')} ${t('report.reloaded')}` });
    setAttempt((n) => n + 1);
  };

  if (load.status === 'loading') return <p role="status">{t('report.loading')}</p>;
  if (load.status === 'error') {
    return load.notFound ? (
      <EmptyState headingLevel={1} title={t('report.notFoundTitle')} description={t('report.notFoundHint')} />
    ) : (
      <ErrorState headingLevel={1} title={t('report.errorTitle')} onRetry={() => setAttempt((n) => n + 1)} />
    );
  }
  const { report } = load;
  return (
    <div className="feedback-page feedback-office">
      <PageHeader title={report.code} subtitle={<StatusLine report={report} />} backHref={modulePath('office')} backLabel={t('report.back')} />
      {notice && (
        <p role="status" className={`feedback-notice feedback-notice--${notice.kind}`}>
          {notice.text}
        </p>
      )}
      <Actions report={report} onChoose={setAction} />
      <ReportFacts report={report} />
      <Card title={t('report.timeline')}>
        <Timeline entries={report.timeline} />
      </Card>
      {lead && <AuditSection code={report.code} version={report.version} />}
      {action && <ActionForm action={action} report={report} onDone={onDone} onConflict={onConflict} onClose={() => setAction(null)} />}
    </div>
  );
}

function StatusLine({ report }: { report: ReportDetail }) {
  return (
    <span className="feedback-inbox__badges">
      <StatusBadge status={report.status} />
      {!report.isPublic && <PrivateBadge />}
      <DueLabel dueAt={report.dueAt} status={report.status} />
    </span>
  );
}

function Actions({ report, onChoose }: { report: ReportDetail; onChoose: (action: OfficerAction) => void }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  // Only what the API says is possible now, in the usual order of handling.
  const allowed = OFFICER_ACTIONS.filter((action) => report.can.act.includes(action));
  return (
    <Card title={t('report.actions')}>
      {allowed.length === 0 ? (
        <p className="feedback-muted">{t('report.noActions')}</p>
      ) : (
        <div className="feedback-office__actions">
          {allowed.map((action) => (
            <Button
              key={action}
              variant={action === 'accept' || action === 'answer' ? 'primary' : action === 'reject' ? 'danger' : 'secondary'}
              aria-haspopup="dialog"
              onClick={() => onChoose(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}

function ReportFacts({ report }: { report: ReportDetail }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { language } = useLanguage();
  const format = useDateFormat();
  return (
    <>
      <Card title={t('report.description')}>
        <p className="feedback-office__description">{report.description}</p>
        {report.privacyFlags.length > 0 && <p className="feedback-notice">{t('report.privacyFlags')}</p>}
        {report.photos.length > 0 && <PhotoGallery photos={report.photos} isPublic={false} />}
        <dl className="feedback-office__facts">
          <dt>{t('report.category')}</dt>
          <dd>{report.category.name[language]}</dd>
          <dt>{t('report.place')}</dt>
          <dd>{report.place.label[language]}</dd>
          <dt>{t('report.unit')}</dt>
          <dd>{report.unit.name[language]}</dd>
          <dt>{t('report.submittedAt')}</dt>
          <dd>{format.dateTime(report.submittedAt)}</dd>
          <dt>{t('report.dueAt')}</dt>
          <dd>{format.dateTime(report.dueAt)}</dd>
          <dt>{t('report.handler')}</dt>
          <dd>{report.handler?.name ?? report.handler?.sub ?? t('report.noHandler')}</dd>
          <dt>{t('report.visibility')}</dt>
          <dd>{report.isPublic ? t('report.public') : t('report.private')}</dd>
        </dl>
        {report.reopenCount > 0 && <p className="feedback-muted">{t('report.reopenCount', { count: report.reopenCount })}</p>}
      </Card>
      {report.reporter && (
        <Card title={t('report.reporter')}>
          <dl className="feedback-office__facts">
            <dt>{t('report.reporterName')}</dt>
            <dd>{report.reporter.name}</dd>
            <dt>{t('report.reporterPhone')}</dt>
            <dd>{report.reporter.phone ? <a href={`tel:${report.reporter.phone}`}>{report.reporter.phone}</a> : t('report.noPhone')}</dd>
            {report.reporter.nationalId && (
              <>
                <dt>{t('report.reporterId')}</dt>
                <dd>{report.reporter.nationalId}</dd>
              </>
            )}
          </dl>
        </Card>
      )}
      {report.rejectReason && (
        <Card title={t('report.rejectReason')}>
          <p className="feedback-office__description">{report.rejectReason}</p>
        </Card>
      )}
      {report.answer && (
        <Card title={t('report.answer')}>
          <p className="feedback-office__description">{report.answer.text}</p>
          <p className="feedback-muted">
            {report.answer.unit.name[language]} · {format.dateTime(report.answer.at)}
          </p>
          {report.answer.photos.length > 0 && <PhotoGallery photos={report.answer.photos} isPublic={report.isPublic} />}
        </Card>
      )}
      {report.rating && (
        <Card title={t('report.rating')}>
          <p>
            <strong>{t(`report.ratings.${report.rating.value}`)}</strong> · {format.dateTime(report.rating.at)}
          </p>
          {report.rating.comment && <p className="feedback-office__description">{report.rating.comment}</p>}
        </Card>
      )}
    </>
  );
}
