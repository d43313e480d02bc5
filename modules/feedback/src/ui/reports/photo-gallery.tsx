import { useTranslation } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import type { Photo } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import './reports.css';

export interface PhotoGalleryProps {
  photos: readonly Photo[];
  /**
   * Private photos need the bearer token, which an <img src> cannot send: they are fetched as blobs
   * through the session. Public ones load as plain, cacheable images.
   */
  isPublic?: boolean;
}

/** Thumbnails in a row; tapping one opens the full photo in a dialog. */
export function PhotoGallery({ photos, isPublic = false }: PhotoGalleryProps) {
  const { t } = useTranslation(NAMESPACE);
  const [open, setOpen] = useState<number | null>(null);
  if (photos.length === 0) return null;
  const current = open === null ? undefined : photos[open];
  return (
    <div className="feedback-gallery">
      <ul className="feedback-gallery__list">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <button
              type="button"
              className="feedback-gallery__thumb"
              aria-label={t('photos.open', { index: index + 1, total: photos.length })}
              onClick={() => setOpen(index)}
            >
              <PhotoImage src={photo.thumbUrl} isPublic={isPublic} alt={t('photos.alt', { index: index + 1 })} width={96} height={96} />
            </button>
          </li>
        ))}
      </ul>
      {current && open !== null && (
        <div className="feedback-gallery__viewer" role="dialog" aria-modal="true" aria-label={t('photos.alt', { index: open + 1 })}>
          <PhotoImage src={current.url} isPublic={isPublic} alt={t('photos.alt', { index: open + 1 })} width={current.width} height={current.height} />
          <button type="button" className="feedback-gallery__close" autoFocus onClick={() => setOpen(null)}>
            {t('photos.close')}
          </button>
        </div>
      )}
    </div>
  );
}

export interface PhotoImageProps {
  src: string;
  /** Public photos load as plain cacheable images; private ones are fetched with the token. */
  isPublic: boolean;
  alt: string;
  width: number;
  height: number;
}

/** One report photo, with its space reserved while it loads. */
export function PhotoImage({ src, isPublic, alt, width, height }: PhotoImageProps) {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (isPublic) return;
    let created: string | null = null;
    let cancelled = false;
    setFailed(false);
    api.photoBlob(src).then(
      (blob) => {
        if (cancelled) return;
        created = URL.createObjectURL(blob);
        setObjectUrl(created);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [api, src, isPublic]);

  if (failed) return <span className="feedback-gallery__failed">{t('photos.failed')}</span>;
  const shown = isPublic ? src : objectUrl;
  // width/height reserve the space, so the page does not jump when the photo arrives.
  return shown ? (
    <img src={shown} alt={alt} width={width} height={height} loading="lazy" decoding="async" onError={() => setFailed(true)} />
  ) : (
    <span className="feedback-gallery__placeholder" style={{ aspectRatio: `${width} / ${height}` }} aria-hidden="true" />
  );
}
