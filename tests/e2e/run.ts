/**
 * Browser tests against the built site: npm run test:e2e [-- --no-build] [-- --grep <text>]
 *
 * Builds (unless --no-build or E2E_NO_BUILD=1), serves dist/ with scripts/static-server.ts under
 * env BASE (default '/'), launches the system Chromium through playwright-core and runs every
 * tests/e2e/*.spec.ts test one after another. Ends with the line 'N passed, N failed'.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import {
  filterTests,
  registeredTests,
  runTest,
  setCurrentSpecFile,
  type RegisteredTest,
} from './harness';

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(E2E_DIR, '../..');
// E2E_DIST_DIR serves another folder (e.g. a throwaway site when checking the harness itself).
const DIST_DIR = path.resolve(REPO_ROOT, process.env.E2E_DIST_DIR ?? 'dist');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;
const CHROMIUM_MISSING =
  'Chromium not found. Install it with: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROME_PATH)';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const USAGE = 'Usage: npm run test:e2e [-- --no-build] [-- --grep <text>]';

class UsageError extends Error {}

type RunArgs = { build: boolean; grep: string | undefined };

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): RunArgs {
  let build = env.E2E_NO_BUILD !== '1';
  let grep: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--no-build') {
      build = false;
    } else if (arg === '--grep' || arg === '-g') {
      grep = argv[i + 1];
      i += 1;
      if (!grep) throw new UsageError(`${arg} needs a text to match.\n${USAGE}`);
    } else if (arg.startsWith('--grep=')) {
      grep = arg.slice('--grep='.length);
      if (!grep) throw new UsageError(`--grep needs a text to match.\n${USAGE}`);
    } else {
      throw new UsageError(`Unknown argument "${arg}".\n${USAGE}`);
    }
  }
  return { build, grep };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium(env: NodeJS.ProcessEnv): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new UsageError(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (!found) throw new UsageError(CHROMIUM_MISSING);
  return found;
}

function build(): void {
  console.log('› npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.error) throw new UsageError(`Could not run npm run build: ${result.error.message}`);
  if (result.status !== 0) {
    throw new UsageError(`npm run build failed (exit ${result.status ?? result.signal}).`);
  }
}

async function loadSpecs(): Promise<readonly RegisteredTest[]> {
  const specs = readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  for (const spec of specs) {
    setCurrentSpecFile(spec.replace(/\.spec\.ts$/, ''));
    await import(pathToFileURL(path.join(E2E_DIR, spec)).href);
  }
  return registeredTests();
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), process.env);
  const executablePath = findChromium(process.env);
  if (args.build) build();
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new UsageError(
      `${path.join(DIST_DIR, 'index.html')} is missing: run "npm run build" first (or drop --no-build / E2E_NO_BUILD).`,
    );
  }

  const all = await loadSpecs();
  const selected = filterTests(all, args.grep);
  if (selected.length === 0) {
    console.error(
      args.grep
        ? `No test matches --grep "${args.grep}" (${all.length} test(s) registered).`
        : 'No tests found in tests/e2e/*.spec.ts.',
    );
    console.log('0 passed, 0 failed');
    return 1;
  }

  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`\nReceived ${signal}; closing the browser and server.`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let passed = 0;
  let failed = 0;
  try {
    server = await startStaticServer({ root: DIST_DIR, base: process.env.BASE ?? '/' });
    const launch = (): Promise<Browser> =>
      chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    browser = await launch();
    const served = DIST_DIR.startsWith(`${REPO_ROOT}${path.sep}`)
      ? path.relative(REPO_ROOT, DIST_DIR)
      : DIST_DIR;
    console.log(`Serving ${served} at ${server.url} · ${executablePath} ${browser.version()}`);
    console.log(
      `Running ${selected.length} test(s)${args.grep ? ` matching "${args.grep}"` : ''}\n`,
    );

    for (const registered of selected) {
      // A crashed browser should fail one test, not every test after it.
      if (!browser.isConnected()) browser = await launch();
      const result = await runTest(browser, server.url, registered);
      if (result.ok) {
        passed += 1;
        console.log(`✓ ${registered.title} (${result.ms} ms)`);
      } else {
        failed += 1;
        console.log(`✗ ${registered.title} (${result.ms} ms)\n${indent(result.error)}`);
      }
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exitCode = 1;
  },
);
