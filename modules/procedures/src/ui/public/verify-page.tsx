import { Button, EmptyState, ErrorState, PageHeader } from '@portal/shared-ui';
import { FormField } from '@portal/shared-ui/forms';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { VERIFICATION_CODE_PATTERN } from '../../contract/domain.js';
import type { Verification } from '../../contract/schemas.js';
import { Facts } from '../office/dossier-facts.js';
import { usePublicTexts } from '../office/use-texts.js';
import { ApiProblem, useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { formatDateTime, useLocalized } from '../shared/format.js';
import '../shared/shared.css';
import '../office/office.css';
import './public.css';

type Check = { kind: 'loading' } | { kind: 'valid'; verification: Verification } | { kind: 'invalid' } | { kind: 'error' };

/** People type codes in lower case or with spaces; the codes are upper-case Crockford base32. */
const normalize = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/**
 * Result verification: at verify/:code (the address printed in the result's QR code) the code is checked
 * at once; at verify a form asks for it and moves to verify/:code, so the answer has an address too.
 */
export function VerifyPage() {
  const { t } = usePublicTexts();
  const { code } = useParams();
  const modulePath = useModulePath();
  return (
    <div className="procedures-page procedures-public">
      <PageHeader title={t('verify.title')} subtitle={t('verify.subtitle')} backHref={modulePath()} />
      {code ? <VerifyAnswer code={normalize(code)} /> : <VerifyForm />}
    </div>
  );
}

function VerifyForm() {
  const { t } = usePublicTexts();
  const navigate = useNavigate();
  const modulePath = useModulePath();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = normalize(code);
    if (!VERIFICATION_CODE_PATTERN.test(value)) {
      setError([t('verify.codeInvalid')]);
      return;
    }
    navigate(modulePath(`verify/${value}`));
  };
  return (
    <form noValidate onSubmit={submit} className="procedures-section procedures-public__form">
      <FormField label={t('verify.code')} hint={t('verify.codeHint')} errors={error}>
        <input
          type="text"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={14}
          aria-required="true"
        />
      </FormField>
      <Button type="submit" icon="check">
        {t('verify.submit')}
      </Button>
    </form>
  );
}

function VerifyAnswer({ code }: { code: string }) {
  const { t } = usePublicTexts();
  const api = useProceduresApi();
  const localized = useLocalized();
  const modulePath = useModulePath();
  const [check, setCheck] = useState<Check>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setCheck({ kind: 'loading' });
    // A code that cannot exist is not worth a request: it is simply not valid.
    if (!VERIFICATION_CODE_PATTERN.test(code)) {
      setCheck({ kind: 'invalid' });
      return;
    }
    api.verify(code).then(
      (verification) => current && setCheck({ kind: 'valid', verification }),
      (error: unknown) => current && setCheck(error instanceof ApiProblem && error.status === 404 ? { kind: 'invalid' } : { kind: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [api, code, attempt]);

  const another = (
    <Button variant="secondary" href={modulePath('verify')}>
      {t('verify.another')}
    </Button>
  );
  if (check.kind === 'loading') return <p role="status">{t('verify.checking')}</p>;
  if (check.kind === 'error') return <ErrorState title={t('verify.errorTitle')} onRetry={() => setAttempt((n) => n + 1)} />;
  if (check.kind === 'invalid') {
    return <EmptyState icon="alert" role="alert" title={t('verify.invalidTitle')} description={t('verify.invalidHint', { code })} action={another} />;
  }
  const { verification } = check;
  return (
    <section className="procedures-section procedures-verify procedures-verify--valid" aria-labelledby="procedures-verify-valid">
      <h2 id="procedures-verify-valid" className="procedures-section__title procedures-verify__title">
        {t('verify.validTitle')}
      </h2>
      <p className="procedures-muted">{t('verify.validHint')}</p>
      <Facts
        facts={[
          [t('verify.resultName'), localized(verification.resultName)],
          [t('verify.dossierCode'), verification.dossierCode],
          [t('verify.procedure'), localized(verification.procedure)],
          [t('verify.agency'), localized(verification.agency)],
          [t('verify.issuedAt'), formatDateTime(verification.issuedAt)],
          [t('verify.code'), verification.verificationCode],
          [t('verify.sha256'), <code key="sha" className="procedures-verify__hash">{verification.sha256}</code>],
        ]}
      />
      <p className="procedures-muted">{t('verify.sha256Hint')}</p>
      {another}
    </section>
  );
}
