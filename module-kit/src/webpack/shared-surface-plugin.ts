import type { Compiler, Dependency, Module, WebpackPluginInstance } from 'webpack';
import { SHARED_FACADES } from './shared.js';

interface ImportDependency extends Dependency {
  request?: string;
  ids?: string[];
}

/**
 * Fails the build when code imports a name that a shared facade does not provide (e.g. <Trans>
 * from react-i18next; see facades/). Without it the import would build and only be undefined in
 * the browser, while unit tests against the full package still passed.
 */
export class SharedSurfacePlugin implements WebpackPluginInstance {
  apply(compiler: Compiler): void {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SharedSurfacePlugin', (compilation) => {
      // Stage 100: after FlagDependencyExportsPlugin has worked out what each facade provides.
      compilation.hooks.finishModules.tap({ name: 'SharedSurfacePlugin', stage: 100 }, (modules) => {
        const all = [...modules];
        const surfaces = new Map<string, Set<string>>();
        for (const [name, facade] of Object.entries(SHARED_FACADES)) {
          const module = all.find((candidate) => (candidate as Module & { resource?: string }).resource === facade.file);
          const provided = module && compilation.moduleGraph.getExportsInfo(module).getProvidedExports();
          if (Array.isArray(provided)) surfaces.set(name, new Set(provided));
        }
        for (const module of all) {
          for (const dependency of module.dependencies as ImportDependency[]) {
            const surface = dependency.request === undefined ? undefined : surfaces.get(dependency.request);
            const name = dependency.ids?.[0];
            if (!surface || name === undefined || surface.has(name)) continue;
            const error = new WebpackError(
              `${module.readableIdentifier(compilation.requestShortener)} imports "${name}" from ${dependency.request}, ` +
                `which the portal does not share (see module-kit/src/webpack/facades/${dependency.request}.ts).`,
            );
            error.module = module;
            compilation.errors.push(error);
          }
        }
      });
    });
  }
}
