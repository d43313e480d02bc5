import { Icon, useLanguage, useTranslation } from '@portal/shared-ui';
import type { Category } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n.js';
import { FieldError } from './field.js';
import type { Message } from './validate.js';

export interface CategoryPickerProps {
  categories: readonly Category[];
  value: string | null;
  onChange: (id: string) => void;
  error?: Message;
  serverErrors?: readonly string[];
}

/** Big tappable tiles, built on radio buttons so keyboards and screen readers get a real choice. */
export function CategoryPicker({ categories, value, onChange, error, serverErrors }: CategoryPickerProps) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const invalid = Boolean(error || serverErrors?.length);
  return (
    <fieldset className="feedback-form__fieldset" aria-invalid={invalid || undefined} aria-describedby={invalid ? 'feedback-category-error' : undefined}>
      <legend className="feedback-form__label">{t('form.category')}</legend>
      <div className="feedback-categories">
        {categories.map((category) => (
          <label key={category.id} className={`feedback-category${value === category.id ? ' feedback-category--selected' : ''}`}>
            <input
              type="radio"
              name="feedback-category"
              value={category.id}
              checked={value === category.id}
              onChange={() => onChange(category.id)}
            />
            <Icon name={category.icon} size={28} />
            <span>{category.name[language]}</span>
          </label>
        ))}
      </div>
      <FieldError id="feedback-category-error" message={error} serverMessages={serverErrors} />
    </fieldset>
  );
}
