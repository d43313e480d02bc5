import type { LocalizedText, RegistryEntry } from '@portal/module-kit';
import type { Session } from '@portal/shared-ui';
import { isAuthConfig, type AuthConfig } from '../auth/auth-client.js';

export interface PortalInfo {
  name: LocalizedText;
  province: LocalizedText;
  /** keycloak-js init options; absent when the portal has no identity provider. */
  auth?: AuthConfig;
}

export class RegistryUnavailableError extends Error {
  override name = 'RegistryUnavailableError';
}

/**
 * GET /api/modules: the modules this visitor may open, in home-grid order. Asked fresh on every
 * page load and whenever the session changes (the list depends on the caller's roles), with the
 * session's fetch; the service worker answers from its cache only when the network fails.
 */
export async function fetchModules(fetcher: Session['fetch'], signal?: AbortSignal): Promise<RegistryEntry[]> {
  const body = await getJson(fetcher, '/api/modules', signal);
  const modules = (body as { modules?: unknown } | null)?.modules;
  if (!Array.isArray(modules)) throw new RegistryUnavailableError('/api/modules did not list modules');
  return (modules as RegistryEntry[]).filter(isUsableEntry).sort((a, b) => a.order - b.order);
}

let portalRequest: Promise<PortalInfo | undefined> | undefined;

/**
 * GET /api/portal, once per page load (the branding and the sign-on settings); undefined when it
 * cannot be had (defaults apply, and the next call asks again).
 */
export function fetchPortal(): Promise<PortalInfo | undefined> {
  portalRequest ??= getJson(fetch, '/api/portal').then(
    (body) => {
      const info = body as Partial<PortalInfo> | null;
      if (!isLocalized(info?.name) || !isLocalized(info?.province)) return undefined;
      return { name: info.name, province: info.province, ...(isAuthConfig(info.auth) && { auth: info.auth }) };
    },
    () => undefined,
  );
  void portalRequest.then((info) => {
    if (!info) portalRequest = undefined;
  });
  return portalRequest;
}

async function getJson(fetcher: Session['fetch'], path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RegistryUnavailableError(`${path}: ${String(error)}`);
  }
  if (!response.ok) throw new RegistryUnavailableError(`${path}: HTTP ${response.status}`);
  return response.json();
}

function isLocalized(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | undefined;
  return typeof text?.vi === 'string' && typeof text.en === 'string';
}

// One malformed entry must not take the whole home screen down: skip it.
function isUsableEntry(entry: RegistryEntry): boolean {
  return (
    typeof entry?.id === 'string' &&
    typeof entry.version === 'string' &&
    isLocalized(entry.names) &&
    typeof entry.remote?.name === 'string' &&
    typeof entry.remote.entry === 'string'
  );
}
