import { Button, useLanguage, useSession, useTranslation } from '@portal/shared-ui';
import { ActionDialog, FormField } from '@portal/shared-ui/forms';
import { ColleagueSelect, type ColleagueSelectTexts } from '@portal/shared-ui/office';
import { useState, type FormEvent } from 'react';
import { ANSWER_PHOTOS_MAX, type OfficerAction } from '../../contract/domain.js';
import type { ReportDetail } from '../../contract/schemas.js';
import { ApiProblem, useFeedbackApi, type FeedbackClient } from '../api-client.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useLoad } from '../public/use-load.js';

/** Why an action did not apply: the report changed under the officer (stale) or moved to a state where it is not allowed. */
export type ActionConflict = 'stale' | 'illegal';

export interface ActionFormProps {
  action: OfficerAction;
  report: ReportDetail;
  /** Undefined when the API answered 204: the report went to a unit the officer is not in. */
  onDone: (report: ReportDetail | undefined) => void;
  onConflict: (conflict: ActionConflict) => void;
  onClose: () => void;
}

type Values = Record<string, string>;
type FieldErrors = Record<string, string[]>;

/** Fields each action must not send empty (the API checks lengths and answers field errors). */
const REQUIRED: Record<OfficerAction, string[]> = {
  accept: [],
  reject: ['reason'],
  forward: ['unitId', 'reason'],
  assign: [],
  note: ['text'],
  extend: ['workingDays', 'reason'],
  answer: ['text'],
};

/** One officer action as a dialog with a form: fields, field errors from problem+json, upload progress. */
export function ActionForm({ action, report, onDone, onConflict, onClose }: ActionFormProps) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const api = useFeedbackApi();
  const { user } = useSession();
  const [values, setValues] = useState<Values>({ assignee: 'me', workingDays: '5' });
  const [photos, setPhotos] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const patch = (changes: Values) => setValues((current) => ({ ...current, ...changes }));
  const set = (name: string) => (event: { target: { value: string } }) => patch({ [name]: event.target.value });

  const localErrors = (): FieldErrors => {
    const found: FieldErrors = {};
    const required = action === 'assign' && values.assignee === 'other' ? ['handlerName'] : REQUIRED[action];
    for (const name of required) if (!values[name]?.trim()) found[name] = [t('fields.required')];
    if (photos.length > ANSWER_PHOTOS_MAX) found.photos = [t('fields.tooManyPhotos', { max: ANSWER_PHOTOS_MAX })];
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localErrors();
    setErrors(found);
    setFormError(Object.keys(found).length ? t('errors.fix') : null);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      onDone(await send(api, action, report, values, photos, user, setProgress));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        onConflict(error.type.endsWith('/illegal-transition') ? 'illegal' : 'stale');
        return;
      }
      const fieldErrors =
        error instanceof ApiProblem ? localize(error.errors, action, (key, fallback) => t(`fieldErrors.${key}`, { defaultValue: fallback })) : {};
      setErrors(fieldErrors);
      setFormError(Object.keys(fieldErrors).length ? t('errors.fix') : t('errors.generic'));
    } finally {
      setSending(false);
      setProgress(null);
    }
  };

  return (
    <ActionDialog title={t(`dialogs.${action}.title`)} hint={t(`dialogs.${action}.hint`) || undefined} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)} className="feedback-dialog__form">
        {formError && (
          <p role="alert" className="feedback-notice feedback-notice--error">
            {formError}
          </p>
        )}
        <ActionFields action={action} report={report} values={values} set={set} patch={patch} errors={errors} photos={photos} setPhotos={setPhotos} />
        {progress !== null && (
          <div role="status">
            <progress max={100} value={progress} aria-label={t('fields.progress', { percent: progress })} />
            <span className="feedback-muted"> {t('fields.progress', { percent: progress })}</span>
          </div>
        )}
        <div className="feedback-dialog__buttons">
          <Button variant="ghost" onClick={onClose} disabled={sending}>
            {t('dialogs.cancel')}
          </Button>
          <Button type="submit" variant={action === 'reject' ? 'danger' : 'primary'} disabled={sending}>
            {sending ? t('dialogs.sending') : t(`actions.${action}`)}
          </Button>
        </div>
      </form>
    </ActionDialog>
  );
}

interface ActionFieldsProps {
  action: OfficerAction;
  report: ReportDetail;
  values: Values;
  set: (name: string) => (event: { target: { value: string } }) => void;
  patch: (changes: Values) => void;
  errors: FieldErrors;
  photos: File[];
  setPhotos: (photos: File[]) => void;
}

function ActionFields({ action, report, values, set, patch, errors, photos, setPhotos }: ActionFieldsProps) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { user } = useSession();
  const reason = (
    <FormField label={t('fields.reason')} errors={errors.reason}>
      <textarea value={values.reason ?? ''} onChange={set('reason')} aria-required="true" maxLength={2000} />
    </FormField>
  );
  switch (action) {
    case 'accept':
      return null;
    case 'reject':
      return reason;
    case 'forward':
      return (
        <>
          <UnitSelect currentUnitId={report.unit.id} value={values.unitId ?? ''} onChange={set('unitId')} errors={errors.unitId} />
          {reason}
        </>
      );
    case 'assign':
      return (
        <>
          <fieldset className="feedback-segmented">
            <legend>{t('dialogs.assign.title')}</legend>
            <label className="feedback-segmented__option">
              <input type="radio" name="assignee" value="me" checked={values.assignee === 'me'} onChange={set('assignee')} />
              <span>{t('fields.assignToMe', { name: user?.name ?? '' })}</span>
            </label>
            <label className="feedback-segmented__option">
              <input type="radio" name="assignee" value="other" checked={values.assignee === 'other'} onChange={set('assignee')} />
              <span>{t('fields.assignOther')}</span>
            </label>
          </fieldset>
          {values.assignee === 'other' && (
            <ColleagueSelect
              unitId={report.unit.id}
              handlerSub={values.handlerSub ?? ''}
              handlerName={values.handlerName ?? ''}
              onChange={patch}
              errors={errors.handlerName ?? errors.handlerSub}
              texts={t('fields.colleagueSelect', { returnObjects: true }) as ColleagueSelectTexts}
            />
          )}
        </>
      );
    case 'note':
      return (
        <FormField label={t('fields.text')} errors={errors.text}>
          <textarea value={values.text ?? ''} onChange={set('text')} aria-required="true" maxLength={5000} />
        </FormField>
      );
    case 'extend':
      return (
        <>
          <FormField label={t('fields.workingDays')} errors={errors.workingDays}>
            <input type="number" inputMode="numeric" min={1} max={30} value={values.workingDays ?? ''} onChange={set('workingDays')} />
          </FormField>
          {reason}
        </>
      );
    case 'answer':
      return (
        <>
          <FormField label={t('fields.answerText')} errors={errors.text}>
            <textarea value={values.text ?? ''} onChange={set('text')} aria-required="true" rows={6} maxLength={5000} />
          </FormField>
          <FormField
            label={t('fields.photos', { max: ANSWER_PHOTOS_MAX })}
            errors={errors.photos}
            hint={photos.length ? t('fields.photosChosen', { count: photos.length }) : undefined}
          >
            <input
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
              onChange={(event) => setPhotos([...(event.target.files ?? [])])}
            />
          </FormField>
        </>
      );
  }
}

function UnitSelect(props: { currentUnitId: string; value: string; onChange: (event: { target: { value: string } }) => void; errors?: string[] }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const units = useLoad(() => api.units(), 'units');
  const choices = units.status === 'ready' ? units.data.items.filter((unit) => unit.id !== props.currentUnitId) : [];
  return (
    <FormField label={t('fields.unitId')} errors={props.errors}>
      <select value={props.value} onChange={props.onChange} aria-required="true" aria-busy={units.status === 'loading'}>
        <option value="">{t('fields.chooseUnit')}</option>
        {choices.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name[language]}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** The API's field errors in the visitor's language: a known field gets our sentence, others keep the server's. */
function localize(errors: Record<string, string[]>, action: OfficerAction, translate: (key: string, fallback: string) => string) {
  const localized: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) {
    const key = action === 'answer' && field === 'text' ? 'answerText' : field;
    localized[field] = [translate(key, messages.join(' '))];
  }
  return localized;
}

function send(
  api: FeedbackClient,
  action: OfficerAction,
  report: ReportDetail,
  values: Values,
  photos: File[],
  user: { sub: string; name: string } | undefined,
  onProgress: (percent: number) => void,
): Promise<ReportDetail | undefined> {
  const { code, version } = report;
  const reason = values.reason?.trim() ?? '';
  switch (action) {
    case 'accept':
      return api.accept(code, { version });
    case 'reject':
      return api.reject(code, { version, reason });
    case 'forward':
      return api.forward(code, { version, unitId: values.unitId ?? '', reason });
    case 'assign': {
      if (values.assignee === 'me' && user) return api.assign(code, { version, handlerSub: user.sub, handlerName: user.name });
      const handlerName = values.handlerName?.trim() ?? '';
      if (values.handlerSub) return api.assign(code, { version, handlerSub: values.handlerSub, handlerName });
      // Only when the directory could not be reached: a typed name, which no account answers to.
      return api.assign(code, { version, handlerSub: `name:${handlerName}`, handlerName });
    }
    case 'note':
      return api.note(code, { version, text: values.text?.trim() ?? '' });
    case 'extend':
      return api.extend(code, { version, workingDays: Number(values.workingDays), reason });
    case 'answer':
      return api.answer(code, { version, text: values.text?.trim() ?? '' }, photos, (sent, total) =>
        onProgress(Math.round((sent / Math.max(total, 1)) * 100)),
      );
  }
}
