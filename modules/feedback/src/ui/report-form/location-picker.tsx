import { Button, useLanguage, useTranslation } from '@portal/shared-ui';
import { useCallback, useState } from 'react';
import { NAMESPACE } from '../i18n.js';
import { ReportMap } from '../map/report-map.js';
import { FieldError } from './field.js';
import { useDevicePosition, type ChosenLocation, type PlaceState } from './use-location.js';
import type { Message } from './validate.js';

export interface LocationPickerProps {
  value: ChosenLocation | null;
  onChange: (location: ChosenLocation) => void;
  place: PlaceState;
  error?: Message;
  serverErrors?: readonly string[];
}

/** "Dùng vị trí hiện tại" (with its accuracy) or "Chọn trên bản đồ" (a pin), then the place label. */
export function LocationPicker({ value, onChange, place, error, serverErrors }: LocationPickerProps) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const [showMap, setShowMap] = useState(false);
  const device = useDevicePosition(onChange);
  const onPick = useCallback((position: { lat: number; lng: number }) => onChange({ ...position, accuracyM: null, source: 'pin' }), [onChange]);
  const outside = place.status === 'outside';

  return (
    <fieldset className="feedback-form__fieldset" aria-describedby="feedback-location-status feedback-location-error">
      <legend className="feedback-form__label">{t('form.location')}</legend>
      <div className="feedback-location-actions">
        <Button variant="secondary" icon="location" onClick={device.request} disabled={device.state === 'locating'}>
          {device.state === 'locating' ? t('form.locating') : t('form.useDevice')}
        </Button>
        <Button variant="secondary" icon="map" onClick={() => setShowMap(true)} aria-expanded={showMap}>
          {t('form.pickOnMap')}
        </Button>
      </div>
      {(device.state === 'denied' || device.state === 'unavailable') && <p className="feedback-form__error">{t('form.locationDenied')}</p>}
      <div id="feedback-location-status" aria-live="polite" className="feedback-location-status">
        {value && (
          <>
            {value.source === 'device' && value.accuracyM !== null && (
              <span className="feedback-muted">{t('form.accuracy', { meters: value.accuracyM })} · </span>
            )}
            {place.status === 'loading' && <span>{t('form.placeLoading')}</span>}
            {place.status === 'ready' && <strong>{place.place.label[language]}</strong>}
            {place.status === 'unknown' && <span className="feedback-muted">{t('form.placeUnknown')}</span>}
          </>
        )}
      </div>
      {outside && (
        <p className="feedback-form__error feedback-form__error--box" role="alert">
          {t('form.outsideProvince')}
        </p>
      )}
      {(showMap || value) && (
        <>
          {showMap && <p className="feedback-muted">{t('map.pinHint')}</p>}
          <ReportMap pin={value} onPick={showMap ? onPick : undefined} height={showMap ? 320 : 200} zoom={value ? 16 : 14} />
        </>
      )}
      <FieldError id="feedback-location-error" message={outside ? undefined : error} serverMessages={serverErrors} />
    </fieldset>
  );
}
