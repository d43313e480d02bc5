import type { ModuleStatus } from '../registry/module-admin.js';
import { CliError } from './cli-error.js';

/** The registry actions both CLI paths offer: direct (ModuleAdmin on the database) or through a gateway. */
export interface RegistryActions {
  list(): Promise<ModuleStatus[]>;
  setEnabled(id: string, enabled: boolean): Promise<ModuleStatus>;
  publish(id: string, version: string): Promise<ModuleStatus>;
}

/** Identity actions, through a gateway or on the database. */
export interface KeyActions {
  rotateKeys(): Promise<{ kid: string }>;
}

/** The operator endpoints of a running gateway, which holds the (single-process) PGlite database. */
export class HttpAdmin implements RegistryActions, KeyActions {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async list(): Promise<ModuleStatus[]> {
    const body = await this.call<{ modules: ModuleStatus[] }>('GET', '/api/platform/modules');
    return body.modules;
  }

  setEnabled(id: string, enabled: boolean): Promise<ModuleStatus> {
    return this.call('POST', `/api/platform/modules/${encodeURIComponent(id)}/${enabled ? 'enable' : 'disable'}`);
  }

  publish(id: string, version: string): Promise<ModuleStatus> {
    return this.call('POST', `/api/platform/modules/${encodeURIComponent(id)}/publish`, { version });
  }

  rotateKeys(): Promise<{ kid: string }> {
    return this.call('POST', '/api/platform/keys/rotate');
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json().catch(() => ({}))) as { detail?: string; title?: string } & T;
    if (!response.ok) {
      throw new CliError(`${payload.detail ?? payload.title ?? `HTTP ${response.status}`} (gateway at ${this.baseUrl})`);
    }
    return payload;
  }
}
