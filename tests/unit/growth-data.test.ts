// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args';
import {
  generateSyntheticData,
  newIndicatorCount,
  planSyntheticData,
  printNumber,
  printYoy,
  shiftDecimal,
} from '../../scripts/bench/growth-synthetic';
import { PROJECT_ROOT, runCheckData } from '../../scripts/check-data';
import { basisKey, periodKey } from '../../src/data/indicators';
import { parsePrintedNumber } from '../../src/data/numbers';
import { PROJECT_VOCABULARY } from '../../src/data/vocabulary';

const BASELINE = { articles: 4, figures: 39, events: 9 };

type Fig = {
  id: string;
  indicator: string;
  measure: string;
  unit: string;
  value: number;
  period: Parameters<typeof periodKey>[0];
  region: string;
  basis?: string[];
  asPrinted: string;
  conflictsWith?: string[];
  source: { quote: string };
};

describe('growth options of the bench', () => {
  it.each([
    [[], { growthFactors: [1, 10, 100], growthLighthouseRuns: 3, growthFloorRuns: 2 }],
    [['--growth=10'], { growthFactors: [1, 10] }],
    [['--growth=100,10'], { growthFactors: [1, 10, 100] }],
    [['--quick'], { growthLighthouseRuns: 1, growthFloorRuns: 1 }],
    [['--growth-runs=0'], { growthLighthouseRuns: 0, growthFloorRuns: 0 }],
    [['--growth-runs=5'], { growthLighthouseRuns: 5, growthFloorRuns: 2 }],
  ])('%j → %j', (argv, expected) => {
    expect(parseBenchArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--growth=1'], /--growth must be an integer ≥ 2/],
    [['--growth=ten'], /--growth must be an integer ≥ 2/],
    [['--growth-runs=-1'], /--growth-runs must be an integer ≥ 0/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('printed numbers of the synthetic articles', () => {
  it.each([
    [175_321_000, { power: 8, decimals: 2 }, '1.75亿', 175_000_000],
    [96_000_000, { power: 8, decimals: 2 }, '0.96亿', 96_000_000],
    [8_753_400, { power: 4, decimals: 1 }, '875.3万', 8_753_000],
    [72_000, { power: 4, decimals: 2 }, '7.2万', 72_000],
    [1_123_456_000_000, { power: 8, decimals: 0 }, '11235亿', 1_123_500_000_000],
    [452.4, { power: 0, decimals: 0 }, '452', 452],
    [65.27, { power: 0, decimals: 1 }, '65.3', 65.3],
    [0.001, { power: 0, decimals: 0 }, '1', 1],
  ] as const)('%d printed as %j is %s = %d', (raw, format, text, value) => {
    expect(printNumber(raw, format)).toEqual({ text, value });
    expect(parsePrintedNumber(`${text}吨`)).toBe(value);
  });

  it.each([
    [103, 100, '增长3.0%', 3],
    [95.1, 100, '下降4.9%', -4.9],
    [100.01, 100, '增长0.1%', 0.1],
    [99.99, 100, '下降0.1%', -0.1],
  ])('%d against %d a year before is %s', (current, before, text, value) => {
    expect(printYoy(current, before)).toEqual({ text, value });
    expect(parsePrintedNumber(text)).toBe(value);
  });

  it('shifts the decimal point exactly, as check:data reads 万 and 亿', () => {
    expect(shiftDecimal('9.53', 8)).toBe(953_000_000);
    expect(shiftDecimal('0.07', 4)).toBe(700);
    expect(shiftDecimal('12.345', 2)).toBe(1234.5);
  });
});

describe('synthetic growth data (planned)', () => {
  const plan10 = planSyntheticData(10, PROJECT_VOCABULARY, BASELINE);
  const figures10 = plan10.articles.flatMap((a) => a.dataset.figures as Fig[]);

  it('writes (F − 1) × the curated articles, figures and events', () => {
    expect(plan10.articles).toHaveLength(36);
    expect(figures10).toHaveLength(351);
    expect(plan10.articles.flatMap((a) => a.dataset.events as unknown[])).toHaveLength(81);
    expect(planSyntheticData(1, PROJECT_VOCABULARY, BASELINE).articles).toEqual([]);
  });

  it('adds indicators as the factor grows, each named in both languages', () => {
    expect(plan10.newIndicators).toHaveLength(newIndicatorCount(10));
    expect(newIndicatorCount(100)).toBe(210);
    const known = new Set(PROJECT_VOCABULARY.indicators.map((i) => i.id));
    for (const entry of plan10.newIndicators) {
      expect(known.has(entry.id)).toBe(false);
      expect(entry.name.zh).toMatch(/\p{Script=Han}/u);
      expect(entry.name.en).toMatch(/^[A-Z]/);
    }
  });

  it('is the same on every run', () => {
    expect(planSyntheticData(10, PROJECT_VOCABULARY, BASELINE)).toEqual(plan10);
  });

  it('quotes each figure verbatim, and its value is what is printed', () => {
    for (const article of plan10.articles) {
      for (const f of article.dataset.figures as Fig[]) {
        expect(article.text).toContain(f.source.quote);
        const at = f.source.quote.indexOf(f.asPrinted);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(parsePrintedNumber(f.asPrinted, f.source.quote.slice(0, at))).toBe(f.value);
      }
    }
  });

  it('gives one value per indicator, measure, unit, period, region and basis, but for one explained conflict', () => {
    const values = new Map<string, number>();
    const clashes: string[] = [];
    for (const f of figures10) {
      const key = [
        f.indicator,
        f.measure,
        f.unit,
        periodKey(f.period),
        f.region,
        basisKey(f.basis),
      ].join('|');
      if (values.has(key) && values.get(key) !== f.value) clashes.push(f.id);
      values.set(key, f.value);
    }
    expect(clashes).toEqual([plan10.conflict?.figure]);
    const revised = figures10.find((f) => f.id === plan10.conflict?.figure);
    expect(revised?.conflictsWith).toEqual([plan10.conflict?.with]);
  });

  it('spreads the articles over 2019-01 … 2023-12 and makes long series', () => {
    const months = new Set(
      figures10.filter((f) => f.period.kind === 'month').map((f) => periodKey(f.period)),
    );
    expect([...months].sort()[0]).toBe('month:2019-01');
    expect([...months].sort().at(-1)! >= 'month:2023-01').toBe(true);
    const cement = figures10.filter(
      (f) => f.indicator === 'cement-output' && f.region === 'china' && f.measure === 'level',
    );
    expect(cement.length).toBeGreaterThanOrEqual(24);
  });
});

describe('synthetic growth data (written)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('passes check:data with its own vocabulary, and keeps the curated files unchanged', async () => {
    dir = mkdtempSync(join(tmpdir(), 'growth-data-'));
    const generated = await generateSyntheticData({
      dataDir: join(PROJECT_ROOT, 'data'),
      seedsDir: join(PROJECT_ROOT, 'seeds'),
      outDir: dir,
      factor: 10,
    });
    const result = await runCheckData({
      dataDir: generated.dataDir,
      seedsDir: generated.seedsDir,
      schemasDir: null,
    });
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatch(/: OK$/);
    expect(generated).toMatchObject({ files: 40, figures: 390, events: 90, indicators: 60 });
    expect(generated.longest.points).toBeGreaterThanOrEqual(24);
    for (const name of readdirSync(join(PROJECT_ROOT, 'data')).filter((n) => n.endsWith('.json'))) {
      expect(readFileSync(join(generated.dataDir, name), 'utf8')).toBe(
        readFileSync(join(PROJECT_ROOT, 'data', name), 'utf8'),
      );
    }
    expect(readdirSync(join(PROJECT_ROOT, 'data')).some((n) => n.startsWith('syn-'))).toBe(false);
  });

  it('refuses to write into the curated data', async () => {
    await expect(
      generateSyntheticData({
        dataDir: join(PROJECT_ROOT, 'data'),
        seedsDir: join(PROJECT_ROOT, 'seeds'),
        outDir: join(PROJECT_ROOT, 'data', 'growth'),
        factor: 2,
      }),
    ).rejects.toThrow(/refusing to write/);
  });
});
