import type { LocalizedText, RegistryEntry } from '@portal/module-kit';

export interface PortalInfo {
  name: LocalizedText;
  province: LocalizedText;
}

export class RegistryUnavailableError extends Error {
  override name = 'RegistryUnavailableError';
}

/**
 * GET /api/modules: the modules this visitor may open, in home-grid order. Asked fresh on every
 * page load (the service worker answers from its cache only when the network fails), so a newly
 * published module version is used on the next load.
 */
export async function fetchModules(signal?: AbortSignal): Promise<RegistryEntry[]> {
  const body = await getJson('/api/modules', signal);
  const modules = (body as { modules?: unknown } | null)?.modules;
  if (!Array.isArray(modules)) throw new RegistryUnavailableError('/api/modules did not list modules');
  return (modules as RegistryEntry[]).filter(isUsableEntry).sort((a, b) => a.order - b.order);
}

/** GET /api/portal: the portal's branding; undefined when it cannot be had (defaults apply). */
export async function fetchPortal(signal?: AbortSignal): Promise<PortalInfo | undefined> {
  try {
    const body = (await getJson('/api/portal', signal)) as Partial<PortalInfo> | null;
    return isLocalized(body?.name) && isLocalized(body?.province) ? { name: body.name, province: body.province } : undefined;
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
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
