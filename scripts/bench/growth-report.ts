import type { GrowthScale } from './growth.ts';
import type { GrowthPage } from './growth-pages.ts';
import { isFailed, TARGETS, type BenchResults } from './results.ts';

/** The Growth section of the bench report (markdown). */

/** Targets of the growth issue (#17) beside the site-wide ones in results.ts. */
export const GROWTH_TARGETS = {
  /** check:data over the largest data set, process start included. */
  checkDataMs: 2000,
  /** The overview's DOM at scale ÷ its DOM at 1×: it shows at most 12 indicators per sector. */
  overviewDomRatio: 1.5,
} as const;

const NA = 'n/a';

const mark = (ok: boolean): string => (ok ? '✓' : '✗');
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number | null | undefined): string =>
  value === null || value === undefined ? NA : `${Math.round(value)} ms`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function checkDataCell(g: GrowthScale): string {
  if (g.checkData.status === 'n/a') return `n/a (${g.checkData.reason})`;
  const time = `${ms(g.checkData.ms)} ${mark(g.checkData.ms <= GROWTH_TARGETS.checkDataMs)}`;
  return g.checkData.status === 'ok' ? time : `${time} (problems: ${g.checkData.summary})`;
}

function dataRows(scales: GrowthScale[]): string[][] {
  return scales.map((g) => [
    `${g.factor}×`,
    String(g.files),
    `${g.figures} / ${g.events}`,
    g.indicators === undefined ? NA : `${g.indicators} (${g.newIndicators ?? 0} new)`,
    g.longest ? `\`${g.longest.indicator}\`: ${g.longest.points}` : NA,
    checkDataCell(g),
    g.storeLoad.medianMs === null ? NA : `${g.storeLoad.medianMs.toFixed(1)} ms`,
    g.buildMs === null
      ? `failed${g.buildError ? `: ${g.buildError.split('\n')[0]}` : ''}`
      : `${ms(g.buildMs)} (${g.buildPaths?.length ?? 1} pages)`,
  ]);
}

function tableRows(scales: GrowthScale[]): string[][] {
  return scales.map((g) => {
    const t = g.table;
    if (t.status !== 'ok') return [`${g.factor}×`, `n/a: ${t.reason}`, '', '', '', '', '', ''];
    return [
      `${g.factor}×`,
      ms(t.presentMs),
      ms(t.readyMs),
      `${t.rows} ${mark(t.rows <= TARGETS.tableRows && t.rows > 0)}`,
      String(t.domNodes),
      kb(t.htmlBytes),
      kb(t.jsTransferBytes),
      kb(t.dataTransferBytes),
    ];
  });
}

/** The 1× overview's DOM nodes: the base of the overview's DOM target. */
function baseOverviewDom(scales: GrowthScale[]): number | null {
  const overview = scales
    .find((g) => g.factor === 1)
    ?.pages?.find((p) => p.role === 'overview')?.domNodes;
  return overview === undefined || isFailed(overview) ? null : overview;
}

function domCell(page: GrowthPage, factor: number, base: number | null): string {
  if (isFailed(page.domNodes)) return `failed: ${page.domNodes.error}`;
  if (page.role !== 'overview' || factor === 1 || base === null) return String(page.domNodes);
  const ratio = page.domNodes / base;
  return `${page.domNodes} (${ratio.toFixed(2)}×) ${mark(ratio <= GROWTH_TARGETS.overviewDomRatio)}`;
}

function pageRows(scales: GrowthScale[]): string[][] {
  const base = baseOverviewDom(scales);
  return scales.flatMap((g) =>
    (g.pages ?? []).map((p) => {
      const lh = p.lighthouse;
      const lhCells =
        lh === null
          ? ['not run', '', '', '', '']
          : isFailed(lh)
            ? [`failed: ${lh.error}`, '', '', '', '']
            : [
                lh.performance === null
                  ? NA
                  : `${lh.performance.toFixed(2)} ${mark(lh.performance >= TARGETS.performance)}`,
                ms(lh.lcp),
                ms(lh.floorLcp),
                lh.lcpRatio === null
                  ? NA
                  : `${lh.lcpRatio.toFixed(2)} ${mark(lh.lcpRatio <= TARGETS.lcpRatio)}`,
                ms(lh.tbt),
              ];
      return [
        `${g.factor}×`,
        `\`${p.path}\``,
        ...lhCells,
        domCell(p, g.factor, base),
        isFailed(p.initialJsBytes)
          ? `failed: ${p.initialJsBytes.error}`
          : `${kb(p.initialJsBytes)} ${mark(p.initialJsBytes <= TARGETS.initialJsBytes)}`,
        p.dataBytes === null ? NA : kb(p.dataBytes),
        p.htmlBytes === null ? NA : kb(p.htmlBytes),
      ];
    }),
  );
}

/** One line per target at the largest scale measured, each ✓ or ✗ (n/a when not measured). */
export function growthTargetSummary(scales: GrowthScale[]): string {
  const top = scales.at(-1);
  if (!top || top.factor === 1) return '';
  const pages = top.pages ?? [];
  const lighthouse = pages.map((p) => p.lighthouse);
  const measured = lighthouse.every((l) => l !== null && !isFailed(l)) && pages.length > 0;
  const values = (pick: (l: NonNullable<GrowthPage['lighthouse']>) => number | null) =>
    measured ? lighthouse.map((l) => pick(l!)) : [];
  const perf = values((l) => (isFailed(l) ? null : l.performance));
  const ratio = values((l) => (isFailed(l) ? null : l.lcpRatio));
  const js = pages.map((p) => (isFailed(p.initialJsBytes) ? null : p.initialJsBytes));
  const overview = pages.find((p) => p.role === 'overview')?.domNodes;
  const base = baseOverviewDom(scales);
  const complete = (list: (number | null)[]): list is number[] =>
    list.length > 0 && list.every((v) => v !== null);
  const verdict = (list: (number | null)[], ok: (v: number) => boolean) =>
    complete(list) ? mark(list.every(ok)) : NA;
  const domRatio =
    overview === undefined || isFailed(overview) || base === null ? null : overview / base;
  const check = top.checkData.status === 'n/a' ? null : top.checkData.ms;
  const items = [
    `performance ≥ ${TARGETS.performance} on all three pages ${verdict(perf, (v) => v >= TARGETS.performance)}${complete(perf) ? ` (lowest ${Math.min(...perf).toFixed(2)})` : ''}`,
    `LCP ≤ ${TARGETS.lcpRatio}× the no-JS floor ${verdict(ratio, (v) => v <= TARGETS.lcpRatio)}${complete(ratio) ? ` (highest ${Math.max(...ratio).toFixed(2)})` : ''}`,
    `initial JS ≤ ${kb(TARGETS.initialJsBytes)} ${verdict(js, (v) => v <= TARGETS.initialJsBytes)}${complete(js) ? ` (largest ${kb(Math.max(...js))})` : ''}`,
    `overview DOM ≤ ${GROWTH_TARGETS.overviewDomRatio}× the 1× overview's ${domRatio === null ? NA : `${mark(domRatio <= GROWTH_TARGETS.overviewDomRatio)} (${domRatio.toFixed(2)}×)`}`,
    `check:data ≤ ${GROWTH_TARGETS.checkDataMs / 1000} s ${check === null ? NA : `${mark(check <= GROWTH_TARGETS.checkDataMs)} (${ms(check)})`}`,
  ];
  return `Targets at ${top.factor}×: ${items.join('; ')}.`;
}

export function renderGrowth(results: BenchResults): string {
  const scales = results.growth?.scales ?? [];
  const runs = results.args.growthLighthouseRuns;
  const floorRuns = results.args.growthFloorRuns;
  const conflict = scales.find((g) => g.conflict)?.conflict;
  const method =
    'The curated articles plus (F − 1) × as many synthetic ones (`scripts/bench/growth-synthetic.ts`): each is one quarter of 2019–2023 for one sector, Chinese text from templates with seeded values, extending the curated indicators month by month (national, then province by province) and adding indicators they lack; one month has two values on purpose, explained with `conflictsWith` and a note' +
    (conflict ? ` (\`${conflict.figure}\`)` : '') +
    `. check:data: one run of \`tsx scripts/check-data.ts --data … --seeds … --schemas …\` (wall time, process start included). Store load: \`loadFiles\` + \`indexData\` in Node, median of 5. Build: \`scripts/bench/build-site.ts\`, prerendering only the pages measured here.`;
  const tableText = `Table: \`/en/table/\` in Chromium (1280×800, no throttling), median of the runs; present = first row in the DOM, ready = rows stable, hydrated and no long task for 1 s; rows = \`table tbody tr\` (target ≤ ${TARGETS.tableRows}: the table paginates). HTML, JS and data (the JSON the page fetches) are transfer sizes (gzip).`;
  const lighthouseText = runs
    ? `Lighthouse as above, median of ${runs} run${runs === 1 ? '' : 's'} per page and ${floorRuns ?? NA} per no-JS floor.`
    : 'Lighthouse not run (--growth-runs=0).';
  const pagesText = `Pages: the overview, the indicator index and the page of the indicator with the most points. ${lighthouseText} DOM nodes: elements after load and a quiet network (1280×800, before scrolling); the overview's target is ≤ ${GROWTH_TARGETS.overviewDomRatio}× its 1× count. Initial JS as in the JavaScript table. Data: the JSON the page fetched (gzip); HTML: the prerendered file (uncompressed).`;
  return [
    `### Growth\n\n${method}`,
    table(
      [
        'Scale',
        'Articles',
        'Figures / events',
        'Indicators',
        'Most points',
        'check:data',
        'Store load',
        'Build',
      ],
      dataRows(scales),
    ),
    tableText,
    table(
      ['Scale', 'Table present', 'Table ready', 'Rows', 'DOM nodes', 'HTML', 'JS', 'Data'],
      tableRows(scales),
    ),
    pagesText,
    table(
      [
        'Scale',
        'Page',
        'Perf',
        'LCP',
        'LCP no-JS floor',
        'LCP ÷ floor',
        'TBT',
        'DOM nodes',
        'Initial JS',
        'Data',
        'HTML',
      ],
      pageRows(scales),
    ),
    growthTargetSummary(scales),
  ]
    .filter(Boolean)
    .join('\n\n');
}
