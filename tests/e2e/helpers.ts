/**
 * Small helpers shared by the view, compare, sources, download and finish specs: the data files as
 * a reader of data/ sees them, scrolling so lazy charts draw, layout-shift measurement, overflow
 * and colour-contrast checks.
 */
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../../src/data/schema';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'artifacts');

export type Lang = 'zh' | 'en';
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

/** Every figure in data/*.json, file by file, in the files' order. */
export function loadDataFigures(): Figure[] {
  const dir = path.join(REPO_ROOT, 'data');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const parsed = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        figures?: Figure[];
      };
      return parsed.figures ?? [];
    });
}

/** The indicators data/ holds figures of, in the vocabulary's order. */
export function loadDataIndicators(): {
  id: string;
  sector: string;
  name: { zh: string; en: string };
}[] {
  const used = new Set(loadDataFigures().map((f) => f.indicator));
  const file = path.join(REPO_ROOT, 'data', 'vocabulary', 'indicators.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    indicators: { id: string; sector: string; name: { zh: string; en: string } }[];
  };
  return parsed.indicators.filter((i) => used.has(i.id));
}

/** One figure from data/ by id; fails the test if the data no longer has it. */
export function dataFigure(id: string): Figure {
  const figure = loadDataFigures().find((f) => f.id === id);
  if (!figure) throw new Error(`data/*.json has no figure "${id}" (a spec relies on it)`);
  return figure;
}

declare global {
  interface Window {
    __layoutShift?: { total: number; entries: { value: number; sources: string[] }[] };
  }
}

/**
 * Starts summing layout shifts (CLS) from the very start of every document the page loads.
 * Call before navigating; read with layoutShift().
 */
export async function observeLayoutShifts(page: Page): Promise<void> {
  // A string, not a function: the test runner's transpiler would wrap named inner functions in a
  // helper the page does not have.
  await page.addInitScript(LAYOUT_SHIFT_SCRIPT);
}

const LAYOUT_SHIFT_SCRIPT = `(() => {
  const state = { total: 0, entries: [] };
  window.__layoutShift = state;
  function describe(node) {
    if (!node) return '(gone)';
    if (!(node instanceof Element)) return node.nodeName;
    const cls = node.getAttribute('class');
    return node.tagName.toLowerCase() + (cls ? '.' + cls.trim().split(/\\s+/).join('.') : '');
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      state.total += entry.value;
      // What moved, from where to where (x,y w×h) and when: enough to tell a one-off shift in CI.
      const rect = (r) => Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + '×' + Math.round(r.height);
      state.entries.push({
        value: entry.value,
        sources: (entry.sources || []).map(
          (s) => describe(s.node) + ' ' + rect(s.previousRect) + ' → ' + rect(s.currentRect) + ' at ' + Math.round(entry.startTime) + ' ms',
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/** The layout shift summed since the document started, with what moved. */
export async function layoutShift(
  page: Page,
): Promise<{ total: number; entries: { value: number; sources: string[] }[] }> {
  const state = await page.evaluate(() => window.__layoutShift);
  if (!state) throw new Error('observeLayoutShifts(page) must be called before the page loads');
  return state;
}

/** Fails with what moved when the page's layout shift exceeds `limit`. */
export async function expectLayoutStable(page: Page, label: string, limit = 0.01): Promise<void> {
  const { total, entries } = await layoutShift(page);
  const detail = entries
    .slice(0, 8)
    .map((e) => `    ${e.value.toFixed(4)} ${e.sources.join(', ')}`)
    .join('\n');
  expect(
    total,
    `Layout shift on ${label} is ${total.toFixed(4)} (limit ${limit}); shifts:\n${detail}`,
  ).toBeLessThanOrEqual(limit);
}

/** Resolves after two animation frames, so what a change triggered has painted. */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Scrolls down the page a viewport at a time (as a reader would), so every lazy chart comes into
 * view, then waits until every chart box has drawn its <svg> (bringing back into view any chart
 * passed before the app started), and returns to the top. Returns how many charts drew.
 */
export async function scrollThrough(page: Page): Promise<number> {
  let y = 0;
  for (let step = 0; step < 80; step += 1) {
    const { height, view } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    if (y >= height - view) break;
    y += Math.round(view * 0.8);
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  const charts = await waitForCharts(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await twoFrames(page);
  return charts;
}

/** A chart's drawing as the reader sees it: a series chart's still, or a Recharts <svg>. */
export const DRAWN_SVG =
  '.chart-drawing[data-drawn="true"] > svg, .chart-drawing svg.recharts-surface';

/**
 * Waits until every lazy chart box on the page holds a drawn <svg> (a series chart's still, or
 * Recharts'); returns how many.
 *
 * A chart loads when it comes near the viewport after the app has started. A quick scroll can pass
 * a chart before that (the page paints, and can be scrolled, before any script runs), so a chart
 * still undrawn is scrolled back into view, as a reader would, and must then draw.
 */
export async function waitForCharts(page: Page, timeout = 15_000): Promise<number> {
  const allDrawn = () =>
    Array.from(document.querySelectorAll('.chart-drawing')).every(
      (box) => box.getAttribute('data-drawn') === 'true' && box.querySelector('svg'),
    );
  const boxes = page.locator('.chart-drawing');
  const count = await boxes.count();
  const deadline = Date.now() + timeout;
  for (let i = 0; i < count; i += 1) {
    if (await page.evaluate(allDrawn)) break;
    const box = boxes.nth(i);
    if ((await box.getAttribute('data-drawn')) === 'true') continue;
    await box.scrollIntoViewIfNeeded();
    await page
      .waitForFunction(
        (n) =>
          document.querySelectorAll('.chart-drawing')[n]?.getAttribute('data-drawn') === 'true',
        i,
        { timeout: Math.max(1, deadline - Date.now()) },
      )
      .catch(() => undefined);
  }
  try {
    await page.waitForFunction(allDrawn, undefined, {
      timeout: Math.max(1, deadline - Date.now()),
    });
  } catch {
    const missing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.chart-drawing'))
        .filter((box) => box.getAttribute('data-drawn') !== 'true')
        .map((box) => {
          const title = box.closest('figure')?.querySelector('.chart-title')?.textContent ?? '?';
          const failed = box.querySelector('.chart-load-failed') ? ' (load failed)' : '';
          return `${title}${failed}`;
        }),
    );
    throw new Error(
      `These charts never drew their <svg>, even scrolled into view: ${missing.join('; ')}`,
    );
  }
  return page.locator('.chart-drawing[data-drawn="true"]').count();
}

/** Fails when the page is wider than its viewport (sideways scrolling on a phone). */
export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const { scrollWidth, viewport, culprits } = await page.evaluate(() => {
    const vw = window.innerWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > vw + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= vw + 1)
      .slice(0, 5)
      .map((el) => {
        const cls = el.getAttribute('class');
        return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)})`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, viewport: vw, culprits: wide };
  });
  expect(
    scrollWidth,
    `${label} is ${scrollWidth} px wide in a ${viewport} px viewport; wider elements: ${culprits.join(', ')}`,
  ).toBeLessThanOrEqual(viewport + 1);
}

/** Parses `rgb(…)`/`rgba(…)` as computed styles give colours. */
export function parseRgb(css: string): { r: number; g: number; b: number; a: number } {
  const match =
    /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      css.trim(),
    );
  if (!match) throw new Error(`Not an rgb() colour: "${css}"`);
  const alpha = match[4];
  const a =
    alpha === undefined
      ? 1
      : alpha.endsWith('%')
        ? Number(alpha.slice(0, -1)) / 100
        : Number(alpha);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque `rgb()` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const a = luminance(parseRgb(foreground));
  const b = luminance(parseRgb(background));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Counts the pages of a PDF file (page objects, not the /Pages tree). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length, `PNG file is only ${png.length} bytes`).toBeGreaterThan(24);
  expect(
    png.subarray(0, 8).equals(signature),
    'the file does not start with the PNG signature',
  ).toBe(true);
  expect(png.subarray(12, 16).toString('latin1'), 'the first PNG chunk is not IHDR').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
