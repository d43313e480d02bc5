// Lint rule: a module imports only itself, module-kit and shared-ui; never another module, the gateway or the
// shell (DESIGN.md: modules talk through events and public HTTP APIs, never through each other's code).
import path from 'node:path';

const ALLOWED_PACKAGES = ['@portal/module-kit', '@portal/shared-ui'];

function moduleRootOf(filename) {
  const match = /^(.*[\\/]modules[\\/][^\\/]+)[\\/]/.exec(filename);
  return match ? match[1] : undefined;
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'forbid a module from importing another module, the gateway or the shell' },
    schema: [],
  },
  create(context) {
    const root = moduleRootOf(context.filename);
    if (!root) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), specifier);
        if (target !== root && !target.startsWith(root + path.sep)) {
          context.report({ node, message: `"${specifier}" leaves this module's folder; share code through module-kit or shared-ui.` });
        }
      } else if (specifier.startsWith('@portal/')) {
        const allowed = ALLOWED_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`));
        const own = specifier === `@portal/${path.basename(root)}` || specifier.startsWith(`@portal/${path.basename(root)}/`);
        if (!allowed && !own) {
          context.report({ node, message: `modules may import only module-kit and shared-ui, not "${specifier}".` });
        }
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
