import { Button, PageHeader, useTranslation } from '@portal/shared-ui';
import { useEffect, useRef } from 'react';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, type SubmittedDossier } from '../../shared/api-client.js';
import { useModulePath } from '../../shared/base-path.js';
import { formatDateTime, useLocalized } from '../../shared/format.js';
import { DossierForm, focusFirstError } from '../form/dossier-form.js';
import { DocumentFiles } from '../files/document-files.js';
import { DeleteDraftButton } from './delete-draft-button.js';
import { LeaveDialog, useLeaveGuard } from './leave-guard.js';
import { useDraft, type DraftNotice } from './use-draft.js';
import './editor.css';

/**
 * The draft editor: the procedure's form (pre-filled by the server), the required documents' files, and
 * two explicit actions, "Lưu nháp" and "Nộp hồ sơ". Errors of a refused submission are shown at each
 * field and the first one gets the focus. Leaving by an in-app link with unsaved edits asks first.
 */
export function DraftEditor({ initial, onSubmitted }: { initial: DossierDetail; onSubmitted: (submitted: SubmittedDossier) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const path = useModulePath();
  const draft = useDraft(initial, onSubmitted);
  const guard = useLeaveGuard(draft.unsaved);
  const leaving = guard.blocker.state === 'blocked';
  const container = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  const { dossier, notice } = draft;

  // A save refused from the leave dialog focuses its first error only once the dialog has closed (and
  // given the focus back to the link that opened it).
  useEffect(() => {
    if (notice?.kind === 'invalid') focusPending.current = true;
  }, [notice]);
  useEffect(() => {
    if (!focusPending.current || leaving) return;
    focusPending.current = false;
    focusFirstError(container.current);
  }, [notice, leaving]);

  return (
    <>
      <form
        ref={container}
        className="dossier-editor"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void draft.submit();
        }}
      >
        <PageHeader title={t('editor.title')} subtitle={localized(dossier.procedure.name)} backHref={path('dossiers')} backLabel={t('back')} />
        <p className="procedures-muted">{t('editor.intro')}</p>
        <DossierForm form={dossier.procedureForm} values={draft.values} errors={draft.errors} disabled={draft.busy !== null} onChange={draft.setValue} />
        <section className="procedures-section" aria-labelledby="dossier-files-heading">
          <h2 id="dossier-files-heading" className="procedures-section__title">
            {t('files.heading')}
          </h2>
          <p className="procedures-muted">{t('files.hint')}</p>
          {dossier.requiredDocuments.map((document) => (
            <DocumentFiles
              key={document.id}
              dossierId={dossier.id}
              documentId={document.id}
              name={localized(document.name)}
              required={document.required}
              files={draft.attachments.filter((file) => file.documentId === document.id)}
              editable
              errors={draft.errors[`files.${document.id}`]}
              onAdded={draft.fileAdded}
              onRemoved={draft.fileRemoved}
            />
          ))}
        </section>
        <Notice notice={notice} />
        <div className="dossier-editor__actions">
          <Button type="submit" block icon="check" disabled={draft.busy !== null}>
            {draft.busy === 'submitting' ? t('editor.submitting') : t('editor.submit')}
          </Button>
          <Button variant="secondary" block disabled={draft.busy !== null} onClick={() => void draft.save()}>
            {draft.busy === 'saving' ? t('editor.saving') : t('editor.save')}
          </Button>
          <DeleteDraftButton dossierId={dossier.id} disabled={draft.busy !== null} onDeleted={guard.release} />
        </div>
      </form>
      <LeaveDialog blocker={guard.blocker} save={draft.save} />
    </>
  );
}

function Notice({ notice }: { notice: DraftNotice }) {
  const { t } = useTranslation(NAMESPACE);
  if (!notice) return <div aria-live="polite" />;
  const [kind, text] =
    notice.kind === 'saved'
      ? (['success', t('editor.saved', { time: formatDateTime(notice.at.toISOString()) })] as const)
      : notice.kind === 'invalid'
        ? (['error', t('editor.fixErrors')] as const)
        : notice.kind === 'stale'
          ? (['error', t('editor.stale')] as const)
          : (['error', t('editor.failed', { message: problemMessage(notice.error, t('errors.network')) })] as const);
  return (
    <p role={kind === 'error' ? 'alert' : 'status'} className={`procedures-alert procedures-alert--${kind}`}>
      {text}
    </p>
  );
}
