import { addTranslations, useTranslation } from '@portal/shared-ui';
import { PROCEDURES_NAMESPACE, officePublicEn, officePublicVi } from '../i18n/office-public.js';

// The module's i18n setup merges these texts too; registering them here as well (a deep merge, so it
// is harmless twice) lets the office and public pages render their words whichever loads first.
addTranslations(PROCEDURES_NAMESPACE, { vi: officePublicVi, en: officePublicEn });

/** t() for the one-stop desk screens: keys under `office.` of the 'procedures' namespace. */
export function useOfficeTexts() {
  return useTranslation(PROCEDURES_NAMESPACE, { keyPrefix: 'office' });
}

/** t() for the public pages: keys under `public.`. */
export function usePublicTexts() {
  return useTranslation(PROCEDURES_NAMESPACE, { keyPrefix: 'public' });
}
