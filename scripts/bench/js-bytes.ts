import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { shimEsbuildNames } from './chromium.ts';
import type { Browser, Page } from 'playwright-core';

/** gzip size as the static server sends it (zlib's default level). */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT =
  /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`]((?:\.{1,2}\/|\/)[^"'`\s]+?\.m?js)["'`]/g;

/** Relative or root-relative module specifiers a built ES module imports statically. */
export function staticImports(source: string): string[] {
  return [...new Set([...source.matchAll(STATIC_IMPORT)].map((m) => m[1] as string))];
}

const SCRIPT_SRC =
  /<script\b[^>]*\btype\s*=\s*["']?module["']?[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;
const SCRIPT_SRC_FIRST =
  /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*\btype\s*=\s*["']?module["']?[^>]*>/gi;
/** The entry an inline start-after-paint script imports (vite.config.ts names it in data-entry). */
const DATA_ENTRY = /<script\b[^>]*\bdata-entry\s*=\s*["']([^"']+)["'][^>]*>/gi;
const MODULEPRELOAD =
  /<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>|<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>/gi;

/** Entry scripts and modulepreloads a page's HTML names, as site paths ('/assets/index-x.js'). */
export function htmlScripts(html: string): string[] {
  const found = [
    ...[...html.matchAll(SCRIPT_SRC)].map((m) => m[1]),
    ...[...html.matchAll(SCRIPT_SRC_FIRST)].map((m) => m[1]),
    ...[...html.matchAll(DATA_ENTRY)].map((m) => m[1]),
    ...[...html.matchAll(MODULEPRELOAD)].map((m) => m[1] ?? m[2]),
  ];
  return [...new Set(found.filter((s): s is string => typeof s === 'string'))];
}

export type JsFile = { file: string; gzipBytes: number; rawBytes: number };

export type InitialJs = {
  files: JsFile[];
  gzipBytes: number;
  /** The view's own chunk (`<view>-page-*.js`), if the build names it so. */
  routeChunk: string | null;
};

/** The view's own chunk (`assets/<view>-page-*.js`), if the build names it so. */
export async function findRouteChunk(siteDir: string, view: string): Promise<string | null> {
  const assets = await readdir(join(siteDir, 'assets')).catch(() => [] as string[]);
  const name = assets.find((n) => n.startsWith(`${view}-page-`) && n.endsWith('.js'));
  return name ? `assets/${name}` : null;
}

/**
 * The JS a page loads before any chart: the HTML's entry scripts and modulepreloads, the view's
 * chunk, the scripts the boot code fetched alongside it (`bootPaths`, measured in the browser:
 * React DOM's chunk) and every module these import statically (transitively). The language's
 * strings and the data are JSON, not JS, and count as data. Sizes are gzip
 * at zlib's default level, which is exactly what the static server sends.
 */
export async function initialJs(options: {
  siteDir: string;
  /** Site base, e.g. '/'. */
  base: string;
  html: string;
  view: string;
  bootPaths?: string[];
}): Promise<InitialJs> {
  const { siteDir, base, html, view } = options;
  const routeChunk = await findRouteChunk(siteDir, view);
  const toFile = (sitePath: string): string =>
    posix.normalize(
      sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath.replace(/^\//, ''),
    );
  const queue = [
    ...htmlScripts(html).map(toFile),
    ...(routeChunk ? [routeChunk] : []),
    ...(options.bootPaths ?? []).map(toFile),
  ];
  const seen = new Set<string>();
  const files: JsFile[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const data = await readFile(join(siteDir, file)).catch(() => null);
    if (!data) continue;
    files.push({ file, gzipBytes: gzipSize(data), rawBytes: data.length });
    for (const spec of staticImports(data.toString('utf8'))) {
      queue.push(
        spec.startsWith('/')
          ? toFile(spec)
          : posix.normalize(posix.join(posix.dirname(file), spec)),
      );
    }
  }
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), routeChunk };
}

export type LoadedScript = {
  /** Path on the site, e.g. '/assets/index-x.js'. */
  path: string;
  /** Encoded (gzip) body bytes as received: Resource Timing's encodedBodySize. */
  transferBytes: number;
  startMs: number;
  responseEndMs: number;
  /** 'load': before any scrolling; 'scroll': while scrolling to the bottom. */
  phase: 'load' | 'scroll';
};

export type LoadedJs = {
  scripts: LoadedScript[];
  loadBytes: number;
  allBytes: number;
  /** JSON the page fetched (the data), transfer bytes; not JS, so outside the budgets. */
  dataBytes: number;
  scrollSteps: number;
};

/** Waits until no request has been in flight for `quietMs` (or `timeoutMs` passes). */
async function networkQuiet(page: Page, inflight: () => number, quietMs = 600, timeoutMs = 15_000) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(100);
    if (inflight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

type ResourceEntry = {
  name: string;
  encodedBodySize: number;
  startTime: number;
  responseEnd: number;
};

/** Resource Timing entries of the page's scripts (`.js`) or data (`.json`). */
function resourceEntries(page: Page, kind: 'js' | 'json'): Promise<ResourceEntry[]> {
  return page.evaluate(
    (pattern) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new RegExp(pattern).test(new URL(e.name).pathname))
        .map((e) => ({
          name: e.name,
          encodedBodySize: e.encodedBodySize,
          startTime: e.startTime,
          responseEnd: e.responseEnd,
        })),
    kind === 'js' ? '\\.m?js$' : '\\.json$',
  );
}

/**
 * Loads a page in a fresh context (empty cache) at 1280×800, waits for the network to go quiet,
 * scrolls to the bottom a screen at a time and waits again; reads every script's transfer size
 * from Resource Timing.
 */
export async function measureLoadedJs(browser: Browser, url: string): Promise<LoadedJs> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await shimEsbuildNames(context);
  const page = await context.newPage();
  await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
  let inflight = 0;
  let steps = 0;
  const done = () => {
    inflight = Math.max(0, inflight - 1);
  };
  page.on('request', () => {
    inflight += 1;
  });
  page.on('requestfailed', done);
  page.on('requestfinished', done);
  let atLoad: ResourceEntry[] = [];
  let all: ResourceEntry[] = [];
  let data: ResourceEntry[] = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    await networkQuiet(page, () => inflight);
    atLoad = await resourceEntries(page, 'js');
    for (; steps < 80; steps += 1) {
      const atBottom = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 0.8);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(150);
      if (atBottom) break;
    }
    await networkQuiet(page, () => inflight);
    all = await resourceEntries(page, 'js');
    data = await resourceEntries(page, 'json');
  } finally {
    await context.close();
  }
  const loadNames = new Set(atLoad.map((e) => e.name));
  const scripts: LoadedScript[] = all.map((e) => ({
    path: new URL(e.name).pathname,
    transferBytes: e.encodedBodySize,
    startMs: Math.round(e.startTime),
    responseEndMs: Math.round(e.responseEnd),
    phase: loadNames.has(e.name) ? 'load' : 'scroll',
  }));
  const sum = (list: LoadedScript[]) => list.reduce((total, x) => total + x.transferBytes, 0);
  return {
    scripts,
    loadBytes: sum(scripts.filter((x) => x.phase === 'load')),
    allBytes: sum(scripts),
    dataBytes: data.reduce((total, e) => total + e.encodedBodySize, 0),
    scrollSteps: steps,
  };
}

/**
 * The scripts the boot code fetches up to the view's chunk: everything requested before the
 * route chunk arrived (the entry, its preloads, React DOM's chunk). Null without a route chunk.
 */
export function bootScripts(scripts: LoadedScript[], routeChunk: string | null): string[] | null {
  if (!routeChunk) return null;
  const route = scripts.find((x) => x.path.endsWith(`/${routeChunk}`));
  if (!route) return null;
  return scripts.filter((x) => x.startMs <= route.responseEndMs).map((x) => x.path);
}
