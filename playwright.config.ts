/**
 * Browser tests (tests/e2e) against the built site: scripts/static-server.ts serves dist/ under
 * env BASE (default '/') on a free port, and Debian's Chromium runs the tests (no browser is
 * downloaded). `npm run test:e2e` builds first; `npx playwright test` tests the current dist/.
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.ts';

const REPO_ROOT = path.dirname(fileURLToPath(import.meta.url));
// E2E_DIST_DIR serves another folder, e.g. a copy of an earlier build.
const DIST_DIR = path.resolve(REPO_ROOT, process.env.E2E_DIST_DIR ?? 'dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROME_PATH)`,
  );
}
if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
  throw new Error(`${path.join(DIST_DIR, 'index.html')} is missing: run "npm run build" first.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'artifacts/test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  webServer: {
    // Port 0: a free port, so runs side by side do not collide; the server prints its address,
    // which Playwright hands to the tests as E2E_BASE_URL.
    command: `npx tsx scripts/static-server.ts ${JSON.stringify(DIST_DIR)} --port 0`,
    wait: { stdout: /at (?<e2e_base_url>http:\/\/\S+)/ },
    timeout: 30_000,
  },
  use: {
    baseURL: process.env.E2E_BASE_URL,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    // So screenshots do not catch an animation half-way.
    reducedMotion: 'reduce',
    colorScheme: 'light',
    serviceWorkers: 'block',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Recording a trace (a snapshot of each action) makes every test cost much more CPU, so only
    // a retry records one: on CI (CI set) a failing test is retried once and leaves its trace.
    // Locally, add --retries 1 or --trace retain-on-failure.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
});
