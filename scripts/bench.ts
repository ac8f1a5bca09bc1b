/**
 * `npm run bench`: prints performance figures of the built site (never pass/fail).
 *
 * 1. Lighthouse (default config: mobile, simulated throttling) on every route in both languages,
 *    and on the same pages with every script removed (the no-JS floor): scores, LCP, FCP, TBT,
 *    CLS and LCP ÷ floor LCP.
 * 2. JS bytes (gzip) per route: what loads before any chart, and everything after scrolling.
 * 3. Click-to-paint latency under 4× CPU throttling: language switch, adding a compare sector.
 * 4. Growth: synthetic articles at 1×, 10× and 100× the data: check:data, store load, build, the
 *    all-data table, and Lighthouse, DOM and initial JS of the overview, the indicator index and
 *    the longest indicator's page.
 *
 * Writes bench-results/latest.{json,md}, prints the markdown and updates README.md between
 * <!-- bench:start --> and <!-- bench:end -->.
 *
 * Usage: tsx scripts/bench.ts [--no-build] [--quick] [--only=lighthouse|js|interactions|growth]
 *        [--growth=10,100] [--growth-runs=N]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { parseBenchArgs, type BenchArgs } from './bench/args.ts';
import { chromiumPath, launchForLighthouse, launchPlaywright } from './bench/chromium.ts';
import { measureGrowth } from './bench/growth.ts';
import { CPU_THROTTLING, INTERACTIONS, measureInteraction } from './bench/interactions.ts';
import { bootScripts, findRouteChunk, initialJs, measureLoadedJs } from './bench/js-bytes.ts';
import { libraryFloor } from './bench/library-floor.ts';
import {
  combineRuns,
  runLighthouseOnce,
  type LighthouseRun,
  type LighthouseSample,
} from './bench/lighthouse.ts';
import { writeNoJsCopy } from './bench/no-js.ts';
import { renderMarkdown, replaceReadmeSection } from './bench/report.ts';
import {
  isFailed,
  TARGETS,
  type BenchResults,
  type Failed,
  type RouteJs,
  type RouteLighthouse,
} from './bench/results.ts';
import { routesFor, type BenchRoute } from './bench/routes.ts';
import { roundTo } from './bench/stats.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'bench-results');
const TMP_DIR = join(OUT_DIR, 'tmp');
const SITE_DIR = join(TMP_DIR, 'site');
const NOJS_DIR = join(TMP_DIR, 'dist-nojs');
/** No-JS floors need only a stable LCP: it moved by at most 15% between runs (the last full runs). */
const FLOOR_RUNS = 3;

const started = performance.now();
function log(message: string): void {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(
    `[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${message}`,
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

function environment(): BenchResults['environment'] {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch (error) {
    chromium = `unknown (${errorText(error)})`;
  }
  const lighthouse = (
    JSON.parse(
      execFileSync('node', ['-p', 'JSON.stringify(require("lighthouse/package.json"))'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { version: string }
  ).version;
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    lighthouse,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: roundTo(os.totalmem() / 1024 ** 3, 1),
    loadAverageAtStart: os.loadavg().map((v) => roundTo(v, 2)),
  };
}

/** `npm run build` with SITE_URL at the bench server, so canonical links are absolute. */
function npmBuild(origin: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: origin },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`npm run build failed (exit ${code}):\n${output.slice(-3000)}`)),
    );
  });
}

/** Builds (unless --no-build), then snapshots dist/ so a concurrent build cannot change it. */
async function prepareSite(args: BenchArgs, origin: string): Promise<void> {
  if (args.build) {
    log(`npm run build (SITE_URL=${origin})`);
    await npmBuild(origin);
  }
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'en', 'index.html'))) {
    throw new Error('dist/en/index.html is missing: run npm run build (or drop --no-build).');
  }
  await rm(SITE_DIR, { recursive: true, force: true });
  await cp(dist, SITE_DIR, { recursive: true });
  const html = await readFile(join(SITE_DIR, 'en', 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? '';
  if (!canonical.startsWith(origin)) {
    log(
      `warning: canonical link is "${canonical}", not under ${origin}: the SEO canonical audit will judge that link (build with SITE_URL=${origin}).`,
    );
  }
  const pages = await writeNoJsCopy(SITE_DIR, NOJS_DIR);
  log(
    `site copied to bench-results/tmp/site; no-JS floor of ${pages} pages in bench-results/tmp/dist-nojs`,
  );
}

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | Failed> {
  try {
    return await fn();
  } catch (error) {
    log(`${what} failed: ${errorText(error)}`);
    return { error: errorText(error) };
  }
}

/** Runs of one URL so far: the samples and the first run's report, or the error that ended them. */
type RunsOf = { samples: LighthouseSample[]; first?: LighthouseRun['lhr'] } | Failed;

/**
 * Lighthouse on every route and its no-JS floor, the runs interleaved: run 1 of every route, then
 * run 2 of every route, and so on. A burst of load on the machine then falls on one run of
 * several routes, and each route's median sets it aside, instead of on every run of one route.
 * Floors take at most FLOOR_RUNS runs: their LCP is what the table uses, and it varies little.
 */
async function runLighthouse(
  routes: BenchRoute[],
  runs: number,
  siteOrigin: string,
  floorOrigin: string,
): Promise<NonNullable<BenchResults['lighthouse']>> {
  const chrome = await launchForLighthouse();
  const saveDir = join(TMP_DIR, 'lighthouse');
  await rm(saveDir, { recursive: true, force: true });
  const slug = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
  // The static server ignores the query, so a view with parameters shares its floor.
  const floorPathOf = (path: string) => path.split('?')[0] as string;
  const floorPaths = [...new Set(routes.map((r) => floorPathOf(r.path)))];
  const floorRuns = Math.min(runs, FLOOR_RUNS);
  const pages = new Map<string, RunsOf>(routes.map((r) => [r.path, { samples: [] }]));
  const floors = new Map<string, RunsOf>(floorPaths.map((p) => [p, { samples: [] }]));

  const measure = async (
    runsOf: Map<string, RunsOf>,
    path: string,
    url: string,
    kind: 'page' | 'floor',
    run: number,
    total: number,
  ) => {
    const sofar = runsOf.get(path);
    if (!sofar || isFailed(sofar)) return;
    const label = kind === 'page' ? slug(path) : `nojs-${slug(path)}`;
    const what = kind === 'page' ? `lighthouse ${path}` : `lighthouse no-JS ${path}`;
    const start = performance.now();
    const result = await attempt(what, () =>
      runLighthouseOnce(url, { port: chrome.port, run, kind, saveDir, label }),
    );
    if (isFailed(result)) {
      runsOf.set(path, result);
      return;
    }
    sofar.samples.push(result.sample);
    sofar.first ??= result.lhr;
    const s = result.sample;
    log(
      `${what}${kind === 'floor' ? ' floor' : ''} run ${run}/${total}: perf ${s.scores.performance ?? 'n/a'}, LCP ${Math.round(s.metrics.lcp ?? 0)} ms, TBT ${Math.round(s.metrics.tbt ?? 0)} ms (${((performance.now() - start) / 1000).toFixed(1)} s)`,
    );
  };

  try {
    // A discarded first run: Chromium's first navigation also starts its compositor and caches
    // (first paint 1.2 s unthrottled, against 0.2–0.3 s on every later page), which would fall on
    // whichever route came first.
    if (routes[0]) {
      await attempt('lighthouse warm-up', () =>
        runLighthouseOnce(new URL(routes[0]!.path, siteOrigin).href, {
          port: chrome.port,
          run: 2,
          kind: 'page',
          label: 'warm-up',
        }),
      );
    }
    for (let run = 1; run <= runs; run += 1) {
      for (const route of routes) {
        await measure(pages, route.path, new URL(route.path, siteOrigin).href, 'page', run, runs);
      }
    }
    for (let run = 1; run <= floorRuns; run += 1) {
      for (const path of floorPaths) {
        await measure(floors, path, new URL(path, floorOrigin).href, 'floor', run, floorRuns);
      }
    }
  } finally {
    chrome.close();
  }

  const measureOf = (runsOf: RunsOf | undefined, kind: 'page' | 'floor') =>
    !runsOf || isFailed(runsOf)
      ? (runsOf ?? { error: 'not run' })
      : combineRuns(runsOf.samples, runsOf.first, kind);
  const out: RouteLighthouse[] = routes.map((route) => {
    const page = measureOf(pages.get(route.path), 'page');
    const floor = measureOf(floors.get(floorPathOf(route.path)), 'floor');
    const lcp = isFailed(page) ? null : page.median.metrics.lcp;
    const floorLcp = isFailed(floor) ? null : floor.median.metrics.lcp;
    return {
      path: route.path,
      page,
      floor,
      lcpRatio: lcp !== null && floorLcp ? roundTo(lcp / floorLcp, 3) : null,
    };
  });
  return {
    runs,
    floorRuns,
    config:
      "Lighthouse default config (mobile form factor, simulated throttling), in headless Chromium with scrollbars hidden (`--hide-scrollbars`, as headless Puppeteer does: otherwise DevTools screenshots every frame of the overlay scrollbar that Lighthouse's phone emulation flashes after first paint, on any page taller than the screen, 200+ ms of CPU competing with the page; see scripts/bench/chromium.ts)",
    routes: out,
  };
}

async function runJs(
  browser: Browser,
  routes: BenchRoute[],
  origin: string,
): Promise<NonNullable<BenchResults['js']>> {
  const out: RouteJs[] = [];
  for (const route of routes) {
    const loaded = await attempt(`js ${route.path}`, () =>
      measureLoadedJs(browser, new URL(route.path, origin).href),
    );
    const routeChunk = await findRouteChunk(SITE_DIR, route.view);
    const bootPaths = isFailed(loaded) ? null : bootScripts(loaded.scripts, routeChunk);
    const htmlFile = join(SITE_DIR, route.path.split('?')[0] as string, 'index.html');
    const initial = await attempt(`initial js ${route.path}`, async () =>
      initialJs({
        siteDir: SITE_DIR,
        base: '/',
        html: await readFile(htmlFile, 'utf8'),
        view: route.view,
        bootPaths: bootPaths ?? [],
      }),
    );
    out.push({ path: route.path, initial, bootPaths, loaded });
    log(
      `js ${route.path}: initial ${isFailed(initial) ? initial.error : `${(initial.gzipBytes / 1000).toFixed(1)} kB`}, all ${isFailed(loaded) ? loaded.error : `${(loaded.allBytes / 1000).toFixed(1)} kB (${loaded.scripts.length} scripts)`}`,
    );
  }
  const floor = await attempt('library floor', () => libraryFloor(ROOT));
  if (!isFailed(floor)) {
    log(`library floor: ${(floor.togetherGzipBytes / 1000).toFixed(1)} kB gzip together`);
  }
  return {
    budgets: { initialBytes: TARGETS.initialJsBytes, allBytes: TARGETS.allJsBytes },
    method:
      'Initial: the entry the page’s inline start script imports once the page has painted (or, in a page without one, the entry script and its modulepreloads), the view chunk, the scripts the boot code fetches before that chunk arrives (React DOM’s chunk), and all their static imports (the language’s strings, the data and the articles’ texts are JSON, not JS; the charts’ code, their frames and shaping included, and compare’s download menu load as they near the viewport or when the browser is idle, and count under All); gzipped here at zlib’s default level, byte for byte what the static server sends. All: every script Chromium (1280×800, empty cache) fetched after load, scrolling to the bottom and 600 ms of network quiet, as Resource Timing encodedBodySize (gzip body bytes, headers excluded).',
    routes: out,
    libraryFloor: floor,
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const origin = `http://127.0.0.1:${args.port}`;
  const floorOrigin = `http://127.0.0.1:${args.port + 1}`;
  const lighthouseRoutes = routesFor(args.quick, args.extraRoutes);
  const jsRoutes = routesFor(args.quick, true);
  const results: BenchResults = {
    environment: environment(),
    args,
    durationMs: 0,
    partMs: {},
    errors: [],
  };
  let partStart = performance.now();
  const endPart = (name: string) => {
    results.partMs[name] = Math.round(performance.now() - partStart);
    partStart = performance.now();
  };
  log(
    `bench: ${args.parts.join(', ')}${args.quick ? ' (quick)' : ''}; ${results.environment.cpus} cores, ${results.environment.chromium}`,
  );
  await mkdir(TMP_DIR, { recursive: true });

  const needsSite = args.parts.some((p) => p !== 'growth');
  const servers: StaticServer[] = [];
  let siteReady = false;
  if (needsSite) {
    try {
      await prepareSite(args, origin);
      servers.push(await startStaticServer({ root: SITE_DIR, port: args.port }));
      servers.push(await startStaticServer({ root: NOJS_DIR, port: args.port + 1 }));
      siteReady = true;
      endPart('site');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`site not ready: ${message}`);
      results.errors.push(
        `Lighthouse, JS and interactions: ${message.split('\n').slice(0, 3).join(' ')}`,
      );
    }
  }

  let browser: Browser | undefined;
  try {
    if (siteReady && args.parts.includes('lighthouse')) {
      log(
        `lighthouse: ${lighthouseRoutes.length} routes × (page + no-JS floor) × ${args.lighthouseRuns} run(s)`,
      );
      results.lighthouse = await runLighthouse(
        lighthouseRoutes,
        args.lighthouseRuns,
        origin,
        floorOrigin,
      );
      endPart('lighthouse');
    }
    const needsBrowser =
      (siteReady && args.parts.some((p) => p === 'js' || p === 'interactions')) ||
      args.parts.includes('growth');
    if (needsBrowser) browser = await launchPlaywright();
    if (siteReady && browser && args.parts.includes('js')) {
      results.js = await runJs(browser, jsRoutes, origin);
      endPart('js');
    }
    if (siteReady && browser && args.parts.includes('interactions')) {
      const list = [];
      for (const spec of INTERACTIONS) {
        const result = await measureInteraction(
          browser,
          origin,
          spec,
          args.interactionReps,
          (rep, s) =>
            log(
              `interaction ${spec.id} ${rep}/${args.interactionReps}: ${typeof s === 'string' ? s : `event ${s.eventTimingMs === null ? '<16' : Math.round(s.eventTimingMs)} ms, rAF ${Math.round(s.rafMs ?? NaN)} ms${s.fullNavigation ? ' (full page load)' : ''}`}`,
            ),
        );
        list.push(result);
      }
      results.interactions = {
        cpuThrottling: CPU_THROTTLING,
        reps: args.interactionReps,
        viewport: '1280×800',
        results: list,
      };
      endPart('interactions');
    }
    if (browser && args.parts.includes('growth')) {
      const scales = [];
      for (const factor of args.growthFactors) {
        try {
          scales.push(
            await measureGrowth({
              browser,
              factor,
              workDir: join(TMP_DIR, 'growth', `x${factor}`),
              storeReps: 5,
              tableRuns: args.quick ? 1 : 3,
              lighthouseRuns: args.growthLighthouseRuns,
              floorRuns: args.growthFloorRuns,
              log: (m) => log(`growth ${m}`),
            }),
          );
        } catch (error) {
          log(`growth ${factor}× failed: ${errorText(error)}`);
          results.errors.push(`growth at ${factor}×: ${errorText(error)}`);
        }
      }
      results.growth = { scales };
      endPart('growth');
    }
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
  }

  results.durationMs = Math.round(performance.now() - started);
  results.environment.loadAverageAtEnd = os.loadavg().map((v) => roundTo(v, 2));
  const markdown = renderMarkdown(results, true);
  await writeFile(join(OUT_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(OUT_DIR, 'latest.md'), `# Benchmark\n\n${markdown}`);
  await updateReadme(results);
  console.log(`\n${markdown}`);
  log(
    `done in ${(results.durationMs / 60_000).toFixed(1)} min: bench-results/latest.{json,md}, README.md Performance section`,
  );
}

/** Rewrites only the README section between the bench markers (prettier-formatted). */
async function updateReadme(results: BenchResults): Promise<void> {
  const file = join(ROOT, 'README.md');
  const readme = await readFile(file, 'utf8');
  const options = (await resolveConfig(file)) ?? {};
  const section = await format(
    `${renderMarkdown(results, false)}\nFull figures, file lists and the worst offenders: \`bench-results/latest.md\` (raw: \`latest.json\`).\n`,
    { ...options, parser: 'markdown' },
  );
  await writeFile(file, replaceReadmeSection(readme, section));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
