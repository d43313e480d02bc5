import { useLanguage, useTranslation } from '@portal/shared-ui';
import { useId } from 'react';
import { REPORT_STATUSES } from '../../contract/domain.js';
import type { Category } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';
import type { WardOption } from './ward-options.js';

export interface FeedFilterValues {
  category: string;
  ward: string;
  status: string;
}

interface FeedFiltersProps {
  values: FeedFilterValues;
  categories: readonly Category[];
  wards: readonly WardOption[];
  onChange: (patch: Partial<FeedFilterValues>) => void;
}

/** Category, ward and status as labelled native selects (best on phones and with screen readers). */
export function FeedFilters({ values, categories, wards, onChange }: FeedFiltersProps) {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const { t: tCommon } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const ids = { category: useId(), ward: useId(), status: useId() };
  return (
    <fieldset className="feedback-filters__row feedback-feed__filters">
      <legend className="portal-visually-hidden">{t('feed.filters')}</legend>
      <label htmlFor={ids.category} className="feedback-field">
        <span>{t('feed.category')}</span>
        <select id={ids.category} value={values.category} onChange={(event) => onChange({ category: event.target.value })}>
          <option value="">{t('feed.all')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name[language]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.ward} className="feedback-field">
        <span>{t('feed.ward')}</span>
        <select id={ids.ward} value={values.ward} onChange={(event) => onChange({ ward: event.target.value })}>
          <option value="">{t('feed.all')}</option>
          {wards.map((ward) => (
            <option key={ward.id} value={ward.id}>
              {ward.name[language]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.status} className="feedback-field">
        <span>{t('feed.status')}</span>
        <select id={ids.status} value={values.status} onChange={(event) => onChange({ status: event.target.value })}>
          <option value="">{t('feed.all')}</option>
          {REPORT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tCommon(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
