import { useLocalized } from '../../shared/format.js';
import { inputAttributes, type FieldProps } from './field-props.js';
import { FieldNotes, RequiredMark, describedBy } from './field-shell.js';

/** A yes/no box; a required one is a declaration the applicant must tick ("Tôi cam đoan…"). */
export function CheckboxField({ field, value, errors, disabled, onChange }: FieldProps) {
  const localized = useLocalized();
  return (
    <div className={errors.length > 0 ? 'dossier-field dossier-field--invalid' : 'dossier-field'}>
      <label className="dossier-choice">
        <input
          {...inputAttributes(field, errors, describedBy(field, errors))}
          type="checkbox"
          checked={value === true}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>
          {localized(field.label)}
          <RequiredMark required={field.required} />
        </span>
      </label>
      <FieldNotes field={field} errors={errors} />
    </div>
  );
}
