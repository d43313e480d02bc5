import { Icon, useTranslation } from '@portal/shared-ui';
import { useEffect, useMemo, useState } from 'react';
import { PHOTOS_MAX, PHOTOS_MIN } from '../../contract/domain.js';
import { NAMESPACE } from '../i18n.js';
import { FieldError } from './field.js';
import { addPhotos, type Message } from './validate.js';

export interface PhotoPickerProps {
  photos: readonly File[];
  onChange: (photos: File[]) => void;
  error?: Message;
  serverErrors?: readonly string[];
}

/** "Chụp ảnh" (the camera), "Chọn ảnh" (the gallery, several at once), previews with remove buttons. */
export function PhotoPicker({ photos, onChange, error, serverErrors }: PhotoPickerProps) {
  const { t } = useTranslation(NAMESPACE);
  const [rejected, setRejected] = useState<Message[]>([]);
  const full = photos.length >= PHOTOS_MAX;

  const onFiles = (files: FileList | null, input: HTMLInputElement) => {
    const result = addPhotos(photos, Array.from(files ?? []));
    setRejected(result.rejected);
    onChange(result.photos);
    input.value = ''; // choosing the same file again must fire change again
  };

  return (
    <fieldset className="feedback-form__fieldset" aria-describedby="feedback-photos-error feedback-photos-rejected">
      <legend className="feedback-form__label">{t('form.photos', { min: PHOTOS_MIN, max: PHOTOS_MAX })}</legend>
      <div className="feedback-photo-actions">
        <label className={`feedback-file-button${full ? ' feedback-file-button--disabled' : ''}`}>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            disabled={full}
            className="portal-visually-hidden"
            onChange={(event) => onFiles(event.target.files, event.target)}
          />
          <Icon name="camera" size={20} />
          {t('form.takePhoto')}
        </label>
        <label className={`feedback-file-button${full ? ' feedback-file-button--disabled' : ''}`}>
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/*"
            multiple
            disabled={full}
            className="portal-visually-hidden"
            onChange={(event) => onFiles(event.target.files, event.target)}
          />
          <Icon name="document" size={20} />
          {t('form.choosePhotos')}
        </label>
      </div>
      {photos.length > 0 && (
        <ul className="feedback-previews">
          {photos.map((photo, index) => (
            <PhotoPreview
              key={`${photo.name}-${photo.size}-${index}`}
              photo={photo}
              index={index + 1}
              onRemove={() => onChange(photos.filter((_, at) => at !== index))}
            />
          ))}
        </ul>
      )}
      <div id="feedback-photos-rejected" aria-live="polite">
        {rejected.map((message, index) => (
          <p key={index} className="feedback-form__error">
            {t(message.key, message.values ?? {})}
          </p>
        ))}
      </div>
      <FieldError id="feedback-photos-error" message={error} serverMessages={serverErrors} />
    </fieldset>
  );
}

function PhotoPreview({ photo, index, onRemove }: { photo: File; index: number; onRemove: () => void }) {
  const { t } = useTranslation(NAMESPACE);
  const url = useMemo(() => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(photo) : ''), [photo]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return (
    <li className="feedback-preview">
      {url ? <img src={url} alt={t('form.photoPreview', { index })} width={96} height={96} /> : <span>{photo.name}</span>}
      <button type="button" className="feedback-preview__remove" aria-label={t('form.removePhoto', { index })} onClick={onRemove}>
        <Icon name="close" size={18} />
      </button>
    </li>
  );
}
