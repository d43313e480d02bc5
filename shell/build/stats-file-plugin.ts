import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Compiler, WebpackPluginInstance } from 'webpack';

/**
 * Writes a trimmed webpack stats JSON (assets, chunks with their modules and children,
 * entrypoints) after the build, outside the compilation's assets so the service worker never
 * precaches it. scripts/first-load.ts reads it to measure the home page's JS.
 */
export class StatsFilePlugin implements WebpackPluginInstance {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tapPromise('StatsFilePlugin', async (stats) => {
      const json = stats.toJson({
        all: false,
        assets: true,
        chunks: true,
        chunkModules: true,
        chunkRelations: true,
        chunkOrigins: true,
        dependentModules: true,
        groupModulesByType: false,
        entrypoints: true,
        ids: true,
        hash: true,
      });
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(this.file, JSON.stringify(json));
    });
  }
}
