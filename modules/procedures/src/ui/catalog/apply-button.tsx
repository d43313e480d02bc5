import { Button, useSession, useTranslation } from '@portal/shared-ui';
import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ProcedureDetail } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { useProceduresApi, problemMessage } from '../shared/api-client.js';
import { applicantTypeOf } from '../shared/applicant.js';
import { useModulePath } from '../shared/base-path.js';

/**
 * "Nộp hồ sơ trực tuyến": creates a draft (pre-filled by the server from the identity) and opens it.
 * Anonymous visitors are offered the sign-in; accounts that may not apply see why instead of a button.
 */
export function ApplyButton({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation(NAMESPACE);
  const session = useSession();
  const api = useProceduresApi();
  const path = useModulePath();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per visit of the page: a double tap or a retry after a lost answer creates one draft.
  const idempotencyKey = useRef(crypto.randomUUID());

  if (session.status !== 'authenticated') {
    return (
      <div className="procedures-apply">
        <Button block icon="user" disabled={session.status === 'loading'} onClick={() => void session.signIn(location.pathname)}>
          {t('procedure.signInToApply')}
        </Button>
        <p className="procedures-muted">{t('procedure.signInHint')}</p>
      </div>
    );
  }
  const type = applicantTypeOf(session.user);
  if (type === null || !procedure.applicantTypes.includes(type)) {
    const types = procedure.applicantTypes.map((applicant) => t(`applicantType.${applicant}`)).join(', ');
    return (
      <div className="procedures-apply">
        <Button block disabled aria-describedby="procedures-apply-reason">
          {t('procedure.apply')}
        </Button>
        <p id="procedures-apply-reason" className="procedures-muted">
          {type === null ? t('procedure.notApplicant') : t('procedure.notForYou', { types })}
        </p>
      </div>
    );
  }

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const dossier = await api.createDossier(procedure.id, idempotencyKey.current);
      void navigate(path(`dossiers/${dossier.id}`));
    } catch (failure) {
      setError(t('procedure.applyFailed', { message: problemMessage(failure, t('errors.network')) }));
      setBusy(false);
    }
  };
  return (
    <div className="procedures-apply">
      <Button block icon="document" disabled={busy} onClick={() => void apply()}>
        {busy ? t('procedure.applying') : t('procedure.apply')}
      </Button>
      {error && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {error}
        </p>
      )}
    </div>
  );
}
