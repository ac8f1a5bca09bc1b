import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadFiles, type RawFile } from '../../src/data/load.ts';
import type { Vocabulary } from '../../src/data/vocabulary.ts';
import { indexData } from '../../src/store/data-slice.ts';
import { startStaticServer } from '../static-server.ts';
import { dataVocabularyDir, readVocabulary } from '../vocabulary.ts';
import { buildSite } from './build-site.ts';
import { shimEsbuildNames } from './chromium.ts';
import { measureGrowthPages, type GrowthPage, type GrowthPageSpec } from './growth-pages.ts';
import { generateSyntheticData, type SyntheticData } from './growth-synthetic.ts';
import { median } from './stats.ts';

export type CheckDataRun =
  | { status: 'ok' | 'problems'; ms: number; exitCode: number; summary: string }
  | { status: 'n/a'; reason: string };

export type TableRender =
  | {
      status: 'ok';
      runs: number;
      /** Navigation start → first `table tbody tr` in the DOM (prerendered HTML parsed). */
      presentMs: number | null;
      /** Navigation start → the table carries React's fiber key (hydrated). */
      hydratedMs: number | null;
      /** Navigation start → rows stable, hydrated and the last long task over. */
      readyMs: number | null;
      rows: number;
      domNodes: number;
      htmlBytes: number;
      jsTransferBytes: number;
      /** The data file(s) fetched as JSON, transfer bytes. */
      dataTransferBytes: number;
      samplesReadyMs: number[];
    }
  | { status: 'n/a'; reason: string };

export type GrowthScale = {
  factor: number;
  /** Data files (one per article). */
  files: number;
  figures: number;
  events: number;
  /** Indicators with figures (one page each) and how many of them the curated data lacks. */
  indicators?: number;
  newIndicators?: number;
  /** The indicator with the most points, whose page is measured. */
  longest?: SyntheticData['longest'];
  /** The deliberate conflict (a figure with conflictsWith) in the data set, if any. */
  conflict?: SyntheticData['conflict'];
  checkData: CheckDataRun;
  storeLoad: { medianMs: number | null; samplesMs: number[] };
  /** The pages built (prerendered) in `buildMs`. */
  buildPaths?: string[];
  buildMs: number | null;
  buildError?: string;
  table: TableRender;
  pages?: GrowthPage[];
};

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `tsx scripts/check-data.ts --data <dir> --seeds <dir> --schemas <dir>`: wall time, exit code,
 * summary line. The schemas go to `schemasDir`: from a generated vocabulary they must not
 * overwrite the project's schemas/.
 */
export function runCheckData(
  dataDir: string,
  seedsDir: string,
  schemasDir: string,
): Promise<CheckDataRun> {
  const script = join(ROOT, 'scripts', 'check-data.ts');
  if (!existsSync(script))
    return Promise.resolve({ status: 'n/a', reason: 'scripts/check-data.ts is missing' });
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--data', dataDir, '--seeds', seedsDir, '--schemas', schemasDir],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', (error) => resolve({ status: 'n/a', reason: error.message }));
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      const lines = out.trim().split('\n');
      // The last check:data line is the verdict (regenerated schemas are reported before it).
      const summary = lines.findLast((l) => l.startsWith('check:data:')) ?? lines.at(-1) ?? '';
      if (code === 2 && /usage/i.test(out)) {
        resolve({
          status: 'n/a',
          reason: `check-data.ts does not take --data/--seeds: ${summary}`,
        });
      } else {
        resolve({ status: code === 0 ? 'ok' : 'problems', ms, exitCode: code ?? -1, summary });
      }
    });
  });
}

async function readJsonDir(root: string, dir: string): Promise<RawFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: relative(root, join(dir, name)),
      json: JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown,
    })),
  );
}

/** Median time of validating (loadFiles) and indexing (indexData) the parsed files, in node. */
export async function timeStoreLoad(
  dataDir: string,
  seedsDir: string,
  reps: number,
  vocabulary?: Vocabulary,
): Promise<{ medianMs: number | null; samplesMs: number[] }> {
  const data = await readJsonDir(ROOT, dataDir);
  const seeds = await readJsonDir(ROOT, seedsDir);
  const samplesMs: number[] = [];
  for (let i = 0; i < reps; i += 1) {
    const start = performance.now();
    const result = loadFiles(data, seeds, vocabulary);
    const indexed = indexData(result);
    samplesMs.push(performance.now() - start);
    if (indexed.loadErrors.length > 0 && i === 0) {
      throw new Error(
        `generated data at ${dataDir} does not validate: ${indexed.loadErrors[0]?.file}: ${indexed.loadErrors[0]?.problems[0]?.message}`,
      );
    }
  }
  return { medianMs: median(samplesMs), samplesMs };
}

type TableProbe = {
  firstRow: number | null;
  lastRowChange: number | null;
  hydrated: number | null;
  longTaskEnd: number;
  rows: number;
};

/** Opens /en/table/ `runs` times (fresh context each) and times the table becoming ready. */
export async function measureTable(
  browser: Browser,
  url: string,
  runs: number,
): Promise<
  Omit<Extract<TableRender, { status: 'ok' }>, 'htmlBytes'> | { status: 'n/a'; reason: string }
> {
  const samples: {
    probe: TableProbe;
    domNodes: number;
    ready: number;
    js: number;
    data: number;
  }[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await shimEsbuildNames(context);
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const m = {
          firstRow: null as number | null,
          lastRowChange: null as number | null,
          hydrated: null as number | null,
          longTaskEnd: 0,
          rows: 0,
        };
        (window as unknown as { __benchTable: typeof m }).__benchTable = m;
        const check = () => {
          const n = document.querySelectorAll('table tbody tr').length;
          if (n !== m.rows) {
            m.rows = n;
            m.lastRowChange = performance.now();
            if (n > 0 && m.firstRow === null) m.firstRow = m.lastRowChange;
          }
          if (m.hydrated === null) {
            const table = document.querySelector('table');
            if (table && Object.keys(table).some((k) => k.startsWith('__reactFiber'))) {
              m.hydrated = performance.now();
            }
          }
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true });
        // Hydration changes no DOM: look for React's key on every frame until it appears.
        const frame = () => {
          check();
          if (m.hydrated === null) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              m.longTaskEnd = Math.max(m.longTaskEnd, e.startTime + e.duration);
          }).observe({ type: 'longtask', buffered: true });
        } catch {
          // no Long Tasks API: readiness then rests on rows and hydration alone
        }
      });
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const start = Date.now();
      let probe: TableProbe | null = null;
      while (Date.now() - start < 30_000) {
        await page.waitForTimeout(200);
        const state = await page.evaluate(() => ({
          probe: (window as unknown as { __benchTable: TableProbe }).__benchTable,
          now: performance.now(),
          hasTable: document.querySelector('table') !== null,
        }));
        probe = state.probe;
        if (!state.hasTable && Date.now() - start > 3_000) {
          return { status: 'n/a', reason: `no <table> on ${new URL(url).pathname}` };
        }
        const last = Math.max(probe.lastRowChange ?? 0, probe.hydrated ?? 0, probe.longTaskEnd);
        if (probe.hydrated !== null && state.now - last >= 1000) break;
      }
      if (!probe) return { status: 'n/a', reason: 'could not read the page' };
      const extra = await page.evaluate(() => ({
        domNodes: document.getElementsByTagName('*').length,
        js: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
          .reduce((sum, e) => sum + e.encodedBodySize, 0),
        data: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => /\.json$/.test(new URL(e.name).pathname))
          .reduce((sum, e) => sum + e.encodedBodySize, 0),
      }));
      const ready = Math.max(
        probe.firstRow ?? 0,
        probe.lastRowChange ?? 0,
        probe.hydrated ?? 0,
        probe.longTaskEnd,
      );
      samples.push({ probe, domNodes: extra.domNodes, ready, js: extra.js, data: extra.data });
    } finally {
      await context.close();
    }
  }
  const med = (pick: (s: (typeof samples)[number]) => number | null) =>
    median(samples.map(pick).filter((v): v is number => v !== null));
  const last = samples.at(-1);
  return {
    status: 'ok',
    runs,
    presentMs: med((s) => s.probe.firstRow),
    hydratedMs: med((s) => s.probe.hydrated),
    readyMs: med((s) => s.ready),
    rows: last?.probe.rows ?? 0,
    domNodes: last?.domNodes ?? 0,
    jsTransferBytes: last?.js ?? 0,
    dataTransferBytes: last?.data ?? 0,
    samplesReadyMs: samples.map((s) => s.ready),
  };
}

/** The pages measured at each scale beside the table. */
export function growthPageSpecs(longestIndicator: string): GrowthPageSpec[] {
  return [
    { path: '/en/', view: 'overview', role: 'overview' },
    { path: '/en/indicators/', view: 'indicators', role: 'index' },
    { path: `/en/indicators/${longestIndicator}/`, view: 'indicator', role: 'indicator' },
  ];
}

/**
 * Generates data at `factor`× and measures check:data, the store load, the build, the table
 * render and the overview, indicator index and longest indicator's page.
 */
export async function measureGrowth(options: {
  browser: Browser;
  factor: number;
  workDir: string;
  storeReps: number;
  tableRuns: number;
  /** Lighthouse runs per page (0: none) and per no-JS floor. */
  lighthouseRuns: number;
  floorRuns: number;
  log: (message: string) => void;
}): Promise<GrowthScale> {
  const { factor, workDir, log } = options;
  const generated = await generateSyntheticData({
    dataDir: join(ROOT, 'data'),
    seedsDir: join(ROOT, 'seeds'),
    outDir: workDir,
    factor,
  });
  const dataDir = relative(ROOT, generated.dataDir);
  const seedsDir = relative(ROOT, generated.seedsDir);
  log(
    `${factor}×: ${generated.files} articles, ${generated.figures} figures, ${generated.events} events, ${generated.indicators} indicators; longest series ${generated.longest.indicator} (${generated.longest.points} points)`,
  );
  const checkData = await runCheckData(dataDir, seedsDir, join(workDir, 'schemas'));
  log(
    `${factor}×: check:data ${'ms' in checkData ? `${Math.round(checkData.ms)} ms (${checkData.summary})` : checkData.reason}`,
  );
  const vocabulary = readVocabulary(dataVocabularyDir(generated.dataDir));
  const storeLoad = await timeStoreLoad(dataDir, seedsDir, options.storeReps, vocabulary);
  log(
    `${factor}×: store load ${storeLoad.medianMs?.toFixed(1)} ms (median of ${options.storeReps})`,
  );
  const siteDir = join(workDir, 'site');
  const specs = growthPageSpecs(generated.longest.indicator);
  const buildPaths = ['/en/table/', ...specs.map((p) => p.path)];
  const scale = {
    factor,
    files: generated.files,
    figures: generated.figures,
    events: generated.events,
    indicators: generated.indicators,
    newIndicators: generated.newIndicators,
    longest: generated.longest,
    conflict: generated.conflict,
    checkData,
    storeLoad,
    buildPaths,
  };
  let buildMs: number | null = null;
  try {
    buildMs = await buildSite({ outDir: siteDir, paths: buildPaths, dataDir, seedsDir });
    log(`${factor}×: built ${buildPaths.length} pages in ${Math.round(buildMs)} ms`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${factor}×: build failed: ${message.split('\n')[0]}`);
    return {
      ...scale,
      buildMs,
      buildError: message.slice(0, 1000),
      table: { status: 'n/a', reason: 'the build failed' },
      pages: [],
    };
  }
  let table: TableRender;
  const server = await startStaticServer({ root: siteDir });
  try {
    const measured = await measureTable(
      options.browser,
      new URL('en/table/', server.url).href,
      options.tableRuns,
    );
    const htmlBytes = (await stat(join(siteDir, 'en', 'table', 'index.html'))).size;
    table = measured.status === 'ok' ? { ...measured, htmlBytes } : measured;
  } finally {
    await server.close();
  }
  log(
    `${factor}×: table ${table.status === 'ok' ? `ready ${Math.round(table.readyMs ?? 0)} ms, ${table.rows} rows` : table.reason}`,
  );
  const pages = await measureGrowthPages({
    browser: options.browser,
    siteDir,
    nojsDir: join(workDir, 'site-nojs'),
    pages: specs,
    lighthouseRuns: options.lighthouseRuns,
    floorRuns: options.floorRuns,
    log: (m) => log(`${factor}×: ${m}`),
  });
  return { ...scale, buildMs, table, pages };
}
