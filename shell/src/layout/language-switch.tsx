import { Icon, LANGUAGES, isLanguage, useLanguage, useTranslation } from '@portal/shared-ui';

/** The language picker of the app bar: a native select (keyboard and screen-reader friendly). */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const { language, setLanguage } = useLanguage();
  return (
    <label className="shell-language">
      <Icon name="globe" size={20} />
      <span className="portal-visually-hidden">{t('language')}</span>
      <select
        data-testid="language-switch"
        className="shell-language__select"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
