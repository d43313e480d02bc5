import { Button, useSession } from '@portal/shared-ui';
import { ActionDialog } from '@portal/shared-ui/forms';
import { useState, type FormEvent } from 'react';
import { REASON_MAX, type OfficerAction } from '../../contract/domain.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { ApiProblem, useProceduresApi } from '../shared/api-client.js';
import { ActionFields, type FieldErrors } from './action-fields.js';
import { EMPTY_VALUES, actionBody, checkAction, sendAction, type ActionValues } from './action-request.js';
import { useOfficeTexts } from './use-texts.js';

/** Why an action did not apply: the dossier changed under the officer, or its status no longer allows it. */
export type ActionConflict = { kind: 'stale' } | { kind: 'illegal'; allowed: string[] };

export interface ActionFormProps {
  action: OfficerAction;
  dossier: DossierDetail;
  onDone: (dossier: DossierDetail) => void;
  onConflict: (conflict: ActionConflict) => void;
  onClose: () => void;
}

const DANGER: readonly OfficerAction[] = ['refuse', 'deny'];

/** One officer action as a dialog: its fields, local checks, field errors from problem+json, 409 handed up. */
export function ActionForm({ action, dossier, onDone, onConflict, onClose }: ActionFormProps) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const { user } = useSession();
  const [values, setValues] = useState<ActionValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = checkAction(action, values);
    const localErrors: FieldErrors = Object.fromEntries(Object.entries(local).map(([field, key]) => [field, [t(`fields.${key}`)]]));
    setErrors(localErrors);
    if (Object.keys(localErrors).length) {
      setFormError(t('errors.fix'));
      return;
    }
    setFormError(null);
    setSending(true);
    try {
      onDone(await sendAction(api, dossier.id, action, actionBody(action, values, dossier.version, user)));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        const allowed = Array.isArray(error.body.allowed) ? error.body.allowed.map(String) : [];
        onConflict(error.type.endsWith('/illegal-transition') ? { kind: 'illegal', allowed } : { kind: 'stale' });
        return;
      }
      const fieldErrors = error instanceof ApiProblem ? localize(error.errors, t('fields.reasonLength')) : {};
      setErrors(fieldErrors);
      setFormError(Object.keys(fieldErrors).length ? t('errors.fix') : error instanceof ApiProblem ? (error.detail ?? error.title) : t('errors.generic'));
    } finally {
      setSending(false);
    }
  };

  return (
    <ActionDialog title={t(`dialogs.${action}.title`)} hint={t(`dialogs.${action}.hint`)} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)} className="procedures-dialog__form">
        {formError && (
          <p role="alert" className="procedures-alert procedures-alert--error">
            {formError}
          </p>
        )}
        <ActionFields action={action} dossier={dossier} values={values} onChange={setValues} errors={errors} maxReason={REASON_MAX} />
        <div className="procedures-dialog__buttons">
          <Button variant="ghost" onClick={onClose} disabled={sending}>
            {t('dialogs.cancel')}
          </Button>
          <Button type="submit" variant={DANGER.includes(action) ? 'danger' : 'primary'} disabled={sending}>
            {sending ? t('dialogs.sending') : t(`actions.${action}`)}
          </Button>
        </div>
      </form>
    </ActionDialog>
  );
}

/** The API's field errors: the reason gets our sentence in the visitor's language, others keep the server's. */
function localize(errors: Record<string, string[]>, reasonText: string): FieldErrors {
  const localized: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) localized[field] = field === 'reason' ? [reasonText] : messages;
  return localized;
}
