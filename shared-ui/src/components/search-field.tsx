import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icons/icon.js';
import './search-field.css';

export interface SearchFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  label: string;
  /** Keep the label for screen readers only (the placeholder then shows the hint). */
  hideLabel?: boolean;
  value: string;
  onValueChange: (value: string) => void;
}

/** A labelled search input with a clear button. */
export function SearchField({ label, hideLabel = false, value, onValueChange, id, className, ...rest }: SearchFieldProps) {
  const { t } = useTranslation('common');
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={className ? `portal-search ${className}` : 'portal-search'}>
      <label htmlFor={inputId} className={hideLabel ? 'portal-visually-hidden' : 'portal-search__label'}>
        {label}
      </label>
      <div className="portal-search__box">
        <Icon name="search" size={20} className="portal-search__icon" />
        <input
          id={inputId}
          type="search"
          className="portal-search__input"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          {...rest}
        />
        {value && (
          <button type="button" className="portal-search__clear" aria-label={t('clear')} onClick={() => onValueChange('')}>
            <Icon name="close" size={20} />
          </button>
        )}
      </div>
    </div>
  );
}
