import { Button } from '@portal/shared-ui';
import type { Coordinates } from '../../contract/schemas.js';
import { mapHref } from '../format.js';

/** Opens the place in a map app (geo:) or, where that is not understood, a map web page in a new tab. */
export function MapButton({ location, placeName, text, block }: { location: Coordinates; placeName: string; text: string; block?: boolean }) {
  const href = mapHref(location, placeName);
  const opensPage = href.startsWith('https:');
  return (
    <Button
      variant="secondary"
      icon="map"
      href={href}
      block={block}
      {...(opensPage ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {text}
      <span className="portal-visually-hidden">: {placeName}</span>
    </Button>
  );
}
