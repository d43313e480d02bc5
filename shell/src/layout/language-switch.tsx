import { Icon, LANGUAGES, isLanguage, useLanguage, useTranslation } from '@portal/shared-ui';

/**
 * The language picker of the app bar: a native select (keyboard and screen-reader friendly). On a
 * phone only the language code shows ("VI"), the select lying invisible over it, so the portal's
 * name and the account button keep their room.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const { language, setLanguage } = useLanguage();
  return (
    <div className="shell-language">
      <Icon name="globe" size={20} />
      <span className="shell-language__code" aria-hidden="true">
        {language.toUpperCase()}
      </span>
      <label>
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
    </div>
  );
}
