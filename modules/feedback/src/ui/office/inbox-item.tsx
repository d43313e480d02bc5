import { useLanguage, useTranslation } from '@portal/shared-ui';
import { InboxCard } from '@portal/shared-ui/office';
import type { ReportSummary } from '../../contract/schemas.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useModulePath } from '../reports/base-path.js';
import { useDateFormat } from '../reports/format.js';
import { PrivateBadge, StatusBadge } from '../reports/status-badge.js';
import { DueLabel } from './due-label.js';

/** One row of the officer inbox: code, category, status, how the deadline stands, place and excerpt. */
export function InboxItem({ report }: { report: ReportSummary }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { language } = useLanguage();
  const format = useDateFormat();
  const modulePath = useModulePath();
  return (
    <InboxCard
      href={modulePath(`office/${report.code}`)}
      code={report.code}
      aside={<DueLabel dueAt={report.dueAt} status={report.status} />}
      title={report.category.name[language]}
    >
      <span className="feedback-inbox__badges">
        <StatusBadge status={report.status} />
        {!report.isPublic && <PrivateBadge />}
      </span>
      <span className="feedback-inbox__excerpt">{report.excerpt}</span>
      <span className="feedback-muted">{report.place.label[language]}</span>
      <span className="feedback-muted">{t('inbox.submittedAt', { date: format.dateTime(report.submittedAt) })}</span>
    </InboxCard>
  );
}
