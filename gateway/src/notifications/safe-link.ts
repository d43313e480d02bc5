/** Any origin will do: only whether the link stays on it matters. */
const PROBE_ORIGIN = 'https://portal.invalid';

/**
 * The link a notification may carry: a path on the portal itself ('/m/feedback/reports/1?tab=x'),
 * normalised. Anything that could leave the portal or run script (another origin, '//host',
 * '/\host', 'javascript:', control characters) gives undefined, and the notification goes without it.
 */
export function safeLink(link: string | undefined | null): string | undefined {
  if (typeof link !== 'string' || link.length === 0 || link.length > 500) return undefined;
  if (!link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return undefined;
  if (/[\u0000-\u001f\u007f\\]/.test(link)) return undefined; // eslint-disable-line no-control-regex
  let url: URL;
  try {
    url = new URL(link, PROBE_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PROBE_ORIGIN) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
