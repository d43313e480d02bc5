import { useTranslation } from '@portal/shared-ui';
import { NAMESPACE } from '../../i18n/index.js';
import { useLocalized } from '../../shared/format.js';
import { asText, inputAttributes, type FieldProps } from './field-props.js';
import { FieldShell, describedBy } from './field-shell.js';

/** One of the field's options, in a drop-down list. */
export function SelectField({ field, value, errors, disabled, onChange }: FieldProps) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  return (
    <FieldShell field={field} errors={errors}>
      <select
        {...inputAttributes(field, errors, describedBy(field, errors))}
        className="procedures-input"
        value={asText(value)}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('form.choose')}</option>
        {(field.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {localized(option.label)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
