import { cp, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { safeJoin } from '../static/safe-path.js';

/** Written by the module-kit webpack preset beside remoteEntry.js: which module and version a build is. */
export const REMOTE_INFO_FILE = 'portal-remote.json';

/** The files a remote build offers as its entry, best first (the manifest lets chunks load in parallel). */
const ENTRY_FILES = ['mf-manifest.json', 'remoteEntry.js'] as const;

const MODULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface RemoteInfo {
  id: string;
  version: string;
}

export function isModuleId(value: string): boolean {
  return MODULE_ID.test(value);
}

/** A strict semver string such as 0.1.0 or 1.2.0-rc.1 (no "v" prefix, no spaces). */
export function isVersion(value: string): boolean {
  return semver.valid(value) === value;
}

/** Reads a build's portal-remote.json; undefined when the folder holds no build. */
export async function readRemoteInfo(dir: string): Promise<RemoteInfo | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, REMOTE_INFO_FILE), 'utf8');
  } catch {
    return undefined;
  }
  let info: Partial<RemoteInfo>;
  try {
    info = JSON.parse(text) as Partial<RemoteInfo>;
  } catch {
    throw new Error(`${join(dir, REMOTE_INFO_FILE)} is not valid JSON`);
  }
  if (typeof info.id !== 'string' || !isModuleId(info.id)) {
    throw new Error(`${join(dir, REMOTE_INFO_FILE)} has no valid "id"`);
  }
  if (typeof info.version !== 'string' || !isVersion(info.version)) {
    throw new Error(`${join(dir, REMOTE_INFO_FILE)}: "${String(info.version)}" is not a semver version such as 0.1.0`);
  }
  return { id: info.id, version: info.version };
}

/** The same-origin URL the shell loads a remote from. */
export function remoteEntryUrl(id: string, version: string, file: string): string {
  return `/m/${id}/${version}/${file}`;
}

/**
 * Built module UIs kept side by side as <root>/<id>/<version>/…, so a published version stays
 * servable while browsers still run it, and rolling back is pointing the registry at an older folder.
 */
export class RemoteStore {
  constructor(readonly root: string) {}

  /** The folder of one version; undefined for an id or version that could escape the store. */
  versionDir(id: string, version: string): string | undefined {
    if (!isModuleId(id) || !isVersion(version)) return undefined;
    return safeJoin(this.root, [id, version]);
  }

  async hasModule(id: string): Promise<boolean> {
    if (!isModuleId(id)) return false;
    return isDirectory(join(this.root, id));
  }

  async hasVersion(id: string, version: string): Promise<boolean> {
    const dir = this.versionDir(id, version);
    return dir !== undefined && (await isDirectory(dir));
  }

  /** Stored versions of a module, highest first. */
  async versions(id: string): Promise<string[]> {
    if (!isModuleId(id)) return [];
    const names = await readdir(join(this.root, id)).catch(() => [] as string[]);
    return names.filter(isVersion).sort(semver.rcompare);
  }

  /** The entry file a stored version offers, or undefined when it has none. */
  async entryFile(id: string, version: string): Promise<string | undefined> {
    const dir = this.versionDir(id, version);
    if (!dir) return undefined;
    for (const file of ENTRY_FILES) {
      if (await isFile(join(dir, file))) return file;
    }
    return undefined;
  }

  /**
   * Copies a build into its version folder. Files are added and overwritten, never removed, so
   * chunks an open browser still asks for survive a rebuild of the same version.
   */
  async copyIn(fromDir: string, id: string, version: string): Promise<void> {
    const dir = this.versionDir(id, version);
    if (!dir) throw new Error(`cannot store "${id}" version "${version}"`);
    await mkdir(dir, { recursive: true });
    await cp(fromDir, dir, { recursive: true, force: true });
  }

  /** The absolute path of a file inside a stored version, when the path stays inside it. */
  assetPath(id: string, version: string, segments: readonly string[]): string | undefined {
    const dir = this.versionDir(id, version);
    return dir === undefined ? undefined : safeJoin(dir, segments);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
