import { Button, useTranslation } from '@portal/shared-ui';
import { useId } from 'react';
import { APPLICANT_TYPES, ONLINE_LEVELS, PROCEDURE_LEVELS } from '../../contract/domain.js';
import { NAMESPACE } from '../i18n/index.js';
import type { Agency, CatalogQuery, Field } from '../shared/api-client.js';
import { useLocalized } from '../shared/format.js';
import { activeFilterCount, type FilterName } from './catalog-query.js';

interface Props {
  query: CatalogQuery;
  fields: readonly Field[];
  agencies: readonly Agency[];
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
}

/** The catalog's filters in a collapsible panel (closed on a phone unless a filter is set). */
export function CatalogFilters({ query, fields, agencies, onChange, onClear }: Props) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const active = activeFilterCount(query);
  const select = (name: FilterName, label: string, options: { value: string; label: string }[]) => (
    <FilterSelect name={name} label={label} value={query[name] ?? ''} options={options} anyLabel={t('catalog.any')} onChange={onChange} />
  );
  return (
    <details className="procedures-filters" open={active > 0 || undefined}>
      <summary className="procedures-filters__summary">
        {t('catalog.filters')}
        {active > 0 && ` (${active})`}
      </summary>
      <div className="procedures-filters__body">
        {select('field', t('catalog.field'), fields.map((field) => ({ value: field.id, label: localized(field.name) })))}
        {select('agency', t('catalog.agency'), agencies.map((agency) => ({ value: agency.id, label: localized(agency.name) })))}
        {select('level', t('catalog.level'), PROCEDURE_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })))}
        {select('applicant', t('catalog.applicant'), APPLICANT_TYPES.map((type) => ({ value: type, label: t(`applicantType.${type}`) })))}
        {select('onlineLevel', t('catalog.onlineLevel'), ONLINE_LEVELS.map((level) => ({ value: level, label: t(`onlineLevel.${level}`) })))}
        {active > 0 && (
          <Button variant="ghost" onClick={onClear}>
            {t('catalog.clear')}
          </Button>
        )}
      </div>
    </details>
  );
}

interface SelectProps {
  name: FilterName;
  label: string;
  value: string;
  anyLabel: string;
  options: { value: string; label: string }[];
  onChange: (name: FilterName, value: string) => void;
}

function FilterSelect({ name, label, value, anyLabel, options, onChange }: SelectProps) {
  const id = useId();
  return (
    <div className="procedures-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(name, event.target.value)} className="procedures-input">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
