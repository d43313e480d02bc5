import type { ModuleContext } from '@portal/module-kit';

/** Placeholder: the catalog seed is being written. */
export async function seedProcedures(_ctx: ModuleContext): Promise<void> {}
