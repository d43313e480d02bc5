import { Button, Icon, useLanguage, useTranslation } from '@portal/shared-ui';
import { Link, useLocation } from 'react-router';
import type { Facility } from '../../contract/schemas.js';
import { formatDistance } from '../format.js';
import { NAMESPACE } from '../i18n.js';
import { KIND_ICONS } from './kind-icon.js';
import { MapButton } from './map-button.js';

/** State handed to the detail page so its back link returns to the same search. */
export interface FromList {
  fromSearch: string;
}

/** One local line in the list: what it is, how far, when and where, and buttons to call or find it. */
export function FacilityItem({ facility }: { facility: Facility }) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const location = useLocation();
  const name = facility.name[language];
  const hours = facility.open24h ? t('item.open24h') : facility.hours?.[language];

  return (
    <li className="hotlines-facility">
      <div className="hotlines-facility__head">
        <span className={`hotlines-facility__icon hotlines-facility__icon--${facility.kind}`}>
          <Icon name={KIND_ICONS[facility.kind]} size={22} />
        </span>
        <div>
          <h3 className="hotlines-facility__name">
            <Link to={`facilities/${encodeURIComponent(facility.id)}`} state={{ fromSearch: location.search } satisfies FromList}>
              {name}
            </Link>
          </h3>
          <p className="hotlines-facility__meta">
            {t(`kinds.${facility.kind}`)}
            {facility.distanceMeters != null && (
              <>
                {' · '}
                <strong className="hotlines-facility__distance">
                  {t('item.distance', { distance: formatDistance(facility.distanceMeters, language) })}
                </strong>
              </>
            )}
          </p>
        </div>
      </div>
      {hours && (
        <p className="hotlines-facility__line">
          <Icon name="clock" size={18} />
          <span>{hours}</span>
        </p>
      )}
      {facility.address && (
        <p className="hotlines-facility__line">
          <Icon name="location" size={18} />
          <span>{facility.address}</span>
        </p>
      )}
      <div className="hotlines-facility__actions">
        <Button href={`tel:${facility.tel}`} icon="phone">
          {t('item.call', { number: facility.number })}
        </Button>
        {facility.location && <MapButton location={facility.location} placeName={name} text={t('item.map')} />}
      </div>
    </li>
  );
}
