import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonStrings } from './strings.js';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
/** localStorage key holding the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'portal.language';
/** The namespace of shared-ui's own texts. */
export const COMMON_NAMESPACE = 'common';

/**
 * The one i18next instance of the page. i18next is a shared singleton, so the shell and every
 * module remote get this same instance (and react-i18next binds to it).
 */
export const i18n: I18n = i18next;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the visitor chose earlier, else Vietnamese. */
export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined' && isLanguage(language)) document.documentElement.lang = language;
}

/**
 * Initialises the shared i18next instance once (synchronously: every text is bundled) in the
 * stored language. Safe to call many times; later calls return the same instance.
 */
export function initI18n(): I18n {
  if (i18n.isInitialized) return i18n;
  const language = storedLanguage();
  i18n.use(initReactI18next);
  void i18n.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [COMMON_NAMESPACE],
    defaultNS: COMMON_NAMESPACE,
    resources: {
      vi: { [COMMON_NAMESPACE]: commonStrings.vi },
      en: { [COMMON_NAMESPACE]: commonStrings.en },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  i18n.on('languageChanged', applyDocumentLanguage);
  applyDocumentLanguage(language);
  return i18n;
}

/**
 * Registers a module's texts under its own namespace; use them with `useTranslation(namespace)`.
 * @example
 * addTranslations('hotlines', { vi: { title: 'Đường dây nóng' }, en: { title: 'Hotlines' } });
 */
export function addTranslations(
  namespace: string,
  resources: { vi: Record<string, unknown>; en: Record<string, unknown> },
): void {
  initI18n();
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, namespace, resources[language], true, true);
  }
}

/** Switches the language of the whole page, remembers it and updates `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  initI18n();
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across visits when storage is blocked; the switch still applies now.
  }
  await i18n.changeLanguage(language);
}
