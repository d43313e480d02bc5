import { useEffect, useState } from 'react';

/** Wide enough for the seven-column table; below it the figures come as one card per agency. */
export const WIDE_QUERY = '(min-width: 720px)';

export function useWideScreen(): boolean {
  const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_QUERY) : null);
  const [wide, setWide] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const media = query();
    if (!media) return;
    const onChange = () => setWide(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return wide;
}
