import { addTranslations } from '@portal/shared-ui';
import { applicantEn } from './applicant-en.js';
import { applicantVi } from './applicant-vi.js';
import { officePublicEn, officePublicVi } from './office-public.js';
import { sharedEn, sharedVi } from './shared.js';

/**
 * The i18next namespace of the whole procedures UI. Texts live in three files, merged here: shared.ts
 * (statuses, badges, timeline), applicant-vi.ts / applicant-en.ts (catalog and dossier screens), office-public.ts (the
 * one-stop desk and the public pages). Their top-level keys must not overlap.
 */
export const NAMESPACE = 'procedures';

addTranslations(NAMESPACE, {
  vi: { ...sharedVi, ...applicantVi, ...officePublicVi },
  en: { ...sharedEn, ...applicantEn, ...officePublicEn },
});
