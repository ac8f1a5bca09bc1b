/**
 * A tiny browser-test harness over playwright-core (no @playwright/test): spec files register
 * tests with `test(name, [options], fn)`; tests/e2e/run.ts imports the specs and runs each test
 * in a fresh BrowserContext + Page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';

export type Viewport = { width: number; height: number };

/** Sizes the specs share: a laptop and a small phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 360, height: 740 },
} as const satisfies Record<string, Viewport>;

export type TestOptions = {
  /** Default VIEWPORTS.desktop. */
  viewport?: Viewport;
  /** Default 'light'. */
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** Browser locale (navigator.language, Accept-Language). Default 'en-US'. */
  locale?: string;
  /** Default 'reduce', so screenshots do not catch an animation half-way. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Default 'Asia/Shanghai', the articles' time zone. */
  timezoneId?: string;
  /** Whole-test time limit. Default DEFAULT_TEST_TIMEOUT_MS. */
  timeoutMs?: number;
};

export type TestArgs = {
  page: Page;
  context: BrowserContext;
  /** The served site's base, e.g. http://127.0.0.1:41234/ or …/sub/ */
  baseUrl: string;
  /** A site path ('/zh/table/') to an absolute URL under the base. */
  url(sitePath: string): string;
  /** Navigates to a site path and waits for network idle, fonts and two frames. */
  gotoAndSettle(page: Page, sitePath: string): Promise<Response>;
  /** Fails the test if the page logs a console error or throws, before or after this call. */
  expectNoConsoleErrors(page: Page): void;
  /** Runs axe (WCAG 2.0/2.1 A and AA) and fails with a readable list of violations. */
  checkAxe(page: Page, label: string): Promise<void>;
  /** Saves a full-page PNG to artifacts/screenshots/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
};

export type TestFn = (args: TestArgs) => Promise<void>;

export type RegisteredTest = {
  /** Spec file name without .spec.ts, e.g. 'smoke'. */
  file: string;
  name: string;
  /** 'file › name', what the runner prints and --grep matches. */
  title: string;
  options: TestOptions;
  fn: TestFn;
};

export type TestResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };

export const DEFAULT_TEST_TIMEOUT_MS = 60_000;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');

const registry: RegisteredTest[] = [];
let currentFile = '(unknown)';

/** Registers a browser test. Called at the top level of a *.spec.ts file. */
export function test(name: string, fn: TestFn): void;
export function test(name: string, options: TestOptions, fn: TestFn): void;
export function test(name: string, optionsOrFn: TestOptions | TestFn, maybeFn?: TestFn): void {
  const options = typeof optionsOrFn === 'function' ? {} : optionsOrFn;
  const fn = typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn;
  if (!fn) throw new Error(`test("${name}") needs a test function.`);
  const title = `${currentFile} › ${name}`;
  if (registry.some((t) => t.title === title)) {
    throw new Error(`Duplicate test title "${title}": give each test a unique name.`);
  }
  registry.push({ file: currentFile, name, title, options, fn });
}

/** For the runner: names the spec file whose tests are registered next. */
export function setCurrentSpecFile(file: string): void {
  currentFile = file;
}

export function registeredTests(): readonly RegisteredTest[] {
  return registry;
}

/** Case-insensitive substring match on the full title; no filter keeps every test. */
export function filterTests(
  tests: readonly RegisteredTest[],
  grep: string | undefined,
): RegisteredTest[] {
  if (!grep) return [...tests];
  const needle = grep.toLowerCase();
  return tests.filter((t) => t.title.toLowerCase().includes(needle));
}

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl?: string;
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

const SCREENSHOT_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export function resolveSiteUrl(baseUrl: string, sitePath: string): string {
  if (/^https?:\/\//.test(sitePath)) return sitePath;
  return new URL(sitePath.replace(/^\/+/, ''), baseUrl).href;
}

type PageState = { errors: string[]; strict: boolean };

/** A failure the harness itself reports: its message says everything, its stack nothing. */
class HarnessFailure extends Error {}

/** The error's message with its stack trimmed to project frames (no node internals or deps). */
function describeError(error: unknown): string {
  if (error instanceof HarnessFailure) return error.message;
  if (!(error instanceof Error)) return String(error);
  const lines = (error.stack ?? `${error.name}: ${error.message}`).split('\n');
  return lines
    .filter((line) => !/^\s+at /.test(line) || !/node_modules|\(node:|^\s+at node:/.test(line))
    .slice(0, 12)
    .join('\n');
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new HarnessFailure(`Test timed out after ${ms} ms.`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one registered test in a fresh context; never throws. */
export async function runTest(
  browser: Browser,
  baseUrl: string,
  registered: RegisteredTest,
): Promise<TestResult> {
  const started = Date.now();
  const { options } = registered;
  const pageStates = new Map<Page, PageState>();
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  const track = (p: Page): void => {
    const state: PageState = { errors: [], strict: false };
    pageStates.set(p, state);
    p.setDefaultTimeout(15_000);
    p.setDefaultNavigationTimeout(30_000);
    p.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const { url, lineNumber } = msg.location();
      state.errors.push(`console.error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    p.on('pageerror', (error) => state.errors.push(`uncaught: ${describeError(error)}`));
  };

  const stateOf = (p: Page): PageState => {
    const state = pageStates.get(p);
    if (!state) throw new Error('This page does not belong to the current test.');
    return state;
  };

  const consoleErrorReport = (): string | null => {
    const failing = [...pageStates.values()].filter((s) => s.strict && s.errors.length > 0);
    if (failing.length === 0) return null;
    const all = failing.flatMap((s) => s.errors);
    return `The page logged ${all.length} console error(s):\n${all.map((e) => `  - ${e}`).join('\n')}`;
  };

  const args = (ctx: BrowserContext, p: Page): TestArgs => ({
    page: p,
    context: ctx,
    baseUrl,
    url: (sitePath) => resolveSiteUrl(baseUrl, sitePath),
    async gotoAndSettle(target, sitePath) {
      const href = resolveSiteUrl(baseUrl, sitePath);
      const response = await target.goto(href, { waitUntil: 'load' });
      if (!response) throw new Error(`Navigation to ${href} produced no response.`);
      await target.waitForLoadState('networkidle');
      // Settled means started: the prerendered page paints, and can be clicked, before any script
      // runs, and a click or key press before React has hydrated does nothing. React marks each
      // node it hydrates with its props key, the app's outermost element last (as the bench's
      // interaction measure waits for it).
      await target
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
      await target.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      return response;
    },
    expectNoConsoleErrors(target) {
      stateOf(target).strict = true;
      const report = consoleErrorReport();
      if (report) throw new HarnessFailure(report);
    },
    async checkAxe(target, label) {
      const results = await new AxeBuilder({ page: target }).withTags([...AXE_TAGS]).analyze();
      if (results.violations.length > 0) {
        throw new HarnessFailure(formatAxeViolations(label, results.violations));
      }
    },
    async screenshot(target, name) {
      if (!SCREENSHOT_NAME.test(name)) {
        throw new Error(`Screenshot name "${name}" must be letters, digits, '.', '_' or '-'.`);
      }
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await target.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      return file;
    },
  });

  try {
    context = await browser.newContext({
      viewport: options.viewport ?? VIEWPORTS.desktop,
      colorScheme: options.colorScheme ?? 'light',
      locale: options.locale ?? 'en-US',
      reducedMotion: options.reducedMotion ?? 'reduce',
      timezoneId: options.timezoneId ?? 'Asia/Shanghai',
      deviceScaleFactor: 1,
      serviceWorkers: 'block',
    });
    context.on('page', track);
    page = await context.newPage();
    if (!pageStates.has(page)) track(page);

    const ctx = context;
    const body = registered.fn(args(ctx, page));
    // If the timeout wins, closing the context makes the body reject; that rejection is expected.
    body.catch(() => undefined);
    await withTimeout(body, options.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS, () => {
      void ctx.close().catch(() => undefined);
    });

    const report = consoleErrorReport();
    if (report) throw new HarnessFailure(report);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    let message = describeError(error);
    const unreported = [...pageStates.values()].filter((s) => !s.strict).flatMap((s) => s.errors);
    if (unreported.length > 0) {
      message += `\n  Console errors seen during the test:\n${unreported.map((e) => `    - ${e}`).join('\n')}`;
    }
    if (page && !page.isClosed()) {
      const slug = registered.title.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
      const file = path.join(SCREENSHOT_DIR, 'failures', `${slug}.png`);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
        message += `\n  Screenshot of the failure: ${path.relative(REPO_ROOT, file)}`;
      } catch {
        // The page may be gone (crash, timeout); the error above is what matters.
      }
    }
    return { ok: false, ms: Date.now() - started, error: message };
  } finally {
    await context?.close().catch(() => undefined);
  }
}
