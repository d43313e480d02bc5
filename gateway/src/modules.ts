import type { ModuleDefinition } from '@portal/module-kit';
import feedback from '@portal/feedback/module';
import hotlines from '@portal/hotlines/module';
import procedures from '@portal/procedures/module';

/**
 * The installed modules, in one plain list (like Backstage's backend.add(...) lines). Installing a
 * module = adding its package to gateway/package.json and one import here.
 */
export const installedModules: readonly ModuleDefinition[] = [hotlines, feedback, procedures];
