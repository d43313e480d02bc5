import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import './form-field.css';

export interface FormFieldProps {
  label: ReactNode;
  /** Messages for this field (from the API's problem `errors`); shown under it and tied by aria-describedby. */
  errors?: readonly string[];
  hint?: ReactNode;
  /** One input, select or textarea; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and error messages, wired for screen readers. */
export function FormField({ label, errors = [], hint, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="portal-field" data-invalid={errors.length > 0}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="portal-field__hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={errorId} className="portal-field__error">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
