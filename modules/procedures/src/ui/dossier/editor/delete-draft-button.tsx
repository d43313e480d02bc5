import { Button, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';
import { useModulePath } from '../../shared/base-path.js';

/** "Xoá bản nháp", after a confirmation; back to the list of dossiers (`onDeleted` first: nothing is left to save). */
export function DeleteDraftButton({ dossierId, disabled, onDeleted }: { dossierId: string; disabled: boolean; onDeleted: () => void }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const path = useModulePath();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(t('editor.confirmDelete'))) return;
    try {
      await api.deleteDraft(dossierId);
      onDeleted();
      void navigate(path('dossiers'));
    } catch (failure) {
      setError(t('editor.deleteFailed', { message: problemMessage(failure, t('errors.network')) }));
    }
  };
  return (
    <>
      <Button variant="ghost" block disabled={disabled} onClick={() => void remove()}>
        {t('editor.delete')}
      </Button>
      {error && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {error}
        </p>
      )}
    </>
  );
}
