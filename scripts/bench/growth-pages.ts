/**
 * The growth benchmark's page measures on a site built over generated data: Lighthouse
 * performance and LCP against the same page with every script removed (the no-JS floor), the DOM
 * after load, and the initial JS, measured as the main bench measures its routes
 * (scripts/bench/lighthouse.ts, js-bytes.ts, no-js.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { View } from '../../src/store/url-state.ts';
import { startStaticServer, type StaticServer } from '../static-server.ts';
import { launchForLighthouse, shimEsbuildNames } from './chromium.ts';
import { bootScripts, findRouteChunk, initialJs, measureLoadedJs } from './js-bytes.ts';
import { medianSample, runLighthouseOnce, type LighthouseSample } from './lighthouse.ts';
import { writeNoJsCopy } from './no-js.ts';
import { isFailed, type Failed } from './results.ts';
import { roundTo } from './stats.ts';

export type GrowthPageSpec = {
  /** Site path, e.g. '/en/indicators/cement-output/'. */
  path: string;
  view: View;
  /** What the page is, for the report: 'overview', 'indicator index', 'indicator (most points)'. */
  role: 'overview' | 'index' | 'indicator';
};

export type GrowthLighthouse = {
  runs: number;
  floorRuns: number;
  /** Medians over the runs. */
  performance: number | null;
  lcp: number | null;
  tbt: number | null;
  floorLcp: number | null;
  /** Median LCP ÷ median LCP of the no-JS floor. */
  lcpRatio: number | null;
  benchmarkIndex: number | null;
};

export type GrowthPage = GrowthPageSpec & {
  lighthouse: GrowthLighthouse | Failed | null;
  /** Elements in the document after load and a quiet network, before any scrolling. */
  domNodes: number | Failed;
  /** Gzip bytes of the initial JS (as the JS table counts it). */
  initialJsBytes: number | Failed;
  /** The JSON the page fetched (data, strings), transfer bytes. */
  dataBytes: number | null;
  /** The prerendered HTML, bytes on disk (not gzipped). */
  htmlBytes: number | null;
};

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

async function attempt<T>(fn: () => Promise<T>): Promise<T | Failed> {
  try {
    return await fn();
  } catch (error) {
    return { error: errorText(error) };
  }
}

/** Elements in the page once it has loaded, the network has been quiet and a second has passed. */
export async function countDomNodes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await shimEsbuildNames(context);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(1000);
    return await page.evaluate(() => document.getElementsByTagName('*').length);
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse on each page and its no-JS floor, runs interleaved across the pages as in the main
 * bench (run 1 of every page, then run 2…), after one discarded warm-up run.
 */
async function lighthousePages(
  pages: GrowthPageSpec[],
  siteUrl: string,
  floorUrl: string,
  runs: number,
  floorRuns: number,
  log: (message: string) => void,
): Promise<Map<string, GrowthLighthouse | Failed>> {
  const chrome = await launchForLighthouse();
  const samples = new Map<string, { page: LighthouseSample[]; floor: LighthouseSample[] }>(
    pages.map((p) => [p.path, { page: [], floor: [] }]),
  );
  const failed = new Map<string, Failed>();
  const once = async (path: string, kind: 'page' | 'floor', run: number) => {
    if (failed.has(path)) return;
    const url = new URL(path.replace(/^\//, ''), kind === 'page' ? siteUrl : floorUrl).href;
    const result = await attempt(() =>
      runLighthouseOnce(url, { port: chrome.port, run, kind, label: `growth-${kind}` }),
    );
    if (isFailed(result)) {
      failed.set(path, result);
      log(`lighthouse ${kind} ${path} failed: ${result.error}`);
      return;
    }
    samples.get(path)?.[kind].push(result.sample);
    const s = result.sample;
    log(
      `lighthouse ${kind === 'floor' ? 'no-JS ' : ''}${path} run ${run}: perf ${s.scores.performance ?? 'n/a'}, LCP ${Math.round(s.metrics.lcp ?? 0)} ms, TBT ${Math.round(s.metrics.tbt ?? 0)} ms`,
    );
  };
  try {
    if (pages[0]) {
      await attempt(() =>
        runLighthouseOnce(new URL(pages[0]!.path.replace(/^\//, ''), siteUrl).href, {
          port: chrome.port,
          run: 2,
          kind: 'page',
          label: 'growth-warm-up',
        }),
      );
    }
    for (let run = 1; run <= runs; run += 1) {
      for (const p of pages) await once(p.path, 'page', run);
    }
    for (let run = 1; run <= floorRuns; run += 1) {
      for (const p of pages) await once(p.path, 'floor', run);
    }
  } finally {
    chrome.close();
  }
  return new Map(
    pages.map((p): [string, GrowthLighthouse | Failed] => {
      const fail = failed.get(p.path);
      if (fail) return [p.path, fail];
      const s = samples.get(p.path)!;
      const page = medianSample(s.page);
      const floor = medianSample(s.floor);
      const lcp = page.metrics.lcp;
      const floorLcp = floor.metrics.lcp;
      return [
        p.path,
        {
          runs: s.page.length,
          floorRuns: s.floor.length,
          performance: page.scores.performance ?? null,
          lcp,
          tbt: page.metrics.tbt,
          floorLcp,
          lcpRatio: lcp !== null && floorLcp ? roundTo(lcp / floorLcp, 3) : null,
          benchmarkIndex: page.benchmarkIndex,
        },
      ];
    }),
  );
}

/**
 * Serves the built site and its no-JS copy and measures each page. `lighthouseRuns` 0 skips
 * Lighthouse (the page's other figures are still measured).
 */
export async function measureGrowthPages(options: {
  browser: Browser;
  siteDir: string;
  nojsDir: string;
  pages: GrowthPageSpec[];
  lighthouseRuns: number;
  floorRuns: number;
  log: (message: string) => void;
}): Promise<GrowthPage[]> {
  const { browser, siteDir, pages, log } = options;
  await writeNoJsCopy(siteDir, options.nojsDir);
  const servers: StaticServer[] = [];
  try {
    const site = await startStaticServer({ root: siteDir });
    servers.push(site);
    const floor = await startStaticServer({ root: options.nojsDir });
    servers.push(floor);
    const lighthouse =
      options.lighthouseRuns > 0
        ? await lighthousePages(
            pages,
            site.url,
            floor.url,
            options.lighthouseRuns,
            Math.min(options.floorRuns, options.lighthouseRuns),
            log,
          )
        : null;
    const out: GrowthPage[] = [];
    for (const spec of pages) {
      const url = new URL(spec.path.replace(/^\//, ''), site.url).href;
      const htmlFile = join(siteDir, spec.path, 'index.html');
      const domNodes = await attempt(() => countDomNodes(browser, url));
      const loaded = await attempt(() => measureLoadedJs(browser, url));
      const initial = await attempt(async () => {
        const routeChunk = await findRouteChunk(siteDir, spec.view);
        const bootPaths = isFailed(loaded) ? [] : (bootScripts(loaded.scripts, routeChunk) ?? []);
        const js = await initialJs({
          siteDir,
          base: '/',
          html: await readFile(htmlFile, 'utf8'),
          view: spec.view,
          bootPaths,
        });
        return js.gzipBytes;
      });
      const htmlBytes = await stat(htmlFile).then(
        (s) => s.size,
        () => null,
      );
      const page: GrowthPage = {
        ...spec,
        lighthouse: lighthouse?.get(spec.path) ?? null,
        domNodes,
        initialJsBytes: initial,
        dataBytes: isFailed(loaded) ? null : loaded.dataBytes,
        htmlBytes,
      };
      out.push(page);
      const lh = page.lighthouse;
      log(
        `${spec.path}: ${lh === null ? 'no Lighthouse' : isFailed(lh) ? `Lighthouse failed (${lh.error})` : `perf ${lh.performance ?? 'n/a'}, LCP ${Math.round(lh.lcp ?? 0)} ms ÷ floor ${Math.round(lh.floorLcp ?? 0)} ms = ${lh.lcpRatio ?? 'n/a'}`}; DOM ${isFailed(domNodes) ? domNodes.error : domNodes}; initial JS ${isFailed(initial) ? initial.error : `${(initial / 1000).toFixed(1)} kB`}`,
      );
    }
    return out;
  } finally {
    for (const server of servers) await server.close();
  }
}
