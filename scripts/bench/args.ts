/** Command-line flags of `npm run bench`. */

export const BENCH_PARTS = ['lighthouse', 'js', 'interactions', 'growth'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export type BenchArgs = {
  /** Run `npm run build` first (off with --no-build). */
  build: boolean;
  /** One Lighthouse run per page, English routes only, fewer repetitions: for iteration. */
  quick: boolean;
  /**
   * Also run Lighthouse on the two views with parameters (/en/compare/?sectors=…,
   * /en/sources/?figure=…); the JS measure always includes them in full runs.
   */
  extraRoutes: boolean;
  /** Which parts to run; all of them unless --only is given. */
  parts: BenchPart[];
  /**
   * Lighthouse runs per page (median taken); --runs=N overrides the default (5, quick 1). TBT on
   * one route varies widely between runs on a machine with few cores, so a median of 3 moved
   * with one unlucky run.
   */
  lighthouseRuns: number;
  /** Repetitions per interaction (median taken); 5, quick 3. */
  interactionReps: number;
  /** Port of the static server; the build's SITE_URL points at it. */
  port: number;
  /** Growth factors to generate and measure, 1 always included (--growth=10,100). */
  growthFactors: number[];
  /**
   * Lighthouse runs per growth page (3, quick 1; --growth-runs=N, 0 for none) and per no-JS
   * floor (at most 2): the growth pages are compared across scales, not tuned one by one.
   */
  growthLighthouseRuns: number;
  growthFloorRuns: number;
};

export const BENCH_USAGE = [
  'usage: tsx scripts/bench.ts [--no-build] [--quick] [--only=lighthouse|js|interactions|growth[,…]]',
  '                            [--runs=N] [--port=N] [--extra-routes]',
  '                            [--growth=10,100] [--growth-runs=N]',
].join('\n');

function positiveInt(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${flag} must be an integer ≥ ${min}, got "${value}".\n${BENCH_USAGE}`);
  }
  return n;
}

/** Parses the flags; throws an Error naming the flag on anything unknown or malformed. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let build = true;
  let quick = false;
  let extraRoutes = false;
  let parts: BenchPart[] = [...BENCH_PARTS];
  let runs: number | undefined;
  let port = 4319;
  let growthFactors = [10, 100];
  let growthRuns: number | undefined;
  for (const arg of argv) {
    const [flag, value] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (flag === '--no-build' && value === undefined) build = false;
    else if (flag === '--quick' && value === undefined) quick = true;
    else if (flag === '--extra-routes' && value === undefined) extraRoutes = true;
    else if (flag === '--only' && value) {
      const names = value.split(',').map((s) => s.trim());
      const unknown = names.filter((n) => !(BENCH_PARTS as readonly string[]).includes(n));
      if (unknown.length > 0) {
        throw new Error(
          `--only: unknown part ${unknown.map((n) => `"${n}"`).join(', ')}; expected ${BENCH_PARTS.join(', ')}.\n${BENCH_USAGE}`,
        );
      }
      parts = BENCH_PARTS.filter((p) => names.includes(p));
    } else if (flag === '--runs' && value) runs = positiveInt('--runs', value, 1);
    else if (flag === '--port' && value) port = positiveInt('--port', value, 1);
    else if (flag === '--growth' && value) {
      growthFactors = value.split(',').map((f) => positiveInt('--growth', f.trim(), 2));
    } else if (flag === '--growth-runs' && value) {
      growthRuns = positiveInt('--growth-runs', value, 0);
    } else throw new Error(`Unexpected argument "${arg}".\n${BENCH_USAGE}`);
  }
  if (port > 65535) throw new Error(`--port must be at most 65535, got ${port}.`);
  return {
    build,
    quick,
    extraRoutes,
    parts,
    lighthouseRuns: runs ?? (quick ? 1 : 5),
    interactionReps: quick ? 3 : 5,
    port,
    growthFactors: [...new Set([1, ...growthFactors])].sort((a, b) => a - b),
    growthLighthouseRuns: growthRuns ?? (quick ? 1 : 3),
    growthFloorRuns: Math.min(growthRuns ?? (quick ? 1 : 3), quick ? 1 : 2),
  };
}
