import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import type { Flags, Result as LighthouseResult } from 'lighthouse';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
export type Metric = keyof typeof METRICS;

export type LighthouseSample = {
  scores: Partial<Record<Category, number | null>>;
  metrics: Record<Metric, number | null>;
  /** Lighthouse's measure of this machine's CPU speed (higher is faster; ~1000+ is a fast desktop). */
  benchmarkIndex: number | null;
  runtimeError?: string;
  warnings: string[];
};

/** A failing audit of a category, with the page nodes or items that fail it. */
export type FailingAudit = {
  category: Category;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  items: string[];
};

/** What makes the page's LCP and TBT what they are, from one run's audits. */
export type PerfDiagnostics = {
  /** Unthrottled timings of the real load Lighthouse simulates from (ms from navigation). */
  observed: { fcp: number | null; dcl: number | null; load: number | null };
  lcpElement: string | null;
  lcpPhases: Record<string, number>;
  longTasks: { url: string; ms: number }[];
  scriptBootup: { url: string; scriptingMs: number; totalMs: number }[];
  renderBlocking: { url: string; wastedMs: number }[];
  opportunities: { id: string; title: string; displayValue: string }[];
};

export type LighthouseMeasure = {
  runs: number;
  samples: LighthouseSample[];
  /** Median over the runs of each score and metric. */
  median: LighthouseSample;
  failing: FailingAudit[];
  diagnostics: PerfDiagnostics | null;
};

type Lhr = LighthouseResult;
type Details = Record<string, unknown> | undefined;

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Scores and metrics of one Lighthouse result. */
export function sampleOf(lhr: Lhr): LighthouseSample {
  const scores: LighthouseSample['scores'] = {};
  for (const c of CATEGORIES) {
    if (lhr.categories[c]) scores[c] = numberOrNull(lhr.categories[c].score);
  }
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [key, numberOrNull(lhr.audits[id]?.numericValue)]),
  ) as Record<Metric, number | null>;
  return {
    scores,
    metrics,
    benchmarkIndex: numberOrNull(lhr.environment?.benchmarkIndex),
    ...(lhr.runtimeError
      ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
      : {}),
    warnings: lhr.runWarnings.map(String),
  };
}

function medianOf(values: (number | null | undefined)[]): number | null {
  return median(values.filter((v): v is number => typeof v === 'number'));
}

/** The median of each score and metric over several runs (runs without a value are skipped). */
export function medianSample(samples: LighthouseSample[]): LighthouseSample {
  const scores: LighthouseSample['scores'] = {};
  for (const c of CATEGORIES) {
    if (samples.some((s) => c in s.scores)) scores[c] = medianOf(samples.map((s) => s.scores[c]));
  }
  const metrics = Object.fromEntries(
    Object.keys(METRICS).map((m) => [m, medianOf(samples.map((s) => s.metrics[m as Metric]))]),
  ) as Record<Metric, number | null>;
  return {
    scores,
    metrics,
    benchmarkIndex: medianOf(samples.map((s) => s.benchmarkIndex)),
    warnings: [...new Set(samples.flatMap((s) => s.warnings))],
  };
}

/** Short text for an audit detail item: the node's selector/snippet, a URL, or the text fields. */
function describeItem(item: Record<string, unknown>): string {
  const node = item.node as Record<string, unknown> | undefined;
  const parts: string[] = [];
  if (node) {
    const label = node.nodeLabel ?? node.selector;
    if (label) parts.push(String(label).slice(0, 80));
    if (node.snippet) parts.push(String(node.snippet).slice(0, 160));
    if (node.explanation) parts.push(String(node.explanation).split('\n').slice(0, 3).join(' '));
  }
  for (const key of ['description', 'source', 'url', 'name', 'value', 'issueType', 'subItems']) {
    const v = item[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object') {
      const inner = (v as { items?: Record<string, unknown>[] }).items;
      const url = (v as { url?: string }).url;
      if (Array.isArray(inner)) parts.push(inner.slice(0, 3).map(describeItem).join('; '));
      else if (url) parts.push(url);
    } else {
      parts.push(String(v).slice(0, 200));
    }
  }
  return parts.join(' · ');
}

function detailItems(details: Details): Record<string, unknown>[] {
  if (!details) return [];
  const items = details.items;
  if (!Array.isArray(items)) return [];
  // 'list' details nest tables: flatten one level.
  return items.flatMap((item: Record<string, unknown>) =>
    item && typeof item === 'object' && Array.isArray(item.items)
      ? (item.items as Record<string, unknown>[])
      : [item],
  );
}

/** Audits of accessibility, best practices and SEO that do not pass, with what fails them. */
export function failingAudits(lhr: Lhr): FailingAudit[] {
  const out: FailingAudit[] = [];
  for (const c of CATEGORIES) {
    if (c === 'performance') continue;
    const category = lhr.categories[c];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      const items = detailItems(audit.details as Details)
        .slice(0, 5)
        .map(describeItem)
        .filter(Boolean);
      out.push({
        category: c,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: audit.explanation ? [audit.explanation, ...items] : items,
      });
    }
  }
  return out;
}

/** The LCP element and phases, the long tasks and script costs behind TBT, the top savings. */
export function perfDiagnostics(lhr: Lhr): PerfDiagnostics {
  const a = lhr.audits;
  const lcpItems = detailItems(a['largest-contentful-paint-element']?.details as Details);
  const lcpNode = lcpItems.find((i) => i.node);
  const lcpPhases: Record<string, number> = {};
  for (const item of lcpItems) {
    if (typeof item.phase === 'string' && typeof item.timing === 'number') {
      lcpPhases[item.phase] = Math.round(item.timing);
    }
  }
  // Lighthouse 12 also reports the phases as an insight; take it when the legacy audit has none.
  if (Object.keys(lcpPhases).length === 0) {
    for (const item of detailItems(a['lcp-breakdown-insight']?.details as Details)) {
      const label = item.label ?? item.subpart;
      if (typeof label === 'string' && typeof item.duration === 'number') {
        lcpPhases[label] = Math.round(item.duration);
      }
    }
  }
  const longTasks = detailItems(a['long-tasks']?.details as Details)
    .map((i) => ({ url: String(i.url ?? ''), ms: Math.round(Number(i.duration ?? 0)) }))
    .slice(0, 5);
  const scriptBootup = detailItems(a['bootup-time']?.details as Details)
    .map((i) => ({
      url: String(i.url ?? ''),
      scriptingMs: Math.round(Number(i.scripting ?? 0)),
      totalMs: Math.round(Number(i.total ?? 0)),
    }))
    .slice(0, 5);
  const renderBlocking = detailItems(a['render-blocking-resources']?.details as Details).map(
    (i) => ({
      url: String(i.url ?? ''),
      wastedMs: Math.round(Number(i.wastedMs ?? 0)),
    }),
  );
  const opportunities = Object.values(a)
    .filter(
      (audit) =>
        (audit.details as Details)?.type === 'opportunity' &&
        audit.score !== null &&
        audit.score < 1 &&
        audit.displayValue,
    )
    .map((audit) => ({ id: audit.id, title: audit.title, displayValue: audit.displayValue ?? '' }));
  const observedItems = detailItems(a.metrics?.details as Details)[0] ?? {};
  const observedMs = (key: string) => {
    const v = numberOrNull(observedItems[key]);
    return v === null ? null : Math.round(v);
  };
  return {
    observed: {
      fcp: observedMs('observedFirstContentfulPaint'),
      dcl: observedMs('observedDomContentLoaded'),
      load: observedMs('observedLoad'),
    },
    lcpElement: lcpNode ? describeItem(lcpNode) : null,
    lcpPhases,
    longTasks,
    scriptBootup,
    renderBlocking,
    opportunities,
  };
}

export type LighthouseRunOptions = {
  /** Remote-debugging port of a running Chromium. */
  port: number;
  /** 1-based. */
  run: number;
  /**
   * 'page': every category on the first run (those scores do not vary), performance after that;
   * 'floor': the metrics only (the no-JS floor needs LCP, not scores).
   */
  kind: 'page' | 'floor';
  /** Saves each run's full JSON here, for digging into an audit. */
  saveDir?: string;
  label: string;
};

export type LighthouseRun = { sample: LighthouseSample; lhr: Lhr };

/** Runs Lighthouse once with its default config (mobile form factor, simulated throttling). */
export async function runLighthouseOnce(
  url: string,
  options: LighthouseRunOptions,
): Promise<LighthouseRun> {
  const flags: Flags = {
    port: options.port,
    output: 'json',
    logLevel: 'error',
    // The full-page screenshot only illustrates the HTML report; it costs a second a run.
    disableFullPageScreenshot: true,
  };
  if (options.kind === 'floor') {
    flags.onlyAudits = [METRICS.lcp, METRICS.fcp, METRICS.tbt, METRICS.cls];
  } else if (options.run === 1) {
    flags.onlyCategories = [...CATEGORIES];
  } else {
    flags.onlyCategories = ['performance'];
    // Navigates away and back (a second or two) for a diagnostic that carries no weight.
    flags.skipAudits = ['bf-cache'];
  }
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const lhr = result.lhr;
  if (options.saveDir) {
    await mkdir(options.saveDir, { recursive: true });
    await writeFile(
      join(options.saveDir, `${options.label}-run${options.run}.json`),
      JSON.stringify(lhr),
    );
  }
  return { sample: sampleOf(lhr), lhr };
}

/**
 * A page's runs as one measure: the median of each score and metric, and the failing audits and
 * diagnostics of the first run (the one that audits every category).
 */
export function combineRuns(
  samples: LighthouseSample[],
  first: Lhr | undefined,
  kind: 'page' | 'floor',
): LighthouseMeasure {
  return {
    runs: samples.length,
    samples,
    median: medianSample(samples),
    failing: first && kind === 'page' ? failingAudits(first) : [],
    diagnostics: first && kind === 'page' ? perfDiagnostics(first) : null,
  };
}
