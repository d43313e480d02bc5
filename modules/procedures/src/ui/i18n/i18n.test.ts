import { i18n } from '@portal/shared-ui';
import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES, TIMELINE_KINDS } from '../../contract/domain.js';
import { applicantEn } from './applicant-en.js';
import { applicantVi } from './applicant-vi.js';
import { NAMESPACE } from './index.js';
import { officePublicVi } from './office-public.js';
import { sharedVi } from './shared.js';

/** Every key path of a nested text object ("home.search"). */
const paths = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('the procedures texts', () => {
  it('merges the three text files without one overwriting another', () => {
    const tops = [Object.keys(sharedVi), Object.keys(applicantVi), Object.keys(officePublicVi)].flat();
    expect(new Set(tops).size).toBe(tops.length);
  });

  it('has every applicant text in both languages', () => {
    expect(paths(applicantEn).sort()).toEqual(paths(applicantVi).sort());
  });

  it('names every status and timeline entry in Vietnamese and English', () => {
    for (const language of ['vi', 'en']) {
      const t = i18n.getFixedT(language, NAMESPACE);
      for (const status of DOSSIER_STATUSES) expect(t(`status.${status}`)).not.toBe(`status.${status}`);
      for (const kind of TIMELINE_KINDS) expect(t(`timeline.kinds.${kind}`)).not.toBe(`timeline.kinds.${kind}`);
    }
    expect(i18n.getFixedT('vi', NAMESPACE)('status.awaiting_supplement')).toBe('Chờ bổ sung');
  });
});
