import { runCli } from './cli/run-cli.js';

/** `pnpm portal modules …` from the repository root; see USAGE in cli/run-cli.ts. */
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  io: { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  loadModules: async () => (await import('./modules.js')).installedModules,
});
process.exit(code);
