import { SmartLink, useTranslation } from '@portal/shared-ui';
import type { ProcedureSummary } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { useModulePath } from '../shared/base-path.js';
import { formatVnd, useLocalized } from '../shared/format.js';
import { OnlineLevelBadge } from '../shared/status-badge.js';

/** One procedure in the catalog: name, agency, time limit, fee and online level; the whole card is a link. */
export function ProcedureCard({ procedure }: { procedure: ProcedureSummary }) {
  const { t } = useTranslation(NAMESPACE);
  const path = useModulePath();
  const localized = useLocalized();
  return (
    <li className="procedures-card">
      <SmartLink href={path(`catalog/${encodeURIComponent(procedure.id)}`)} className="procedures-card__link">
        <span className="procedures-card__title">{localized(procedure.name)}</span>
        <span className="procedures-muted">{localized(procedure.agency.name)}</span>
        <span className="procedures-card__meta">
          <span>{t('catalog.days', { days: t('workingDays', { count: procedure.processingDays }) })}</span>
          <span>{t('catalog.fee', { fee: procedure.feeVnd > 0 ? formatVnd(procedure.feeVnd) : t('free') })}</span>
        </span>
        <span className="procedures-card__badges">
          <OnlineLevelBadge level={procedure.onlineLevel} />
          <span className="procedures-badge procedures-badge--draft">{t(`level.${procedure.level}`)}</span>
        </span>
      </SmartLink>
    </li>
  );
}
