/**
 * The browser tests' fixtures over @playwright/test: every spec imports `test` and `expect` from
 * here. Each test runs in a fresh context with the defaults set in playwright.config.ts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { expect };

export type Viewport = { width: number; height: number };

/** Sizes the specs share: a laptop (the default) and a small phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 360, height: 740 },
} as const satisfies Record<string, Viewport>;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where saveScreenshot() saves, under names people look for (overview-zh-mobile.png). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
};

/** One readable block listing axe violations: id, impact, help and the first 3 targets. */
export function formatAxeViolations(label: string, violations: readonly AxeViolation[]): string {
  const lines = violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' '));
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `  - ${v.id} [${v.impact ?? 'unknown'}]: ${v.help}\n      targets: ${targets.join(' | ')}${more}`;
  });
  const count = `${violations.length} violation${violations.length === 1 ? '' : 's'}`;
  return `axe found ${count} on "${label}":\n${lines.join('\n')}`;
}

/** A site path ('/zh/table/') under the served base, which may be a sub-path (BASE=/sub/). */
export function resolveSiteUrl(baseUrl: string, sitePath: string): string {
  if (/^https?:\/\//.test(sitePath)) return sitePath;
  return new URL(sitePath.replace(/^\/+/, ''), baseUrl).href;
}

const SCREENSHOT_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

type PageErrors = { errors: string[]; strict: boolean };

type Fixtures = {
  /** A site path ('/zh/table/') to an absolute URL under the served base. */
  url(sitePath: string): string;
  /**
   * Navigates to a site path, then waits for network idle, the app to have hydrated, fonts and
   * two frames.
   */
  gotoAndSettle(page: Page, sitePath: string): Promise<Response>;
  /** Fails the test if the page logs a console error or throws, before or after this call. */
  expectNoConsoleErrors(page: Page): void;
  /** Runs axe (WCAG 2.0/2.1 A and AA) and fails with a readable list of violations. */
  checkAxe(page: Page, label: string): Promise<void>;
  /**
   * Saves a full-page PNG to artifacts/screenshots/<name>.png and returns its path. (Playwright's
   * own `screenshot` option takes failure screenshots into the test's output folder.)
   */
  saveScreenshot(page: Page, name: string): Promise<string>;
  /** Console errors and uncaught exceptions of every page of the test's context. */
  pageErrors: Map<Page, PageErrors>;
};

export const test = base.extend<Fixtures>({
  // Auto: every page is watched from its first script, so errors before expectNoConsoleErrors()
  // count too, and a failing test shows the errors its pages logged.
  pageErrors: [
    async ({ context }, provide, testInfo) => {
      const pages = new Map<Page, PageErrors>();
      const watch = (page: Page): void => {
        const state: PageErrors = { errors: [], strict: false };
        pages.set(page, state);
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          state.errors.push(
            `console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`,
          );
        });
        page.on('pageerror', (error) => state.errors.push(`uncaught: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await provide(pages);

      const states = [...pages.values()];
      const seen = states.flatMap((s) => s.errors);
      if (seen.length > 0) {
        await testInfo.attach('console errors', {
          body: seen.join('\n'),
          contentType: 'text/plain',
        });
      }
      const failing = states.filter((s) => s.strict).flatMap((s) => s.errors);
      if (failing.length > 0) {
        throw new Error(
          `The page logged ${failing.length} console error(s):\n${failing.map((e) => `  - ${e}`).join('\n')}`,
        );
      }
    },
    { auto: true },
  ],

  url: async ({ baseURL }, provide) => {
    if (!baseURL) throw new Error('playwright.config.ts sets no baseURL.');
    await provide((sitePath) => resolveSiteUrl(baseURL, sitePath));
  },

  gotoAndSettle: async ({ url }, provide) => {
    await provide(async (page, sitePath) => {
      const href = url(sitePath);
      const response = await page.goto(href, { waitUntil: 'load' });
      if (!response) throw new Error(`Navigation to ${href} produced no response.`);
      await page.waitForLoadState('networkidle');
      // Settled means started: the prerendered page paints, and can be clicked, before any script
      // runs, and a click or key press before React has hydrated does nothing. React marks each
      // node it hydrates with its props key, the app's outermost element last (as the bench's
      // interaction measure waits for it).
      await page
        .waitForFunction(
          () => {
            const app = document.getElementById('root')?.firstElementChild;
            return !!app && Object.keys(app).some((k) => k.startsWith('__reactProps'));
          },
          undefined,
          { timeout: 15_000 },
        )
        .catch(() => {
          throw new Error(`The app did not start (hydrate) within 15 s on ${sitePath}.`);
        });
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      return response;
    });
  },

  expectNoConsoleErrors: async ({ pageErrors }, provide) => {
    await provide((page) => {
      const state = pageErrors.get(page);
      if (!state) throw new Error('This page does not belong to the current test.');
      state.strict = true;
      expect(state.errors, 'console errors and uncaught exceptions so far').toEqual([]);
    });
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  checkAxe: async ({}, provide) => {
    await provide(async (page, label) => {
      const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
      if (results.violations.length > 0) {
        throw new Error(formatAxeViolations(label, results.violations));
      }
    });
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  saveScreenshot: async ({}, provide) => {
    await provide(async (page, name) => {
      if (!SCREENSHOT_NAME.test(name)) {
        throw new Error(`Screenshot name "${name}" must be letters, digits, '.', '_' or '-'.`);
      }
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      return file;
    });
  },
});
