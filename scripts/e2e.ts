/**
 * npm run test:e2e [-- --no-build] [-- <playwright test options>]
 *
 * Builds the site (unless --no-build or E2E_NO_BUILD=1), then runs `playwright test` with the
 * remaining arguments (e.g. --grep <text>, --workers 1) and exits with its code.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const build = !args.includes('--no-build') && process.env.E2E_NO_BUILD !== '1';
const passOn = args.filter((arg) => arg !== '--no-build');

function run(command: string, commandArgs: string[]): number {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (build) {
  const code = run('npm', ['run', 'build']);
  if (code !== 0) process.exit(code);
}
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
process.exit(run(process.execPath, [cli, 'test', ...passOn]));
