import { Button, EmptyState, ErrorState, PageHeader } from '@portal/shared-ui';
import { FormField } from '@portal/shared-ui/forms';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { LOOKUP_DIGITS_PATTERN } from '../../contract/domain.js';
import type { LookupResult } from '../../contract/schemas.js';
import { Facts } from '../office/dossier-facts.js';
import { usePublicTexts } from '../office/use-texts.js';
import { ApiProblem, useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { formatDate, useLocalized } from '../shared/format.js';
import { StatusBadge } from '../shared/status-badge.js';
import '../shared/shared.css';
import '../office/office.css';
import './public.css';

type Answer = { kind: 'idle' } | { kind: 'loading' } | { kind: 'found'; result: LookupResult } | { kind: 'notFound' } | { kind: 'error' };
type Errors = { code?: string[]; last4?: string[] };

/** Public dossier lookup: code + the last 4 digits of the applicant's id or tax code → status and dates only. */
export function LookupPage() {
  const { t } = usePublicTexts();
  const api = useProceduresApi();
  const modulePath = useModulePath();
  // A link may carry the code (?code=…), e.g. from a receipt; the digits are always typed.
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => params.get('code') ?? '');
  const [last4, setLast4] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [answer, setAnswer] = useState<Answer>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!code.trim()) found.code = [t('lookup.codeRequired')];
    if (!LOOKUP_DIGITS_PATTERN.test(last4)) found.last4 = [t('lookup.last4Invalid')];
    setErrors(found);
    if (found.code || found.last4) return;
    setAnswer({ kind: 'loading' });
    try {
      setAnswer({ kind: 'found', result: await api.lookup(code.trim().toUpperCase(), last4) });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) setAnswer({ kind: 'notFound' });
      else if (error instanceof ApiProblem && error.status === 400) {
        setErrors(error.errors);
        setAnswer({ kind: 'idle' });
      } else setAnswer({ kind: 'error' });
    }
  };

  return (
    <div className="procedures-page procedures-public">
      <PageHeader title={t('lookup.title')} subtitle={t('lookup.subtitle')} backHref={modulePath()} />
      <form noValidate onSubmit={(event) => void submit(event)} className="procedures-section procedures-public__form">
        <FormField label={t('lookup.code')} hint={t('lookup.codeHint')} errors={errors.code}>
          <input
            type="text"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-required="true"
          />
        </FormField>
        <FormField label={t('lookup.last4')} hint={t('lookup.last4Hint')} errors={errors.last4}>
          <input
            type="text"
            inputMode="numeric"
            pattern="[0-9]{4}"
            value={last4}
            onChange={(event) => setLast4(event.target.value.replace(/\D/g, '').slice(0, 4))}
            autoComplete="off"
            maxLength={4}
            aria-required="true"
          />
        </FormField>
        <Button type="submit" icon="search" disabled={answer.kind === 'loading'}>
          {answer.kind === 'loading' ? t('lookup.searching') : t('lookup.submit')}
        </Button>
        <p className="procedures-muted">{t('lookup.privacy')}</p>
      </form>
      <div aria-live="polite">
        {answer.kind === 'found' && <LookupAnswer result={answer.result} />}
        {answer.kind === 'notFound' && <EmptyState icon="search" title={t('lookup.notFoundTitle')} description={t('lookup.notFoundHint')} />}
      </div>
      {answer.kind === 'error' && <ErrorState title={t('lookup.errorTitle')} />}
    </div>
  );
}

function LookupAnswer({ result }: { result: LookupResult }) {
  const { t } = usePublicTexts();
  const localized = useLocalized();
  const date = (value: string | null) => (value ? formatDate(value) : t('lookup.none'));
  const facts: [string, ReactNode][] = [
    [t('lookup.status'), <StatusBadge key="status" status={result.status} />],
    [t('lookup.procedure'), localized(result.procedure)],
    [t('lookup.agency'), localized(result.agency)],
    [t('lookup.submittedAt'), date(result.submittedAt)],
    [t('lookup.appointmentAt'), date(result.appointmentAt)],
  ];
  if (result.resultIssuedAt) facts.push([t('lookup.resultIssuedAt'), date(result.resultIssuedAt)]);
  return (
    <section className="procedures-section" aria-labelledby="procedures-lookup-result">
      <h2 id="procedures-lookup-result" className="procedures-section__title">
        {t('lookup.resultTitle', { code: result.code })}
      </h2>
      <Facts facts={facts} />
    </section>
  );
}
