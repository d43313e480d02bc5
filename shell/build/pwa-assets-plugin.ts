import { createHash } from 'node:crypto';
import type { Compiler, WebpackPluginInstance } from 'webpack';
import { renderAppIcon } from './app-icon.js';

export interface PwaAssetsOptions {
  name: string;
  shortName: string;
  description: string;
  themeColour: string;
  backgroundColour: string;
}

const ICON_SIZES = [192, 512] as const;

/**
 * Emits the app icons (hashed, under static/icons/) and /manifest.webmanifest pointing at them,
 * and tells html-webpack-plugin's page where the touch icon is (through `iconHref`).
 */
export class PwaAssetsPlugin implements WebpackPluginInstance {
  /** The 192 px icon's public URL, known once the compilation emitted it. */
  iconHref = '';

  constructor(private readonly options: PwaAssetsOptions) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PwaAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PwaAssetsPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const files = ICON_SIZES.map((size) => {
            const png = renderAppIcon(size);
            const hash = createHash('sha256').update(png).digest('hex').slice(0, 10);
            const file = `static/icons/icon-${size}.${hash}.png`;
            compilation.emitAsset(file, new RawSource(png), { immutable: true });
            return { src: `/${file}`, sizes: `${size}x${size}`, type: 'image/png' };
          });
          // The motif sits inside the maskable safe zone, so one file serves both purposes.
          const icons = (['any', 'maskable'] as const).flatMap((purpose) => files.map((icon) => ({ ...icon, purpose })));
          this.iconHref = files[0]!.src;
          const manifest = {
            name: this.options.name,
            short_name: this.options.shortName,
            description: this.options.description,
            lang: 'vi',
            dir: 'ltr',
            start_url: '/',
            scope: '/',
            display: 'standalone',
            orientation: 'portrait',
            theme_color: this.options.themeColour,
            background_color: this.options.backgroundColour,
            icons,
          };
          compilation.emitAsset('manifest.webmanifest', new RawSource(`${JSON.stringify(manifest, null, 2)}\n`));
        },
      );
    });
  }
}
