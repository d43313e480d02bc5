import { Button, useTranslation } from '@portal/shared-ui';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { DESCRIPTION_MAX } from '../../contract/domain.js';
import type { Category, CreateReport, CreatedReport } from '../../contract/schemas.js';
import { ApiProblem, OUTSIDE_PROVINCE, PRIVACY_WARNING, isNetworkError, useFeedbackApi, type TextFinding } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import { enqueueReport } from '../offline/outbox.js';
import { CategoryPicker } from './category-picker.js';
import { FieldError, describedBy } from './field.js';
import { LocationPicker } from './location-picker.js';
import { NearbySuggestions, useNearbyReports } from './nearby-suggestions.js';
import { PhotoPicker } from './photo-picker.js';
import { PrivacyWarning, usePrivacyFindings } from './privacy-warning.js';
import { usePlace, type ChosenLocation } from './use-location.js';
import { fieldOf, normalisePhone, validateReport, type FieldErrors, type FieldName, type Message } from './validate.js';

export interface ReportDraft {
  report: CreateReport;
  photos: File[];
}

export interface ReportFormProps {
  categories: readonly Category[];
  ownerSub: string;
  /** A queued report being edited after the server refused it. */
  draft?: ReportDraft;
  onCreated: (created: CreatedReport) => void;
  onQueued: () => void;
}

const FIELD_ORDER: FieldName[] = ['categoryId', 'description', 'photos', 'location', 'contactPhone'];
const FIELD_ELEMENT: Record<FieldName, string> = {
  categoryId: 'input[name="feedback-category"]',
  description: '#feedback-description',
  photos: '.feedback-file-button input',
  location: '.feedback-location-actions button',
  contactPhone: '#feedback-phone',
};

/** The report form: category, description, photos, location, visibility, phone; sends or queues. */
export function ReportForm({ categories, ownerSub, draft, onCreated, onQueued }: ReportFormProps) {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const form = useRef<HTMLFormElement>(null);
  const [categoryId, setCategoryId] = useState<string | null>(draft?.report.categoryId ?? null);
  const [description, setDescription] = useState(draft?.report.description ?? '');
  const [photos, setPhotos] = useState<File[]>(draft?.photos ?? []);
  const [location, setLocation] = useState<ChosenLocation | null>(
    draft ? { ...draft.report.location, accuracyM: draft.report.location.accuracyM ?? null } : null,
  );
  const [isPublic, setIsPublic] = useState(draft?.report.isPublic ?? true);
  const [phone, setPhone] = useState(draft?.report.contactPhone ?? '');
  const [acknowledged, setAcknowledged] = useState(draft?.report.acknowledgePrivacyWarning ?? false);
  const [serverFindings, setServerFindings] = useState<TextFinding[] | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FieldName, string[]>>>({});
  const [formMessage, setFormMessage] = useState<Message | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  // Made on the first submit and kept: a retry after a lost answer is replayed, not created twice.
  const idempotencyKey = useRef<string | null>(null);

  const place = usePlace(location);
  const checkedFindings = usePrivacyFindings(description, isPublic);
  const findings = isPublic ? (serverFindings ?? checkedFindings) : [];
  const nearby = useNearbyReports(categoryId, location);

  const errors: FieldErrors = validateReport({
    categoryId,
    description,
    photoCount: photos.length,
    hasLocation: location !== null,
    outsideProvince: place.status === 'outside',
    phone,
  });
  const shown = (field: FieldName) => (attempted ? errors[field] : undefined);

  const change = <T,>(setter: (value: T) => void, field: FieldName) => (value: T) => {
    setter(value);
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  };
  const onLocation = useCallback((value: ChosenLocation) => {
    setLocation(value);
    setServerErrors(({ location: _dropped, ...rest }) => rest);
  }, []);

  const focusFirstInvalid = (fields: FieldName[]) => {
    const first = FIELD_ORDER.find((field) => fields.includes(field));
    if (first) form.current?.querySelector<HTMLElement>(FIELD_ELEMENT[first])?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress !== null) return;
    setAttempted(true);
    setFormMessage(null);
    const invalid = Object.keys(errors) as FieldName[];
    if (invalid.length > 0) {
      setFormMessage({ key: 'form.fixErrors' });
      return focusFirstInvalid(invalid);
    }
    if (findings.length > 0 && !acknowledged) {
      form.current?.querySelector<HTMLElement>('.feedback-warning button:last-child')?.focus();
      return;
    }
    const report: CreateReport = {
      categoryId: categoryId!,
      description: description.trim(),
      isPublic,
      location: { lat: location!.lat, lng: location!.lng, accuracyM: location!.accuracyM, source: location!.source },
      contactPhone: normalisePhone(phone) || null,
      ...(findings.length > 0 && acknowledged ? { acknowledgePrivacyWarning: true } : {}),
    };
    idempotencyKey.current ??= crypto.randomUUID();
    const key = idempotencyKey.current;
    const queue = async () => {
      await enqueueReport({ id: key, ownerSub, report, photos });
      onQueued();
    };
    if (globalThis.navigator?.onLine === false) return queue();

    setProgress(0);
    try {
      const created = await api.createReport(report, photos, key, (sent, total) => setProgress(total ? Math.round((sent / total) * 100) : 0));
      onCreated(created);
    } catch (error) {
      // The request may or may not have arrived: the queue retries with the same key, which the
      // server answers once.
      if (isNetworkError(error) || (error instanceof ApiProblem && error.status >= 500)) return queue();
      if (!(error instanceof ApiProblem)) throw error;
      // A 4xx stored nothing: a corrected report is a new request with a new key.
      if (error.status !== 409) idempotencyKey.current = null;
      showProblem(error);
    } finally {
      setProgress(null);
    }
  };

  const showProblem = (problem: ApiProblem) => {
    if (problem.type === PRIVACY_WARNING) {
      const found = problem.body.findings;
      setServerFindings(Array.isArray(found) ? (found as TextFinding[]) : []);
      setAcknowledged(false);
      return;
    }
    if (problem.status === 429) {
      setFormMessage({ key: 'form.rateLimited', values: { minutes: Math.max(1, Math.ceil((problem.retryAfter ?? 60) / 60)) } });
      return;
    }
    const byField: Partial<Record<FieldName, string[]>> = {};
    for (const [path, messages] of Object.entries(problem.errors)) {
      const field = fieldOf(path);
      if (field) byField[field] = [...(byField[field] ?? []), ...messages];
    }
    if (problem.type === OUTSIDE_PROVINCE) byField.location = [t('form.outsideProvince')];
    setServerErrors(byField);
    setFormMessage({ key: 'form.failed', values: { message: problem.detail ?? problem.title } });
    focusFirstInvalid(Object.keys(byField) as FieldName[]);
  };

  const descriptionError = shown('description');
  const phoneError = shown('contactPhone');
  const sending = progress !== null;

  return (
    <form ref={form} className="feedback-form" noValidate onSubmit={(event) => void submit(event)}>
      <CategoryPicker
        categories={categories}
        value={categoryId}
        onChange={change(setCategoryId, 'categoryId')}
        error={shown('categoryId')}
        serverErrors={serverErrors.categoryId}
      />

      <div className="feedback-form__field">
        <label htmlFor="feedback-description" className="feedback-form__label">
          {t('form.description')}
        </label>
        <p id="feedback-description-hint" className="feedback-muted">
          {t('form.descriptionHint')}
        </p>
        <textarea
          id="feedback-description"
          className="feedback-form__textarea"
          rows={5}
          maxLength={DESCRIPTION_MAX}
          value={description}
          aria-invalid={Boolean(descriptionError || serverErrors.description) || undefined}
          aria-describedby={describedBy('feedback-description-hint', 'feedback-description-count', (descriptionError || serverErrors.description) && 'feedback-description-error')}
          onChange={(event) => {
            change(setDescription, 'description')(event.target.value);
            setServerFindings(null);
            setAcknowledged(false);
          }}
        />
        <p id="feedback-description-count" className="feedback-form__counter">
          {t('form.descriptionCount', { count: description.trim().length, max: DESCRIPTION_MAX })}
        </p>
        <FieldError id="feedback-description-error" message={descriptionError} serverMessages={serverErrors.description} />
      </div>

      <PrivacyWarning
        findings={findings}
        acknowledged={acknowledged}
        onEdit={() => form.current?.querySelector<HTMLElement>('#feedback-description')?.focus()}
        onAcknowledge={() => setAcknowledged(true)}
      />

      <PhotoPicker photos={photos} onChange={change(setPhotos, 'photos')} error={shown('photos')} serverErrors={serverErrors.photos} />

      <LocationPicker value={location} onChange={onLocation} place={place} error={shown('location')} serverErrors={serverErrors.location} />

      <NearbySuggestions reports={nearby} />

      <fieldset className="feedback-form__fieldset">
        <legend className="feedback-form__label">{t('form.visibility')}</legend>
        <label className="feedback-choice">
          <input type="radio" name="feedback-visibility" checked={isPublic} onChange={() => setIsPublic(true)} aria-describedby="feedback-public-hint" />
          <span>
            <strong>{t('form.public')}</strong>
            <span id="feedback-public-hint" className="feedback-muted">
              {t('form.publicHint')}
            </span>
          </span>
        </label>
        <label className="feedback-choice">
          <input type="radio" name="feedback-visibility" checked={!isPublic} onChange={() => setIsPublic(false)} aria-describedby="feedback-private-hint" />
          <span>
            <strong>{t('form.privateOption')}</strong>
            <span id="feedback-private-hint" className="feedback-muted">
              {t('form.privateHint')}
            </span>
          </span>
        </label>
      </fieldset>

      <div className="feedback-form__field">
        <label htmlFor="feedback-phone" className="feedback-form__label">
          {t('form.phone')}
        </label>
        <p id="feedback-phone-hint" className="feedback-muted">
          {t('form.phoneHint')}
        </p>
        <input
          id="feedback-phone"
          className="feedback-form__input"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          aria-invalid={Boolean(phoneError || serverErrors.contactPhone) || undefined}
          aria-describedby={describedBy('feedback-phone-hint', (phoneError || serverErrors.contactPhone) && 'feedback-phone-error')}
          onChange={(event) => change(setPhone, 'contactPhone')(event.target.value)}
        />
        <FieldError id="feedback-phone-error" message={phoneError} serverMessages={serverErrors.contactPhone} />
      </div>

      {formMessage && (
        <p className="feedback-form__error feedback-form__error--box" role="alert">
          {t(formMessage.key, formMessage.values ?? {})}
        </p>
      )}
      {sending && (
        <progress className="feedback-form__progress" max={100} value={progress} aria-label={t('form.sending', { percent: progress })} />
      )}
      <Button type="submit" block icon="check" disabled={sending}>
        {sending ? t('form.sending', { percent: progress }) : t('form.submit')}
      </Button>
    </form>
  );
}
