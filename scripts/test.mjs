#!/usr/bin/env node
// `npm test`: lint, typecheck, build, every vitest suite (once on PGlite, once more on the PostgreSQL server
// when one answers), the browser journeys; then one line of totals over all suites, as CI counts them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm-command.mjs';
import { postgresAnswers } from './postgres-answers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const pnpm = pnpmCommand();
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
    broken = true;
  }
  return result.status === 0;
}

function vitest(label, args, env = {}) {
  const outputFile = path.join(resultsDir, `${label.replace(/\W+/g, '-')}.json`);
  run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`], env);
  if (!existsSync(outputFile)) {
    totals.failed += 1; // the suite did not even report: count it as one failure rather than as nothing
    return;
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // a file that crashes before its tests run reports no failed test; count it
  totals.failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
}

const checksPassed = run('lint', 'npx', ['eslint', '.']) & run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
const built = run('build shell and module remotes', pnpm[0], [...pnpm.slice(1), 'run', 'build']);

vitest('unit and integration (PGlite)', ['--project', '*']);

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (await postgresAnswers(serverUrl)) {
  vitest('database suites (PostgreSQL server)', ['--project', 'module-kit', '--project', 'gateway', '--project', 'modules'], {
    TEST_DATABASE_URL: serverUrl,
  });
} else {
  console.log(`\n(no PostgreSQL server answers at ${serverUrl}: database suites ran on PGlite only)`);
}

if (built) vitest('browser journeys (e2e)', ['--config', 'e2e/vitest.config.ts']);
else totals.failed += 1;

if (!checksPassed) totals.failed += 1;
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
