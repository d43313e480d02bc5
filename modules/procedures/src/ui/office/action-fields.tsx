import { useSession } from '@portal/shared-ui';
import { FormField } from '@portal/shared-ui/forms';
import { ColleagueSelect, type ColleagueSelectTexts } from '@portal/shared-ui/office';
import type { OfficerAction } from '../../contract/domain.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { useLocalized } from '../shared/format.js';
import type { ActionValues } from './action-request.js';
import { useOfficeTexts } from './use-texts.js';

export type FieldErrors = Record<string, string[]>;

interface ActionFieldsProps {
  action: OfficerAction;
  dossier: DossierDetail;
  values: ActionValues;
  onChange: (values: ActionValues) => void;
  errors: FieldErrors;
  maxReason: number;
}

/** The inputs an action needs: a reason, the documents to supplement, a handler, a receipt, a new date. */
export function ActionFields({ action, dossier, values, onChange, errors, maxReason }: ActionFieldsProps) {
  const { t } = useOfficeTexts();
  const set = <K extends keyof ActionValues>(name: K, value: ActionValues[K]) => onChange({ ...values, [name]: value });
  const reason = (
    <FormField label={t('fields.reason')} hint={t('fields.reasonHint')} errors={errors.reason}>
      <textarea value={values.reason} onChange={(event) => set('reason', event.target.value)} aria-required="true" rows={4} maxLength={maxReason} />
    </FormField>
  );
  switch (action) {
    case 'refuse':
    case 'deny':
      return reason;
    case 'request_supplement':
      return (
        <>
          {reason}
          <DocumentChecklist dossier={dossier} chosen={values.documentIds} onChange={(ids) => set('documentIds', ids)} errors={errors.documentIds} />
        </>
      );
    case 'assign':
      return <AssignFields unitId={dossier.agency.id} values={values} set={set} patch={(changes) => onChange({ ...values, ...changes })} errors={errors} />;
    case 'confirm_payment':
      return (
        <FormField label={t('fields.reference')} hint={t('fields.referenceHint')} errors={errors.reference}>
          <input type="text" value={values.reference} onChange={(event) => set('reference', event.target.value)} aria-required="true" maxLength={100} />
        </FormField>
      );
    case 'apologize':
      return (
        <>
          <FormField label={t('fields.newAppointmentDate')} hint={t('fields.newAppointmentHint')} errors={errors.newAppointmentDate}>
            <input
              type="date"
              value={values.newAppointmentDate}
              min={tomorrowInVietnam()}
              onChange={(event) => set('newAppointmentDate', event.target.value)}
              aria-required="true"
            />
          </FormField>
          {reason}
        </>
      );
    default:
      return null;
  }
}

function DocumentChecklist(props: { dossier: DossierDetail; chosen: string[]; onChange: (ids: string[]) => void; errors?: string[] }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.chosen, id] : props.chosen.filter((chosen) => chosen !== id));
  return (
    <fieldset className="procedures-checklist" aria-describedby={props.errors?.length ? 'procedures-documents-error' : undefined}>
      <legend>{t('fields.documents')}</legend>
      <p className="procedures-muted">{t('fields.documentsHint')}</p>
      {props.dossier.requiredDocuments.map((document) => (
        <label key={document.id} className="procedures-checklist__option">
          <input type="checkbox" checked={props.chosen.includes(document.id)} onChange={(event) => toggle(document.id, event.target.checked)} />
          <span>{localized(document.name)}</span>
        </label>
      ))}
      {props.errors?.length ? (
        <p id="procedures-documents-error" className="procedures-field__error">
          {props.errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

interface AssignFieldsProps {
  unitId: string;
  values: ActionValues;
  set: <K extends keyof ActionValues>(name: K, value: ActionValues[K]) => void;
  patch: (changes: Partial<ActionValues>) => void;
  errors: FieldErrors;
}

function AssignFields({ unitId, values, set, patch, errors }: AssignFieldsProps) {
  const { t } = useOfficeTexts();
  const { user } = useSession();
  return (
    <>
      <fieldset className="procedures-checklist">
        <legend>{t('dialogs.assign.title')}</legend>
        <label className="procedures-checklist__option">
          <input type="radio" name="assignee" value="me" checked={values.assignee === 'me'} onChange={() => set('assignee', 'me')} />
          <span>{t('fields.assignToMe', { name: user?.name ?? '' })}</span>
        </label>
        <label className="procedures-checklist__option">
          <input type="radio" name="assignee" value="other" checked={values.assignee === 'other'} onChange={() => set('assignee', 'other')} />
          <span>{t('fields.assignOther')}</span>
        </label>
      </fieldset>
      {values.assignee === 'other' && (
        <ColleagueSelect
          unitId={unitId}
          handlerSub={values.handlerSub}
          handlerName={values.handlerName}
          onChange={patch}
          errors={errors.handlerName ?? errors.handlerSub}
          texts={t('fields.colleagueSelect', { returnObjects: true }) as ColleagueSelectTexts}
        />
      )}
    </>
  );
}

/** 'YYYY-MM-DD' of tomorrow in Vietnam (UTC+7), the earliest new appointment the date picker offers. */
function tomorrowInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}
