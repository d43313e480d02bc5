import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, changeLanguage, isLanguage, type Language } from './i18n.js';

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** The current language and a setter that persists it; re-renders when it changes. */
export function useLanguage(): LanguageState {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language = isLanguage(current) ? current : DEFAULT_LANGUAGE;
  const setLanguage = useCallback((next: Language) => {
    void changeLanguage(next);
  }, []);
  return { language, setLanguage };
}
