import { describe, expect, it } from 'vitest';
import type { DashboardEvent, Figure } from '../../src/data/schema';
import { SECTORS, type Sector } from '../../src/data/vocab';
import { describeFormula } from '../../src/components/charts/formula';
import { niceTicks } from '../../src/components/charts/scale';
import type {
  BarChartData,
  BulletChartData,
  ColumnChartData,
} from '../../src/components/charts/chart-types';
import type { ShapeContext, ShapedChart } from '../../src/features/overview/chart-state';
import {
  chartFigureIds,
  planSector,
  type ChartPlan,
} from '../../src/features/overview/overview-plan';
import { shapeChart } from '../../src/features/overview/shape-chart';
import { monthPosition, timelineTicks } from '../../src/features/overview/timeline-state';
import { createI18n } from '../../src/i18n';
import type { Lang } from '../../src/i18n/languages';
import { indexData } from '../../src/store/data-slice';
import { realDataset } from '../render-app';

const data = indexData(realDataset());
const eventsById = new Map(data.events.map((e) => [e.id, e]));

function context(lang: Lang): ShapeContext {
  return {
    lang,
    t: createI18n(lang).t,
    figures: data.figures,
    events: eventsById,
    articles: data.articles,
  };
}

function planOf(sector: Sector) {
  const figures = (data.figureIdsBySector[sector] ?? []).map((id) => data.figures.get(id)!);
  return planSector(sector, figures, data.eventsBySector[sector] ?? []);
}

function shaped(sector: Sector, kind: ChartPlan['kind'], lang: Lang): ShapedChart {
  const plan = planOf(sector).charts.find((c) => c.kind === kind);
  if (!plan) throw new Error(`${sector} has no ${kind} chart`);
  return shapeChart(plan, context(lang));
}

describe('planSector over the curated data', () => {
  it.each([
    ['housing', ['amounts', 'rates', 'timeline']],
    ['ai-security', ['rates', 'timeline']],
    ['cement', ['implied', 'adjustments', 'timeline']],
    ['power', ['implied', 'amounts']],
  ] as const)('%s gets the charts %j', (sector, kinds) => {
    expect(planOf(sector).charts.map((c) => c.kind)).toEqual(kinds);
  });

  it('shows every figure of the store in at least one card or chart', () => {
    const shown = new Set<string>();
    for (const sector of SECTORS) {
      const plan = planOf(sector);
      plan.cardIds.forEach((id) => shown.add(id));
      plan.charts.flatMap(chartFigureIds).forEach((id) => shown.add(id));
    }
    expect(data.figureIds.length).toBeGreaterThan(30);
    expect(data.figureIds.filter((id) => !shown.has(id))).toEqual([]);
  });

  it('puts every event on its sector timeline', () => {
    const onTimelines = SECTORS.flatMap((s) =>
      planOf(s).charts.flatMap((c) => (c.kind === 'timeline' ? c.eventIds : [])),
    );
    expect(onTimelines.sort()).toEqual(data.events.map((e) => e.id).sort());
  });

  it.each([
    [
      'housing',
      ['housing.special-loans', 'housing.loan-support-plan', 'housing.bond-credit-enhancement'],
    ],
    ['power', ['power.power-credit-loans', 'power.connection-cost-savings']],
  ] as const)('%s amounts chart holds its yuan levels', (sector, ids) => {
    const plan = planOf(sector).charts.find((c) => c.kind === 'amounts');
    expect(plan && chartFigureIds(plan)).toEqual(ids);
  });

  it.each([
    [
      'cement',
      'cement.output-h1',
      'cement.output-h1-2022-implied',
      'cement.output-yoy-same-caliber',
    ],
    ['power', 'power.new-customers', 'power.new-customers-2022-implied', 'power.new-customers-yoy'],
  ] as const)('%s pairs %s with its computed prior value', (sector, current, implied, input) => {
    const plan = planOf(sector);
    const chart = plan.charts.find((c) => c.kind === 'implied');
    expect(chart).toMatchObject({ currentId: current, impliedId: implied, inputIds: [input] });
    // The printed level stays a headline card; the computed value lives in the chart.
    expect(plan.cardIds).toContain(current);
    expect(plan.cardIds).not.toContain(implied);
  });

  it('plans charts for a new article from its figures alone', () => {
    const base = {
      indicator: 'test-indicator',
      sector: 'power',
      qualifier: 'exact',
      period: { kind: 'year', year: 2024 },
      region: 'guangxi',
      asPrinted: 'x',
      source: { article: 'new', quote: 'x', gistEn: 'x' },
    } as const;
    const figures: Figure[] = [
      {
        ...base,
        id: 'new.a',
        name: { zh: '甲', en: 'A' },
        measure: 'level',
        unit: 'yuan',
        value: 5e8,
      },
      {
        ...base,
        id: 'new.b',
        name: { zh: '乙', en: 'B' },
        measure: 'level',
        unit: 'yuan',
        value: 2e8,
      },
      {
        ...base,
        id: 'new.c',
        name: { zh: '丙', en: 'C' },
        measure: 'rate',
        unit: 'percent',
        value: 80,
      },
      {
        ...base,
        id: 'new.d',
        name: { zh: '丁', en: 'D' },
        measure: 'level',
        unit: 'park',
        value: 4,
      },
      {
        ...base,
        id: 'new.e',
        name: { zh: '戊', en: 'E' },
        measure: 'adjustment',
        unit: 'yuan-per-tonne',
        value: { min: -10, max: 5 },
      },
    ];
    const events: DashboardEvent[] = [];
    const plan = planSector('power', figures, events);
    expect(plan.charts.map((c) => [c.kind, chartFigureIds(c)])).toEqual([
      ['amounts', ['new.a', 'new.b']],
      ['rates', ['new.c']],
      ['adjustments', ['new.e']],
    ]);
    expect(plan.cardIds).toEqual(['new.d']);
  });

  it('keeps a lone amount as a card', () => {
    const plan = planOf('ai-security');
    expect(plan.cardIds).toContain('ai-security.industry-size-2022');
    expect(plan.charts.some((c) => c.kind === 'amounts')).toBe(false);
  });
});

describe('shaping', () => {
  it.each([
    ['zh', '亿元', [3500, 2000, 260], ['3500亿元', '2000亿元', '约260亿元']],
    [
      'en',
      'CNY billion',
      [350, 200, 26],
      ['CNY 350 billion', 'CNY 200 billion', 'about CNY 26 billion'],
    ],
  ] as const)('housing amounts in %s: axis %s, bars %j', (lang, axis, values, labels) => {
    const chart = shaped('housing', 'amounts', lang);
    const spec = chart.spec.data as BarChartData;
    expect(chart.spec.kind).toBe('bars');
    expect(spec.axis.title).toBe(axis);
    expect(spec.bars.map((b) => b.value)).toEqual(values);
    expect(spec.bars.map((b) => b.valueLabel)).toEqual(labels);
    expect(chart.subtitle).toContain(axis);
    expect(spec.axis.ticks.at(-1)!.value).toBeGreaterThanOrEqual(Math.max(...values));
  });

  it.each([
    ['zh', ['河南', '湖北襄阳', '贵州贵阳、安顺、毕节'], ['+30元/吨', '+20—30元/吨', '+5—30元/吨']],
    [
      'en',
      ['Henan', 'Xiangyang, Hubei', 'Guiyang, Anshun and Bijie, Guizhou'],
      ['+CNY 30/t', '+CNY 20–30/t', '+CNY 5–30/t'],
    ],
  ] as const)(
    'cement price rises in %s float as ranges, one point',
    (lang, labels, valueLabels) => {
      const chart = shaped('cement', 'adjustments', lang);
      const spec = chart.spec.data as BarChartData;
      expect(spec.bars.map((b) => b.label)).toEqual(labels);
      expect(spec.bars.map((b) => b.value)).toEqual([
        [30, 30],
        [20, 30],
        [5, 30],
      ]);
      expect(spec.bars.map((b) => b.valueLabel)).toEqual(valueLabels);
      expect(chart.legend.map((l) => l.swatch)).toEqual(['solid', 'circle']);
    },
  );

  it.each([
    ['ai-security', [['ai-security.attack-detection-accuracy', 97, 99]]],
    [
      'housing',
      [
        ['housing.restart-rate', 100, undefined],
        ['housing.first-batch-delivery-rate', 60, undefined],
      ],
    ],
  ] as const)('%s rates draw against 100%% and their reference', (sector, rows) => {
    const chart = shaped(sector, 'rates', 'en');
    const spec = chart.spec.data as BulletChartData;
    expect(spec.rows.map((r) => [r.key, r.value, r.reference?.value])).toEqual(rows);
    expect(spec.axis.ticks.at(-1)!.value).toBe(100);
  });

  it('names the deployment bar as the reference in the legend and table', () => {
    const chart = shaped('ai-security', 'rates', 'en');
    expect(chart.legend.find((l) => l.swatch === 'line')?.label).toBe(
      'Reference: Accuracy needed before the model is deployed, over 99%',
    );
    expect(chart.table.rows.map((r) => r.sourceId)).toEqual([
      'ai-security.attack-detection-accuracy',
      'ai-security.deployment-threshold',
    ]);
  });

  it.each([
    ['cement', 'zh', '亿吨', ['2022年上半年（推算）', '2023年上半年'], '9.53亿吨'],
    ['cement', 'en', 'million t', ['H1 2022 (computed)', 'H1 2023'], '953 million t'],
    ['power', 'zh', '万户', ['截至2022年7月（推算）', '截至2023年7月'], '52.8万户'],
  ] as const)('%s current vs implied in %s', (sector, lang, axis, labels, printed) => {
    const chart = shaped(sector, 'implied', lang);
    const spec = chart.spec.data as ColumnChartData;
    expect(spec.axis.title).toBe(axis);
    expect(spec.columns.map((c) => c.label)).toEqual(labels);
    expect(spec.columns.map((c) => c.derived)).toEqual([true, false]);
    expect(spec.columns[1]!.valueLabel).toBe(printed);
    expect(spec.columns[0]!.valueLabel.startsWith('≈')).toBe(true);
    expect(chart.legend.find((l) => l.swatch === 'hatched')?.label).toMatch(
      lang === 'zh'
        ? /^计算值 = “.+” ÷ \(1 \+ “.+” ÷ 100\)$/
        : /^computed: “.+” ÷ \(1 \+ “.+” ÷ 100\)$/,
    );
    expect(chart.table.rows.filter((r) => r.derived).map((r) => r.key)).toEqual([
      spec.columns[0]!.key,
    ]);
  });

  it('the computed cement column is the printed output over 1.013', () => {
    const spec = shaped('cement', 'implied', 'zh').spec.data as ColumnChartData;
    expect(spec.columns[0]!.value * 1.013).toBeCloseTo(spec.columns[1]!.value, 10);
  });

  it('cement timeline: markers by kind, "from" dates run to the axis end', () => {
    const chart = shaped('cement', 'timeline', 'zh');
    const spec = chart.spec.data as BarChartData;
    const end = spec.axis.ticks.at(-1)!.value;
    expect(
      spec.bars.map((b) => [b.marker, b.openEnd, Array.isArray(b.value) && b.value[1] === end]),
    ).toEqual([
      ['circle', false, false],
      ['circle', false, false],
      ['diamond', true, true],
      ['circle', true, true],
    ]);
    expect(spec.bars[2]!.label).toBe('2023年8月20日起：河南增加错峰生产');
  });

  it('every table row links to its source and every shaped chart has a reserved height', () => {
    for (const sector of SECTORS) {
      for (const plan of planOf(sector).charts) {
        const chart = shapeChart(plan, context('en'));
        expect(chart.height).toBeGreaterThan(100);
        expect(chart.table.rows.every((r) => r.sourceId !== undefined)).toBe(true);
        expect(chart.source).toMatch(/^Source: “.+”/);
      }
    }
  });
});

describe('timeline positions and ticks', () => {
  it.each([
    ['2023-08', undefined, 2023 * 12 + 7],
    ['2023-08', 'from', 2023 * 12 + 7],
    ['2024-05', 'end', 2024 * 12 + 5],
    ['2023-08-20', undefined, 2023 * 12 + 7 + 19 / 31],
    ['2022', undefined, 2022 * 12],
    ['2022', 'end', 2023 * 12],
  ] as const)('%s (%s) sits at month %d', (date, precision, expected) => {
    expect(monthPosition(date, precision)).toBeCloseTo(expected, 10);
  });

  it('rejects a date it cannot place', () => {
    expect(() => monthPosition('Aug 2023')).toThrow('Cannot place date "Aug 2023"');
  });

  const ctx = { lang: 'en' as const, t: createI18n('en').t };
  it.each([
    [2022 * 12 + 7, 2025 * 12, ['2022', '2023', '2024', '2025', '2026']],
    [2023 * 12 + 6, 2023 * 12 + 8, ['Jun 2023', 'Jul 2023', 'Aug 2023', 'Sep 2023', 'Oct 2023']],
  ])('ticks from %d to %d', (first, last, labels) => {
    const ticks = timelineTicks(first, last, ctx);
    expect(ticks.map((t) => t.label)).toEqual(labels);
    expect(ticks[0]!.value).toBeLessThan(first);
    expect(ticks.at(-1)!.value).toBeGreaterThan(last);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 3500, [0, 1000, 2000, 3000, 4000]],
    [0, 100, [0, 25, 50, 75, 100]],
    [0, 9.53, [0, 2.5, 5, 7.5, 10]],
    [5, 30, [0, 10, 20, 30]],
    [-2.4, 1.3, [-3, -2, -1, 0, 1, 2]],
    [0, 0, [0, 0.25]],
    [0, 0.3, [0, 0.1, 0.2, 0.3]],
  ])('[%d, %d] → %j', (min, max, expected) => {
    expect(niceTicks(min, max)).toEqual(expected);
  });

  it('refuses infinite ends', () => {
    expect(() => niceTicks(0, Infinity)).toThrow('both ends must be finite');
  });
});

describe('describeFormula', () => {
  const names: Record<string, string> = {
    'cement.output-h1': 'Output',
    'cement.output-yoy': 'Growth',
  };
  it.each([
    ['cement.output-h1 / (1 + cement.output-yoy / 100)', 'Output ÷ (1 + Growth ÷ 100)'],
    ['cement.output-h1 * 2', 'Output × 2'],
    ['cement.output-h1 - unknown.id', 'Output - unknown.id'],
  ])('%s → %s', (formula, expected) => {
    expect(describeFormula(formula, (id) => names[id])).toBe(expected);
  });
});
