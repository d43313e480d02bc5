import { Icon, SmartLink, useLanguage, useTranslation } from '@portal/shared-ui';
import type { ReportSummary } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n.js';
import { useDateFormat } from './format.js';
import { PhotoImage } from './photo-gallery.js';
import { OverdueBadge, PrivateBadge, StatusBadge } from './status-badge.js';
import './reports.css';

export interface ReportCardProps {
  report: ReportSummary;
  /** Where the card leads, e.g. `reports/PA-2026-000123` or `office/PA-2026-000123`. */
  to: string;
}

/** One report in a list: thumbnail, category, status, place, excerpt; the whole card is one link. */
export function ReportCard({ report, to }: ReportCardProps) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const format = useDateFormat();
  return (
    <article className="feedback-card">
      <SmartLink href={to} className="feedback-card__link">
        <span className="feedback-card__thumb">
          {report.thumbUrl ? (
            <PhotoImage src={report.thumbUrl} isPublic={report.isPublic} alt="" width={72} height={72} />
          ) : (
            <Icon name={report.category.icon} size={32} />
          )}
        </span>
        <span className="feedback-card__body">
          <span className="feedback-card__title">
            <span className="feedback-card__code">{report.code}</span> · {report.category.name[language]}
          </span>
          <span className="feedback-card__badges">
            <StatusBadge status={report.status} />
            {report.overdue && <OverdueBadge />}
            {!report.isPublic && <PrivateBadge />}
          </span>
          <span className="feedback-card__excerpt">{report.excerpt}</span>
          <span className="feedback-card__meta">{report.place.label[language]}</span>
          <span className="feedback-card__meta">{t('card.submittedAt', { date: format.dateTime(report.submittedAt) })}</span>
        </span>
      </SmartLink>
    </article>
  );
}
