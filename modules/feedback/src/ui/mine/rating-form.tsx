import { Button, useTranslation } from '@portal/shared-ui';
import { useState, type FormEvent } from 'react';
import type { Rating } from '../../contract/domain.js';
import type { ReportDetail } from '../../contract/schemas.js';
import { ApiProblem, useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';

export interface RatingFormProps {
  report: ReportDetail;
  onRated: (report: ReportDetail) => void;
  /** The report changed meanwhile (409): reload it (the form waits, so the next try has the new version). */
  onStale: () => Promise<void>;
}

/** "Hài lòng" / "Không hài lòng" with an optional comment; not satisfied reopens the report. */
export function RatingForm({ report, onRated, onStale }: RatingFormProps) {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const [value, setValue] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value) return setMessage(t('rating.choose'));
    setSending(true);
    setMessage(null);
    try {
      onRated(await api.rate(report.code, { value, comment: comment.trim() || null, version: report.version }));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        await onStale();
        setMessage(t('rating.stale'));
      } else {
        const detail = error instanceof ApiProblem ? (error.detail ?? error.title) : t('errors.network');
        setMessage(t('rating.failed', { message: detail }));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="feedback-rating" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="feedback-form__fieldset">
        <legend className="feedback-form__label">{t('rating.heading')}</legend>
        <label className="feedback-choice">
          <input type="radio" name="feedback-rating" checked={value === 'satisfied'} onChange={() => setValue('satisfied')} />
          <strong>{t('rating.satisfied')}</strong>
        </label>
        <label className="feedback-choice">
          <input
            type="radio"
            name="feedback-rating"
            checked={value === 'not_satisfied'}
            onChange={() => setValue('not_satisfied')}
            aria-describedby="feedback-rating-reopen"
          />
          <span>
            <strong>{t('rating.notSatisfied')}</strong>
            <span id="feedback-rating-reopen" className="feedback-muted">
              {t('rating.notSatisfiedHint')}
            </span>
          </span>
        </label>
      </fieldset>
      <div className="feedback-form__field">
        <label htmlFor="feedback-rating-comment" className="feedback-form__label">
          {t('rating.comment')}
        </label>
        <textarea
          id="feedback-rating-comment"
          className="feedback-form__textarea"
          rows={3}
          maxLength={1000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      {message && (
        <p className="feedback-form__error" role="alert">
          {message}
        </p>
      )}
      <Button type="submit" disabled={sending}>
        {t('rating.submit')}
      </Button>
    </form>
  );
}
