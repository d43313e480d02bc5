import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { defineModule, HOLIDAYS } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormDefinitionSchema, RequiredDocumentSchema } from '../contract/form-schema.js';
import { formFields } from '../domain/form-validation.js';
import { agencies, attachments, dossiers, fields, holidays, procedures } from './schema.js';
import { AGENCIES, FIELDS } from './seed-data/agencies.js';
import { BUSINESS_HOUSEHOLD_PROCEDURE_ID, PROCEDURES } from './seed-data/procedures.js';
import { seedProcedures } from './seed.js';

// The module's database part only: the seed is what is tested here, not the API.
const proceduresData = defineModule({
  id: 'procedures',
  version: '0.0.0-test',
  names: { vi: 'Dịch vụ công', en: 'Public services' },
  icon: 'document',
  audience: 'public',
  order: 2,
  db: { schema: 'procedures', migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)), seed: seedProcedures },
});

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(proceduresData);
  await seedProcedures(api.context); // a second run must change nothing
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const db = () => api.context.db;
const rowCount = async (table: PgTable) => (await db().select({ n: count() }).from(table))[0]!.n;

describe('seedProcedures', () => {
  it('writes the catalog once, however often it runs', async () => {
    expect(await rowCount(agencies)).toBe(AGENCIES.length);
    expect(await rowCount(fields)).toBe(FIELDS.length);
    expect(await rowCount(procedures)).toBe(PROCEDURES.length);
    expect(await rowCount(holidays)).toBe(HOLIDAYS.length);
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(12);
  });

  it('writes the sample dossiers once, after the catalog they point to', async () => {
    const before = await rowCount(dossiers);
    const files = await rowCount(attachments);
    expect(before).toBeGreaterThan(0);
    expect(files).toBeGreaterThan(before); // their documents come with them
    await seedProcedures(api.context);
    expect(await rowCount(dossiers)).toBe(before);
    expect(await rowCount(attachments)).toBe(files);
  });

  it("never overwrites an operator's edit", async () => {
    await db().update(procedures).set({ feeVnd: 120000 }).where(eq(procedures.id, BUSINESS_HOUSEHOLD_PROCEDURE_ID));
    await seedProcedures(api.context);
    const [row] = await db().select().from(procedures).where(eq(procedures.id, BUSINESS_HOUSEHOLD_PROCEDURE_ID));
    expect(row!.feeVnd).toBe(120000);
    await db().update(procedures).set({ feeVnd: 100000 }).where(eq(procedures.id, BUSINESS_HOUSEHOLD_PROCEDURE_ID));
  });

  it('seeds the agencies of the demo officers and the province centre with their code prefixes and levels', async () => {
    const rows = await db().select().from(agencies);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('bp-mot-cua-tp-dbp')).toMatchObject({ codePrefix: 'H40.25', level: 'district' });
    expect(byId.get('ubnd-phuong-him-lam')).toMatchObject({ codePrefix: 'H40.25.01', level: 'commune' });
    expect(byId.get('ttphvhcc-tinh-dien-bien')).toMatchObject({ codePrefix: 'H40', level: 'province' });
  });

  it('seeds "Đăng ký thành lập hộ kinh doanh" as the e2e journey needs it', async () => {
    const [row] = await db().select().from(procedures).where(eq(procedures.id, BUSINESS_HOUSEHOLD_PROCEDURE_ID));
    expect(row).toMatchObject({
      nameVi: 'Đăng ký thành lập hộ kinh doanh',
      agencyId: 'bp-mot-cua-tp-dbp',
      feeVnd: 100000,
      applicantTypes: ['citizen', 'business'],
      onlineLevel: 'full',
      resultDelivery: 'electronic',
      processingDays: 3,
    });
    const prefills = formFields(row!.form).map((field) => field.prefill).filter(Boolean);
    expect(prefills).toEqual(expect.arrayContaining(['name', 'national_id', 'birthdate', 'address', 'org_name', 'org_tax_code']));
  });

  it('spans the three levels, both applicant types, both online levels and every field', () => {
    expect(new Set(PROCEDURES.map((p) => p.level))).toEqual(new Set(['commune', 'district', 'province']));
    expect(new Set(PROCEDURES.flatMap((p) => p.applicantTypes))).toEqual(new Set(['citizen', 'business']));
    expect(new Set(PROCEDURES.map((p) => p.onlineLevel))).toEqual(new Set(['full', 'partial']));
    expect(new Set(PROCEDURES.map((p) => p.fieldId))).toEqual(new Set(FIELDS.map((f) => f.id)));
    expect(PROCEDURES.filter((p) => p.feeVnd === 0).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(PROCEDURES.map((procedure) => [procedure.id, procedure] as const))('procedure %s', (_id, procedure) => {
  const form = FormDefinitionSchema.parse(procedure.form);
  const all = formFields(form);
  const byId = new Map(all.map((field) => [field.id, field]));

  it('has a national code, both names, a summary, a legal basis and a result name', () => {
    expect(procedure.code).toMatch(/^\d\.\d{6}$/);
    for (const text of [procedure.summary, procedure.resultName, ...procedure.legalBasis]) {
      expect(text.vi.length).toBeGreaterThan(3);
      expect(text.en.length).toBeGreaterThan(3);
    }
    expect(procedure.nameEn.length).toBeGreaterThan(3);
    expect(AGENCIES.map((agency) => agency.id)).toContain(procedure.agencyId);
  });

  it('declares a form that parses, with unique field ids and conditions on existing choice fields', () => {
    expect(byId.size).toBe(all.length);
    for (const field of all) {
      if (field.type === 'select' || field.type === 'radio') expect(field.options?.length).toBeGreaterThanOrEqual(2);
      if (field.pattern) expect(() => new RegExp(field.pattern!, 'u')).not.toThrow();
      if (!field.visibleWhen) continue;
      const other = byId.get(field.visibleWhen.field);
      expect(other, `${field.id} depends on ${field.visibleWhen.field}`).toBeDefined();
      const values = other!.type === 'checkbox' ? [true, false] : (other!.options ?? []).map((option) => option.value);
      for (const value of field.visibleWhen.equals) expect(values).toContain(value);
    }
    expect(all.some((field) => field.required && field.type === 'checkbox')).toBe(true); // the declaration
  });

  it('lists its documents with unique ids and at least one required', () => {
    const documents = procedure.requiredDocuments.map((document) => RequiredDocumentSchema.parse(document));
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    expect(documents.some((document) => document.required)).toBe(true);
  });
});

describe('the catalog as a whole', () => {
  it('has unique ids and codes, uses many field types, and several conditional forms', () => {
    expect(new Set(PROCEDURES.map((p) => p.id)).size).toBe(PROCEDURES.length);
    expect(new Set(PROCEDURES.map((p) => p.code)).size).toBe(PROCEDURES.length);
    const types = new Set(PROCEDURES.flatMap((p) => formFields(p.form).map((field) => field.type)));
    expect(types.size).toBeGreaterThanOrEqual(10);
    expect(PROCEDURES.filter((p) => formFields(p.form).some((field) => field.visibleWhen)).length).toBeGreaterThanOrEqual(2);
    expect(PROCEDURES.filter((p) => p.requiredDocuments.some((document) => document.template)).length).toBeGreaterThanOrEqual(10);
  });
});
