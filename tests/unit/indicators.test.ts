// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indicatorSeries, periodKey, type IndicatorInfo } from '../../src/data/indicators';
import { checkDatasets } from '../../src/data/provenance/check';
import type { Figure } from '../../src/data/schema';
import { CHANGE_MEASURES } from '../../src/data/vocab';
import { PROJECT_VOCABULARY } from '../../src/data/vocabulary';
import { indexData } from '../../src/store/data-slice';
import { allViewPaths, parseLocation, routeHref } from '../../src/store/url-state';
import { realDataset } from '../render-app';

const data = indexData(realDataset());
const isChange = (m: string) => CHANGE_MEASURES.has(m);

function seriesOf(id: string) {
  const info = data.indicators.get(id)!;
  return indicatorSeries(
    info,
    [...data.figures.values()].filter((f) => f.indicator === id),
    isChange,
  );
}

describe('series from the seed data', () => {
  it('cement output: H1 2022 computed on each 口径, H1 2023 printed with its changes beside it', () => {
    const series = seriesOf('cement-output');
    expect(series.panels).toHaveLength(1);
    const [panel] = series.panels;
    const points = panel!.points.map((p) => ({
      period: periodKey(p.period),
      basis: p.basis,
      value: Math.round(p.value as number),
      computed: p.computed,
    }));
    expect(points).toEqual([
      {
        period: 'half:2022-1',
        basis: ['same-caliber', 'above-scale'],
        value: 940769990,
        computed: true,
      },
      { period: 'half:2022-1', basis: ['full-caliber'], value: 977000000, computed: true },
      {
        period: 'half:2023-1',
        basis: ['above-scale', 'cumulative'],
        value: 953000000,
        computed: false,
      },
    ]);
    // Three bases: never one line.
    expect(panel!.bases).toHaveLength(3);
    expect(series.latest?.point.figures[0]?.id).toBe('cement.output-h1');
    expect(series.latest?.point.changes.map((c) => c.id)).toEqual([
      'cement.output-yoy-same-caliber',
      'cement.output-yoy-full-caliber',
      'cement.output-change-full-caliber',
    ]);
  });

  it('new power customers: the year before computed, this year printed with its +26.2%', () => {
    const series = seriesOf('power-new-customers');
    const [panel] = series.panels;
    expect(panel!.points.map((p) => [periodKey(p.period), p.computed])).toEqual([
      ['asOf:2022-07', true],
      ['asOf:2023-07', false],
    ]);
    expect(series.latest?.point.changes.map((c) => c.value)).toEqual([26.2]);
  });

  it('an indicator printed only as a change charts the change', () => {
    const series = seriesOf('housing-completed-area');
    expect(series.latest?.point.figures[0]?.id).toBe('housing.completed-area-yoy');
    expect(series.looseChanges).toEqual([]);
  });

  it('regions are series of their own', () => {
    const series = seriesOf('cement-price-rise');
    expect(series.panels).toHaveLength(3);
    expect(new Set(series.panels.map((p) => p.region)).size).toBe(3);
  });

  it('every figure of the seeds has an indicator whose series holds it', () => {
    for (const id of data.indicators.keys()) {
      const series = seriesOf(id);
      const held = new Set(
        series.panels.flatMap((p) =>
          p.points.flatMap((pt) =>
            [...pt.figures, ...pt.changes, ...pt.conflicts].map((f) => f.id),
          ),
        ),
      );
      for (const f of series.looseChanges) held.add(f.id);
      expect([...held].sort()).toEqual(series.figures.map((f) => f.id).sort());
    }
    expect(data.figureIds.every((id) => data.indicators.has(data.figures.get(id)!.indicator))).toBe(
      true,
    );
  });
});

/** A synthetic five-year monthly series of one indicator across two articles of our own. */
function syntheticFiveYears() {
  const months: string[] = [];
  for (let y = 2019; y <= 2023; y += 1) {
    for (let m = 1; m <= 12; m += 1) months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  const sentence = (month: string, value: string) => {
    const [y, m] = month.split('-');
    return `${y}年${Number(m)}月，全国水泥产量${value}亿吨。`;
  };
  const value = (i: number) => (1.5 + (i % 12) / 10).toFixed(2);
  const figure = (article: string, month: string, v: string, extra: Partial<Figure> = {}) => ({
    id: `${article}.output-${month}`,
    indicator: 'cement-output',
    sector: 'cement',
    name: { zh: '水泥产量', en: 'Cement output' },
    measure: 'level',
    value: Math.round(Number(v) * 1e8),
    unit: 'tonne',
    qualifier: 'exact',
    period: { kind: 'month', date: month },
    region: 'china',
    asPrinted: `${v}亿吨`,
    source: { article, quote: sentence(month, v), gistEn: 'Cement output that month.' },
    ...extra,
  });
  // The first article reports 2019–2021, the second 2021-12 to 2023: they overlap on one month.
  const first = months.slice(0, 36);
  const second = months.slice(35);
  const texts = {
    'cement-monthly-a': first.map((m, i) => sentence(m, value(i))).join(''),
    'cement-monthly-b': second
      .map((m, i) => sentence(m, i === 0 ? '1.66' : value(i + 35)))
      .join(''),
  };
  const dataset = (article: string, figures: unknown[]) => ({
    $schema: '../schemas/dataset.schema.json',
    version: 1,
    article,
    figures,
    events: [],
  });
  const sidecar = (id: string) => ({
    $schema: '../schemas/article.schema.json',
    id,
    title: { zh: `水泥月报${id.slice(-1)}`, en: `Cement monthly ${id.slice(-1)}` },
    sector: 'cement',
    publication: { date: null, outlet: null, note: { zh: '测试用文章。', en: 'A test article.' } },
  });
  const a = first.map((m, i) => figure('cement-monthly-a', m, value(i)));
  const b = second.map((m, i) => figure('cement-monthly-b', m, i === 0 ? '1.66' : value(i + 35)));
  return {
    months,
    a,
    b,
    input: (bFigures: unknown[] = b) => ({
      datasets: [
        { file: 'data/cement-monthly-a.json', json: dataset('cement-monthly-a', a) },
        { file: 'data/cement-monthly-b.json', json: dataset('cement-monthly-b', bFigures) },
      ],
      articles: [
        { file: 'seeds/cement-monthly-a.json', json: sidecar('cement-monthly-a') },
        { file: 'seeds/cement-monthly-b.json', json: sidecar('cement-monthly-b') },
      ],
      articleTexts: texts,
      vocabulary: PROJECT_VOCABULARY,
    }),
  };
}

describe('a five-year monthly series from two articles', () => {
  const synthetic = syntheticFiveYears();

  it('check:data reports the month the articles disagree on, quoting both', () => {
    const problems = checkDatasets(synthetic.input());
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.file).toBe('data/cement-monthly-b.json');
    expect(problem!.path).toBe('figures[0].value');
    expect(problem!.message).toContain(
      'conflicts with cement-monthly-a.output-2021-12 in data/cement-monthly-a.json',
    );
    expect(problem!.message).toContain('"1.66亿吨" in «2021年12月，全国水泥产量1.66亿吨。»');
    expect(problem!.message).toContain('"2.60亿吨" in «2021年12月，全国水泥产量2.60亿吨。»');
    expect(problem!.message).toContain('"conflictsWith": ["cement-monthly-a.output-2021-12"]');
  });

  it('passes once the curator explains the difference, which the series keeps beside the value', () => {
    const explained = synthetic.b.map((f, i) =>
      i === 0
        ? {
            ...f,
            conflictsWith: ['cement-monthly-a.output-2021-12'],
            note: {
              zh: '后一篇文章采用修订后的数据。',
              en: 'The later article uses revised data.',
            },
          }
        : f,
    );
    expect(checkDatasets(synthetic.input(explained))).toEqual([]);
    const info = PROJECT_VOCABULARY.indicators.find((i) => i.id === 'cement-output')!;
    const series = indicatorSeries(
      info as IndicatorInfo,
      [...synthetic.a, ...explained] as Figure[],
      isChange,
    );
    expect(series.panels).toHaveLength(1);
    expect(series.panels[0]!.points).toHaveLength(60);
    const december = series.panels[0]!.points.find((p) => periodKey(p.period) === 'month:2021-12');
    expect(december?.conflicts.map((f) => f.id)).toEqual(['cement-monthly-b.output-2021-12']);
    expect(series.latest && periodKey(series.latest.point.period)).toBe('month:2023-12');
  });

  it('refuses a conflictsWith that names a figure agreeing with it', () => {
    const wrong = synthetic.b.map((f, i) =>
      i === 1
        ? {
            ...f,
            conflictsWith: ['cement-monthly-a.output-2021-11'],
            note: { zh: '说明。', en: 'A note.' },
          }
        : f,
    );
    const messages = checkDatasets(synthetic.input(wrong)).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContainEqual(
      'figures[1].conflictsWith[0]: cement-monthly-a.output-2021-11 does not conflict with this figure: it gives another indicator, period, region or basis; remove it from conflictsWith',
    );
  });

  it('reports a figure whose unit or measure disagrees with its indicator', () => {
    const wrong = synthetic.b.map((f, i) =>
      i === 2
        ? { ...f, measure: 'rate' }
        : i === 3
          ? { ...f, unit: 'yuan', asPrinted: f.asPrinted }
          : f,
    );
    const messages = checkDatasets(synthetic.input(wrong)).map((p) => `${p.path}: ${p.message}`);
    expect(
      messages.some((m) =>
        m.startsWith(
          'figures[2].measure: measure "rate" disagrees with indicator "cement-output", whose figures are "level" or "yoy-change"',
        ),
      ),
    ).toBe(true);
    expect(
      messages.some((m) =>
        m.startsWith(
          'figures[3].unit: unit "yuan" disagrees with indicator "cement-output", whose figures are in "tonne"',
        ),
      ),
    ).toBe(true);
  });
});

describe('indicator routes', () => {
  it.each([
    ['/en/indicators/', '', { view: 'indicators' }],
    ['/zh/indicators/cement-output/', '', { view: 'indicator', indicator: 'cement-output' }],
    [
      '/en/indicators/',
      `?sector=cement&q=${encodeURIComponent('产量')}&sort=points`,
      { view: 'indicators', q: '产量' },
    ],
    [
      '/en/compare/',
      '?indicators=cement-output,power-new-customers',
      { view: 'compare', indicators: ['cement-output', 'power-new-customers'] },
    ],
  ])('%s%s', (path, search, expected) => {
    const { route, notices } = parseLocation(path, search);
    expect(notices).toEqual([]);
    expect(route.view).toBe(expected.view);
    if ('indicator' in expected) expect(route.params.indicator).toBe(expected.indicator);
    if ('q' in expected) expect(route.params.q).toBe(expected.q);
    if ('indicators' in expected) expect(route.params.indicators).toEqual(expected.indicators);
    // The link the route makes is the one it was read from.
    expect(routeHref(route)).toBe(`${path}${search}`);
  });

  it('a hostile indicator path is a page not found, and hostile search text stays text', () => {
    expect(parseLocation('/en/indicators/<script>/', '').route.notFound).toBe(true);
    expect(parseLocation('/en/indicators/a/b/', '').route.notFound).toBe(true);
    const { route } = parseLocation(
      '/en/indicators/',
      `?q=${encodeURIComponent('<img onerror=x>')}`,
    );
    expect(route.params.q).toBe('<img onerror=x>');
    const bad = parseLocation('/en/compare/', '?indicators=ok-id,Bad_Id');
    expect(bad.route.params.indicators).toEqual(['ok-id']);
    expect(bad.notices).toEqual([{ kind: 'invalid-value', name: 'indicators', value: 'Bad_Id' }]);
  });

  it('prerenders the index and one page per indicator in each language', () => {
    const paths = allViewPaths(['zh', 'en'], ['cement-output']);
    expect(paths).toContain('/zh/indicators/');
    expect(paths).toContain('/en/indicators/cement-output/');
    expect(paths).not.toContain('/en/indicators//');
  });
});
