import type { BenchArgs } from './args.ts';
import type { GrowthScale } from './growth.ts';
import type { InteractionResult } from './interactions.ts';
import type { InitialJs, LoadedJs } from './js-bytes.ts';
import type { LighthouseMeasure } from './lighthouse.ts';
import type { LibraryFloor } from './library-floor.ts';

export type Failed = { error: string };

export type RouteLighthouse = {
  path: string;
  page: LighthouseMeasure | Failed;
  /** The same page with every script removed. */
  floor: LighthouseMeasure | Failed;
  /** Median LCP of the page ÷ median LCP of its no-JS floor. */
  lcpRatio: number | null;
};

export type RouteJs = {
  path: string;
  initial: InitialJs | Failed;
  /** Scripts the boot code fetched before the view's chunk arrived (site paths). */
  bootPaths: string[] | null;
  loaded: LoadedJs | Failed;
};

export type BenchResults = {
  environment: {
    date: string;
    node: string;
    chromium: string;
    lighthouse: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    /** os.loadavg() (1, 5, 15 min): other work on the machine skews every timing. */
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  args: BenchArgs;
  durationMs: number;
  /** Wall time of each part: build (and site copy), lighthouse, js, interactions, growth. */
  partMs: Record<string, number>;
  /** A part that could not run at all, with why. */
  errors: string[];
  lighthouse?: {
    /** Runs per page; the no-JS floors had `floorRuns` (optional: older results lack it). */
    runs: number;
    floorRuns?: number;
    config: string;
    routes: RouteLighthouse[];
  };
  js?: {
    budgets: { initialBytes: number; allBytes: number };
    method: string;
    routes: RouteJs[];
    /** The prescribed libraries alone (optional: results written before it was measured lack it). */
    libraryFloor?: LibraryFloor | Failed;
  };
  interactions?: {
    cpuThrottling: number;
    reps: number;
    viewport: string;
    results: InteractionResult[];
  };
  growth?: { scales: GrowthScale[] };
};

/** Targets from the issue; each figure in the tables is marked ✓ or ✗ against its target. */
export const TARGETS = {
  performance: 0.95,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
  lcpRatio: 1.2,
  interactionMs: 100,
  initialJsBytes: 100_000,
  allJsBytes: 250_000,
  tableRows: 100,
} as const;

export function isFailed(value: unknown): value is Failed {
  return typeof value === 'object' && value !== null && 'error' in value;
}
