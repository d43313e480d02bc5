import type { ReactNode } from 'react';
import type { FormField } from '../../contract/form-schema.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { formatDate, formatDateTime, useLocalized } from '../shared/format.js';
import { useOfficeTexts } from './use-texts.js';

type Value = DossierDetail['form'][string] | undefined;

/** A titled card of the dossier page (h2 + content). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="procedures-section" aria-labelledby={id}>
      <h2 id={id} className="procedures-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Who applied for what, where, and the dates that count. */
export function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  const facts: [string, ReactNode][] = [
    [t('dossier.procedure'), `${localized(dossier.procedure.name)} (${dossier.procedure.code})`],
    [t('dossier.agency'), localized(dossier.agency.name)],
    [t('dossier.applicantName'), dossier.applicantName],
    [t('dossier.applicantType'), t(`dossier.applicantTypes.${dossier.applicantType}`)],
  ];
  // A business applies with its tax code as the applicant's number: shown once, as the tax code.
  if (dossier.applicantIdNumber !== dossier.orgTaxCode) facts.push([t('dossier.idNumber'), dossier.applicantIdNumber]);
  if (dossier.orgName) facts.push([t('dossier.orgName'), dossier.orgName]);
  if (dossier.orgTaxCode) facts.push([t('dossier.taxCode'), dossier.orgTaxCode]);
  if (dossier.submittedAt) facts.push([t('dossier.submittedAt'), formatDateTime(dossier.submittedAt)]);
  if (dossier.receivedAt) facts.push([t('dossier.receivedAt'), formatDateTime(dossier.receivedAt)]);
  if (dossier.appointmentAt) facts.push([t('dossier.appointmentAt'), formatDate(dossier.appointmentAt)]);
  if (dossier.pausedAt) facts.push([t('dossier.pausedAt'), formatDateTime(dossier.pausedAt)]);
  facts.push([t('dossier.handler'), dossier.handlerName ?? t('dossier.noHandler')]);
  if (dossier.reason) facts.push([t('dossier.reason'), <span className="procedures-office__text">{dossier.reason}</span>]);
  return (
    <Section id="procedures-office-facts" title={t('dossier.facts')}>
      <Facts facts={facts} />
    </Section>
  );
}

export function Facts({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <dl className="procedures-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="procedures-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The form as the applicant filled it, labelled from the procedure's own form definition, section by section. */
export function FormValuesSection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  const show = (field: FormField, value: Value): string => {
    if (value === undefined || value === null || value === '') return t('dossier.emptyValue');
    if (field.type === 'checkbox') return value === true ? t('dossier.yes') : t('dossier.no');
    if (field.type === 'date' && typeof value === 'string') return formatDate(value);
    const option = field.options?.find((choice) => choice.value === String(value));
    return option ? localized(option.label) : String(value);
  };
  return (
    <Section id="procedures-office-form" title={t('dossier.form')}>
      {dossier.procedureForm.sections.map((section) => {
        // A conditional field the applicant never saw (its condition was false) has no value: leave it out.
        const fields = section.fields.filter((field) => !(field.visibleWhen && dossier.form[field.id] === undefined));
        if (fields.length === 0) return null;
        return (
          <div key={section.id} className="procedures-office__form-section">
            <h3>{localized(section.title)}</h3>
            <Facts facts={fields.map((field) => [localized(field.label), show(field, dossier.form[field.id])])} />
          </div>
        );
      })}
    </Section>
  );
}
