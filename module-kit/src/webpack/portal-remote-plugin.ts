import type { Compiler, WebpackPluginInstance } from 'webpack';

/**
 * Writes `portal-remote.json` ({ id, version }) beside remoteEntry.js, so the gateway and the
 * service worker can tell which module version a folder holds without parsing JS.
 */
export class PortalRemotePlugin implements WebpackPluginInstance {
  constructor(private readonly remote: { id: string; version: string }) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PortalRemotePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PortalRemotePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = JSON.stringify({ id: this.remote.id, version: this.remote.version });
          compilation.emitAsset('portal-remote.json', new RawSource(`${json}\n`));
        },
      );
    });
  }
}
