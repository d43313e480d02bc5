import { officeEn } from '../office/office-texts-en.js';
import { officeVi } from '../office/office-texts.js';
import { publicEn, publicVi } from '../public/public-texts.js';

/**
 * Texts of the one-stop desk and the public pages (lookup, verification, statistics), as nested objects
 * under `office.` and `public.`; the module's i18n setup merges them into the 'procedures' namespace.
 */
export const officePublicVi = { office: officeVi, public: publicVi };
export const officePublicEn: typeof officePublicVi = { office: officeEn, public: publicEn };

/** The i18next namespace these texts live in (the module's one namespace). */
export const PROCEDURES_NAMESPACE = 'procedures';
