import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Figure } from '../../src/data/schema';
import type { Sector } from '../../src/data/vocab';
import {
  HEADLINE_COUNT,
  MAX_COMPARE,
  addItem,
  buildPanels,
  figuresInView,
  headlineIds,
  readSelection,
  removeItem,
  selectionParams,
  suggestions,
  yoyBars,
  yoyScope,
  type CompareItem,
} from '../../src/features/compare/compare-state';
import {
  unitGroups,
  yoyChartData,
  yoyDifferences,
} from '../../src/features/compare/compare-chart-state';
import { rowChartHeight } from '../../src/components/charts/chart-layout';
import { caveatText, unitGroupChart, yoyBarChart } from '../../src/features/compare/compare-charts';
import { sourceLine } from '../../src/features/compare/chart-sources';
import { indexData } from '../../src/store/data-slice';
import { createI18n } from '../../src/i18n';
import type { Lang } from '../../src/i18n/languages';
import { realDataset } from '../render-app';

const T: Record<Lang, TFunction> = { zh: createI18n('zh').t, en: createI18n('en').t };

/** A minimal printed figure; tests override what they are about. */
function fig(id: string, extra: Partial<Figure> = {}): Figure {
  return {
    id,
    indicator: 'test-indicator',
    sector: id.split('.')[0] as Sector,
    name: { zh: id, en: id },
    measure: 'level',
    value: 1,
    unit: 'tonne',
    qualifier: 'exact',
    period: { kind: 'year', year: 2023 },
    region: 'china',
    asPrinted: '1',
    source: { article: 'a', quote: 'q', gistEn: 'g' },
    ...extra,
  };
}

function index(list: Figure[]): ReadonlyMap<string, Figure> {
  return new Map(list.map((f) => [f.id, f]));
}

const sector = (s: Sector): CompareItem => ({ kind: 'sector', sector: s });
const figure = (id: string): CompareItem => ({ kind: 'figure', id });

describe('readSelection', () => {
  const figures = index([fig('cement.a'), fig('power.b')]);
  it.each([
    ['nothing', { sectors: [], ids: [] }, [], []],
    [
      'sectors then ids',
      { sectors: ['cement', 'power'] as Sector[], ids: ['power.b'] },
      [sector('cement'), sector('power'), figure('power.b')],
      [],
    ],
    [
      'unknown ids dropped and named',
      { sectors: [], ids: ['nope.x', 'cement.a', 'power.zzz'] },
      [figure('cement.a')],
      ['nope.x', 'power.zzz'],
    ],
    [
      'an id that is an Object prototype key is unknown',
      { sectors: [], ids: ['constructor'] },
      [],
      ['constructor'],
    ],
  ])('%s', (_name, params, items, unknownIds) => {
    expect(readSelection(params, figures)).toEqual({ items, unknownIds });
  });

  it('never keeps more than the maximum', () => {
    const many = index(['a.a', 'a.b', 'a.c', 'a.d', 'a.e'].map((id) => fig(id)));
    const { items } = readSelection({ sectors: ['cement'], ids: [...many.keys()] }, many);
    expect(items).toHaveLength(MAX_COMPARE);
  });
});

describe('adding and removing items', () => {
  const three = [sector('cement'), sector('power'), figure('housing.x')];
  it.each([
    [
      'adds at the end',
      [sector('cement')],
      figure('power.b'),
      [sector('cement'), figure('power.b')],
    ],
    [
      'an item already there is kept once',
      [sector('cement')],
      sector('cement'),
      [sector('cement')],
    ],
    ['the fourth is accepted', three, figure('a.b'), [...three, figure('a.b')]],
    ['a fifth is refused', [...three, figure('a.b')], figure('a.c'), null],
  ])('%s', (_name, items, item, expected) => {
    expect(addItem(items, item)).toEqual(expected);
  });

  it('removes by identity and serializes back to URL parameters', () => {
    const items = removeItem(three, sector('power'));
    expect(items).toEqual([sector('cement'), figure('housing.x')]);
    expect(selectionParams(items)).toEqual({
      sectors: ['cement'],
      ids: ['housing.x'],
      indicators: [],
    });
  });
});

describe('headlineIds', () => {
  it.each([
    [
      'changes and the levels they change come first, derived figures never',
      [
        fig('s.other'),
        fig('s.level'),
        fig('s.yoy', { measure: 'yoy-change', unit: 'percent', changeOf: 's.level' }),
        fig('s.derived', {
          derived: { formula: 's.level', inputs: ['s.level'] },
          asPrinted: undefined,
          source: undefined,
        }),
      ],
      ['s.level', 's.yoy', 's.other'],
    ],
    [
      'price adjustments are left to the full list',
      [fig('s.adj', { measure: 'adjustment' }), fig('s.rate', { measure: 'rate' })],
      ['s.rate'],
    ],
    [
      'at most HEADLINE_COUNT',
      ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => fig(`s.${x}`)),
      ['s.a', 's.b', 's.c', 's.d', 's.e', 's.f'].slice(0, HEADLINE_COUNT),
    ],
  ])('%s', (_name, list, expected) => {
    expect(
      headlineIds(
        list.map((f) => f.id),
        index(list),
      ),
    ).toEqual(expected);
  });

  it('with the real data, the cement and power headlines include output and new customers', () => {
    const data = indexData(realDataset());
    expect(headlineIds(data.figureIdsBySector.cement ?? [], data.figures)).toContain(
      'cement.output-h1',
    );
    expect(headlineIds(data.figureIdsBySector.power ?? [], data.figures)).toEqual(
      expect.arrayContaining(['power.new-customers', 'power.new-customers-yoy']),
    );
  });
});

describe('buildPanels and figuresInView', () => {
  const list = [fig('cement.a'), fig('cement.b'), fig('power.c')];
  const bySector = {
    housing: [],
    'ai-security': [],
    cement: ['cement.a', 'cement.b'],
    power: ['power.c'],
  };
  it('makes one panel per item and counts each figure in view once', () => {
    const panels = buildPanels(
      [sector('cement'), figure('cement.b'), figure('power.c')],
      index(list),
      bySector,
    );
    expect(panels.map((p) => p.key)).toEqual([
      'sector:cement',
      'figure:cement.b',
      'figure:power.c',
    ]);
    expect(panels[0]).toMatchObject({ kind: 'sector', allIds: ['cement.a', 'cement.b'] });
    expect(figuresInView(panels)).toEqual(['cement.a', 'cement.b', 'power.c']);
  });
});

describe('yoyBars and yoyDifferences', () => {
  const h1 = { kind: 'half', year: 2023, half: 1 } as const;
  const janJul = { kind: 'months', from: '2023-01', to: '2023-07' } as const;
  const yoy = (id: string, extra: Partial<Figure> = {}) =>
    fig(id, { measure: 'yoy-change', unit: 'percent', value: 1, ...extra });

  it.each([
    ['a level is not a change', [fig('a.level', { unit: 'percent' })], []],
    ['a change in tonnes is not on the percent axis', [yoy('a.t', { unit: 'tonne' })], []],
    [
      'a change printed as a range has no single bar',
      [yoy('a.r', { value: { min: 1, max: 2 } })],
      [],
    ],
    ['a percent change is a bar', [yoy('a.p', { value: -2.4 })], ['a.p']],
  ])('%s', (_name, list, ids) => {
    expect(
      yoyBars(
        index(list),
        list.map((f) => f.id),
      ).map((b) => b.id),
    ).toEqual(ids);
  });

  it.each([
    [
      'all alike',
      [yoy('a.x', { period: h1 }), yoy('b.y', { period: { half: 1, year: 2023, kind: 'half' } })],
      { periodsDiffer: false, regionsDiffer: false, basesDiffer: false, someWithoutBasis: false },
    ],
    [
      'periods and regions differ',
      [yoy('a.x', { period: h1 }), yoy('b.y', { period: janJul, region: 'guangxi' })],
      {
        periodsDiffer: true,
        regionsDiffer: true,
        basesDiffer: false,
        regions: ['china', 'guangxi'],
      },
    ],
    [
      'bases differ, one has none',
      [
        yoy('a.x', { basis: ['same-caliber', 'above-scale'] }),
        yoy('a.y', { basis: ['full-caliber'] }),
        yoy('b.z'),
      ],
      {
        basesDiffer: true,
        someWithoutBasis: true,
        bases: ['same-caliber', 'above-scale', 'full-caliber'],
      },
    ],
  ])('%s', (_name, list, expected) => {
    expect(
      yoyDifferences(
        yoyBars(
          index(list),
          list.map((f) => f.id),
        ),
      ),
    ).toMatchObject(expected);
  });
});

describe('yoyChartData with the real data', () => {
  const data = indexData(realDataset());
  it.each([
    [
      'en' as Lang,
      ['+20.5%', '+1.3% (same-caliber)', '−2.4% (full-caliber)', '+26.2%'],
      ['China', 'Guangxi'],
    ],
    ['zh' as Lang, ['+20.5%', '+1.3%（同口径）', '−2.4%（全口径）', '+26.2%'], ['全国', '广西']],
  ])(
    '%s: the four percent changes, signed, with the regions they differ in',
    (lang, labels, regions) => {
      const { rows, caveat } = yoyChartData(data.figures, data.figureIds, lang, T[lang]);
      expect(rows.map((r) => r.valueLabel)).toEqual(labels);
      expect(caveat.regionsDiffer).toBe(true);
      expect(caveat.regions).toEqual(regions);
      expect(caveat.periodsDiffer).toBe(true);
      expect(caveat.periods).toHaveLength(3);
    },
  );
});

describe('yoyScope', () => {
  const bySector = {
    housing: ['housing.a'],
    'ai-security': [],
    cement: ['cement.a', 'cement.b'],
    power: ['power.c'],
  };
  const all = ['housing.a', 'cement.a', 'cement.b', 'power.c'];
  const figures = new Map(all.map((id) => [id, fig(id)]));
  it.each([
    ['nothing chosen: every figure, said to be all', [], { ids: all, all: true }],
    [
      'chosen sectors: their figures only',
      [sector('cement'), sector('power')],
      { ids: ['cement.a', 'cement.b', 'power.c'], all: false },
    ],
    [
      'chosen figures: those figures only',
      [figure('power.c'), figure('housing.a')],
      { ids: ['power.c', 'housing.a'], all: false },
    ],
    [
      'a figure of a chosen sector counts once',
      [sector('cement'), figure('cement.b')],
      { ids: ['cement.a', 'cement.b'], all: false },
    ],
    ['a sector with no figures: nothing', [sector('ai-security')], { ids: [], all: false }],
  ])('%s', (_name, items, expected) => {
    expect(yoyScope(buildPanels(items, figures, bySector), all)).toEqual(expected);
  });
});

describe('the year-on-year chart of a selection, with the real data', () => {
  const data = indexData(realDataset());
  const chart = (items: CompareItem[], lang: Lang) => {
    const panels = buildPanels(items, data.figures, data.figureIdsBySector);
    const scope = yoyScope(panels, data.figureIds);
    const shaped = yoyChartData(data.figures, scope.ids, lang, T[lang]);
    const ids = shaped.rows.map((r) => r.id);
    return {
      ...shaped,
      source: sourceLine(ids, data.figures, data.articles, lang, T[lang]),
    };
  };
  const housingTitle = data.articles.get('baojiaolou')?.title;

  it.each([
    [
      'cement and power: their three changes, not housing’s',
      [sector('cement'), sector('power')],
      ['+1.3% (same-caliber)', '−2.4% (full-caliber)', '+26.2%'],
      { periods: ['H1 2023', 'as of Jul 2023'], regions: ['China', 'Guangxi'] },
    ],
    [
      'one chosen change alone is like for like',
      [figure('power.new-customers-yoy')],
      ['+26.2%'],
      { periodsDiffer: false, regionsDiffer: false, basesDiffer: false },
    ],
    [
      'the two cement changes differ only in basis',
      [sector('cement')],
      ['+1.3% (same-caliber)', '−2.4% (full-caliber)'],
      { periodsDiffer: false, regionsDiffer: false, basesDiffer: true },
    ],
    ['a sector without percent changes: none', [sector('ai-security')], [], {}],
  ])('%s', (_name, items, labels, caveat) => {
    const { rows, caveat: computed, source } = chart(items, 'en');
    expect(rows.map((r) => r.valueLabel)).toEqual(labels);
    expect(computed).toMatchObject(caveat);
    expect(housingTitle).toBeDefined();
    if (!items.some((i) => i.kind === 'sector' && i.sector === 'housing')) {
      expect(source).not.toContain(housingTitle!.en);
    }
  });

  it('nothing chosen: all four changes and the articles they come from', () => {
    const { rows, source } = chart([], 'zh');
    expect(rows.map((r) => r.valueLabel)).toEqual([
      '+20.5%',
      '+1.3%（同口径）',
      '−2.4%（全口径）',
      '+26.2%',
    ]);
    expect(source).toContain(housingTitle!.zh);
  });
});

describe('unitGroups', () => {
  it.each([
    [
      'different units never share a group',
      [
        fig('a.t', { unit: 'tonne' }),
        fig('b.c', { unit: 'customer' }),
        fig('c.t', { unit: 'tonne' }),
      ],
      [
        ['tonne|level', ['a.t', 'c.t']],
        ['customer|level', ['b.c']],
      ],
    ],
    [
      'a percent change and a percent rate are kept apart',
      [
        fig('a.r', { unit: 'percent', measure: 'rate' }),
        fig('b.y', { unit: 'percent', measure: 'yoy-change' }),
      ],
      [
        ['percent|level', ['a.r']],
        ['percent|change', ['b.y']],
      ],
    ],
  ])('%s', (_name, list, expected) => {
    const groups = unitGroups(
      list.map((f) => f.id),
      index(list),
    );
    expect(groups.map((g) => [g.key, g.ids])).toEqual(expected);
  });
});

describe('suggestions', () => {
  it('offers sector pairs that have data and the percent changes', () => {
    const list = [
      fig('cement.a'),
      fig('power.b'),
      fig('cement.y', { measure: 'yoy-change', unit: 'percent' }),
      fig('power.y', { measure: 'yoy-change', unit: 'percent' }),
    ];
    const bySector = {
      housing: [],
      'ai-security': [],
      cement: ['cement.a', 'cement.y'],
      power: ['power.b', 'power.y'],
    };
    const result = suggestions(
      index(list),
      bySector,
      list.map((f) => f.id),
    );
    expect(result).toEqual([
      { key: 'cementPower', params: { sectors: ['cement', 'power'], ids: [] } },
      { key: 'yoyChanges', params: { sectors: [], ids: ['cement.y', 'power.y'] } },
    ]);
  });
});

describe('caveatText', () => {
  const base = {
    periods: ['H1 2023'],
    regions: ['China'],
    bases: [] as string[],
    someWithoutBasis: false,
    periodsDiffer: false,
    regionsDiffer: false,
    basesDiffer: false,
  };
  it.each([
    ['alike', 'en' as Lang, base, 'All cover H1 2023, China.'],
    [
      'periods differ',
      'en' as Lang,
      { ...base, periods: ['H1 2023', 'Jan–Jul 2023'], periodsDiffer: true },
      'Not like for like: the periods differ (H1 2023; Jan–Jul 2023).',
    ],
    [
      'regions and bases differ, one without a basis',
      'en' as Lang,
      {
        ...base,
        regions: ['China', 'Guangxi'],
        regionsDiffer: true,
        bases: ['same-caliber'],
        basesDiffer: true,
        someWithoutBasis: true,
      },
      'Not like for like: the regions differ (China; Guangxi); the bases differ (same-caliber; none stated).',
    ],
    [
      'zh lists with 、 and clauses with ；',
      'zh' as Lang,
      {
        ...base,
        periods: ['2023年上半年', '截至2023年7月'],
        periodsDiffer: true,
        regions: ['全国', '广西'],
        regionsDiffer: true,
      },
      '并非同口径比较：时期不同（2023年上半年、截至2023年7月）；地区不同（全国、广西）。',
    ],
  ])('%s', (_name, lang, caveat, expected) => {
    expect(caveatText(caveat, T[lang])).toBe(expected);
  });
});

describe('yoyBarChart with the real data', () => {
  const data = indexData(realDataset());
  it.each(['en', 'zh'] as Lang[])(
    '%s: every bar is labelled and a decrease runs to zero',
    (lang) => {
      const shaped = yoyChartData(data.figures, data.figureIds, lang, T[lang]);
      const { chart, table, height } = yoyBarChart(shaped, data.figures, lang, T[lang]);
      expect(chart.bars.map((b) => b.key)).toEqual(shaped.rows.map((r) => r.id));
      for (const [i, row] of shaped.rows.entries()) {
        expect(chart.bars[i]!.label).toContain(row.period);
        expect(chart.bars[i]!.label).toContain(row.region);
        expect(table.rows[i]!.cells).toContain(row.valueLabel);
        expect(chart.bars[i]!.value).toEqual(row.value < 0 ? [row.value, 0] : row.value);
      }
      const ticks = chart.axis.ticks.map((t) => t.value);
      expect(ticks).toContain(0);
      expect(Math.min(...ticks)).toBeLessThanOrEqual(-2.4);
      expect(Math.max(...ticks)).toBeGreaterThanOrEqual(26.2);
      expect(height).toBe(rowChartHeight(4, chart.labelLines));
    },
  );
});

describe('unitGroupChart', () => {
  const data = indexData(realDataset());
  const group = unitGroups(['power.new-customers', 'power.seamless-transfers'], data.figures)[0]!;
  it.each([
    ['en' as Lang, 'customers', [528000, 1600]],
    ['zh' as Lang, '万户', [52.8, 0.16]],
  ])('%s: values divided to the axis scale %s', (lang, title, values) => {
    const { chart } = unitGroupChart(group, data.figures, lang, T[lang]);
    expect(chart.axis.title).toBe(title);
    chart.bars.forEach((bar, i) => expect(bar.value).toBeCloseTo(values[i]!, 10));
  });

  it('draws a range as a floating bar', () => {
    const ids = ['cement.price-rise-henan', 'cement.price-rise-xiangyang'];
    const [prices] = unitGroups(ids, data.figures);
    const { chart } = unitGroupChart(prices!, data.figures, 'en', T.en);
    expect(chart.bars.map((b) => b.value)).toEqual([30, [20, 30]]);
  });
});
