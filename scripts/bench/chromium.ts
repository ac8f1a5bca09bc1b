import { accessSync, constants } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH, else the system Chromium; throws with the install command when absent. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to "${env.CHROME_PATH}", which is not an executable file.`);
  }
  const found = CANDIDATES.find(isExecutable);
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROME_PATH)',
    );
  }
  return found;
}

/**
 * For Lighthouse only: under its phone emulation, every page taller than the screen flashes its
 * overlay scrollbar shortly after first paint, even a plain tall page with no script. DevTools
 * captures each frame of the fade as a screenshot, CPU work that competes with the page being
 * measured on a machine with few cores (the README's bench notes give the cost). A phone draws
 * that fade on its compositor and captures nothing; headless Puppeteer hides scrollbars by default
 * for the same reason. Overlay scrollbars take no room, so layout is unchanged.
 */
export const LIGHTHOUSE_FLAGS = ['--hide-scrollbars'] as const;

/** Chromium with a remote-debugging port, for Lighthouse. */
export async function launchForLighthouse(): Promise<{ port: number; close: () => void }> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS, ...LIGHTHOUSE_FLAGS],
    logLevel: 'silent',
  });
  return {
    port: chrome.port,
    close: () => chrome.kill(),
  };
}

/** Chromium driven by playwright-core, for network and timing measurements. */
export function launchPlaywright(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; functions
 * passed to page.evaluate carry that call into the page, where it does not exist. This defines
 * it as the identity in every document of the context.
 */
export async function shimEsbuildNames(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
}
