import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_FACADES, sharedAliases, sharedConfig } from './shared.js';

const root = mkdtempSync(path.join(tmpdir(), 'portal-shared-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function installPackage(name: string, json: Record<string, unknown>): void {
  const dir = path.join(root, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, ...json }));
}

installPackage('@portal/shared-ui', { version: '0.4.2' });
installPackage('react-router', { version: '7.18.7', exports: { '.': { import: { default: './dist/index.mjs' } } } });

describe('sharedConfig', () => {
  const packageJson = {
    dependencies: { react: '19.3.1', 'react-router': '7.18.7', '@portal/shared-ui': 'workspace:*', zod: '4.6.7' },
  };

  it('shares only the portal singletons the package depends on, each as a singleton', () => {
    const shared = sharedConfig(packageJson, { dir: root });
    expect(Object.keys(shared).sort()).toEqual(['@portal/shared-ui', 'react', 'react-router']);
    expect(Object.values(shared).every((config) => config.singleton)).toBe(true);
  });

  it('reads an exact pin as "this major or newer" and a workspace range as the installed version', () => {
    const shared = sharedConfig(packageJson, { dir: root });
    expect(shared.react?.requiredVersion).toBe('^19.3.1');
    expect(shared['@portal/shared-ui']?.requiredVersion).toBe('^0.4.2');
  });

  it('provides react-router through its facade, stating the real version', () => {
    const router = sharedConfig(packageJson, { dir: root })['react-router'];
    expect(router?.import).toBe(SHARED_FACADES['react-router']?.file);
    expect(router?.version).toBe('7.18.7');
    expect(sharedAliases(root)).toEqual({
      '@portal/react-router-full$': path.join(root, 'node_modules', 'react-router', 'dist', 'index.mjs'),
    });
  });

  it('marks every entry eager only when asked', () => {
    expect(sharedConfig(packageJson, { dir: root }).react?.eager).toBeUndefined();
    expect(sharedConfig(packageJson, { dir: root, eager: true }).react?.eager).toBe(true);
  });
});
