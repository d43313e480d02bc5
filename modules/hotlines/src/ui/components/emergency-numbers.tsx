import { Icon, useLanguage, useTranslation } from '@portal/shared-ui';
import { NATIONAL_LINES } from '../../contract/national-lines.js';
import type { EmergencyList } from '../../contract/schemas.js';
import { useJson } from '../hooks/use-json.js';
import { NAMESPACE } from '../i18n.js';
import { KIND_ICONS } from './kind-icon.js';
import './emergency-numbers.css';

/**
 * The national emergency numbers as big one-tap call buttons. They render at once from the copy
 * bundled with the module and are refreshed from the API when it answers, so 113/114/115 never
 * wait behind a spinner or vanish offline.
 */
export function EmergencyNumbers() {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const fromApi = useJson<EmergencyList>('/emergency');
  const lines = fromApi.status === 'ready' && fromApi.data.items.length > 0 ? fromApi.data.items : NATIONAL_LINES;

  return (
    <section className="hotlines-emergency" aria-labelledby="hotlines-emergency-heading">
      <h2 id="hotlines-emergency-heading" className="hotlines-section-heading">
        {t('emergency.heading')}
      </h2>
      <p className="hotlines-emergency__hint">{t('emergency.hint')}</p>
      <ul className="hotlines-emergency__grid">
        {lines.map((line) => (
          <li key={line.id}>
            <a href={`tel:${line.tel}`} className={`hotlines-emergency__call hotlines-emergency__call--${line.kind}`}>
              <Icon name={KIND_ICONS[line.kind]} size={28} className="hotlines-emergency__icon" />
              <span className="hotlines-emergency__text">
                <span className="portal-visually-hidden">{t('emergency.call')} </span>
                <span className="hotlines-emergency__number">{line.number}</span>
                <span className="hotlines-emergency__name">{line.name[language]}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
