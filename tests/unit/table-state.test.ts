import { describe, expect, it } from 'vitest';
import type { Figure, Period } from '../../src/data/schema';
import {
  PAGE_SIZE,
  pageWindow,
  paginate,
  periodSortKey,
  sortFigures,
  sortValue,
} from '../../src/features/table/table-state';
import { createI18n } from '../../src/i18n';

describe('periodSortKey', () => {
  it.each<[string, Period, [string, string]]>([
    ['a year', { kind: 'year', year: 2022 }, ['2022-12-31', '2022-01-01']],
    ['a first half', { kind: 'half', year: 2023, half: 1 }, ['2023-06-30', '2023-01-01']],
    ['a second half', { kind: 'half', year: 2023, half: 2 }, ['2023-12-31', '2023-07-01']],
    ['months', { kind: 'months', from: '2023-01', to: '2023-07' }, ['2023-07-31', '2023-01-01']],
    ['a month', { kind: 'month', date: '2023-08' }, ['2023-08-31', '2023-08-01']],
    ['as of a bare year: its end', { kind: 'asOf', date: '2022' }, ['2022-12-31', '2022-12-31']],
    ['as of a month: its end', { kind: 'asOf', date: '2023-07' }, ['2023-07-31', '2023-07-31']],
    ['since a day', { kind: 'since', date: '2023-08-20' }, ['2023-08-20', '2023-08-20']],
    ['since a month: its start', { kind: 'since', date: '2022-11' }, ['2022-11-01', '2022-11-01']],
    ['to date', { kind: 'toDate', date: '2023-08' }, ['2023-08-31', '2023-08-31']],
  ])('%s', (_label, period, expected) => {
    expect(periodSortKey(period)).toEqual(expected);
  });
});

describe('sortValue', () => {
  it.each<[string, Figure['value'], number]>([
    ['a number', 953000000, 953000000],
    ['a negative number', -2.4, -2.4],
    ['a range: its low end', { min: 5, max: 30 }, 5],
  ])('%s', (_label, value, expected) => {
    expect(sortValue({ value })).toBe(expected);
  });
});

function figure(id: string, patch: Partial<Figure>): Figure {
  return {
    id: `test.${id}`,
    indicator: 'test-indicator',
    sector: 'cement',
    name: { zh: id, en: id },
    measure: 'level',
    value: 1,
    unit: 'tonne',
    qualifier: 'exact',
    period: { kind: 'year', year: 2023 },
    region: 'china',
    asPrinted: '1吨',
    source: { article: 'a', quote: 'q', gistEn: 'g' },
    ...patch,
  };
}

describe('sortFigures', () => {
  const en = createI18n('en');
  const figures = [
    figure('b', { value: 97, unit: 'percent' }),
    figure('a', { value: 953000000 }),
    figure('c', { value: { min: 5, max: 30 }, unit: 'yuan-per-tonne' }),
    figure('d', { value: -24000000 }),
    figure('e', { value: 1.3, unit: 'percent' }),
    figure('f', { value: 20, unit: 'yuan-per-tonne' }),
  ];
  const ids = (list: Figure[]) => list.map((f) => f.id.replace('test.', ''));

  it('keeps the curated order when nothing is sorted', () => {
    expect(ids(sortFigures(figures, undefined, undefined, 'en', en.t))).toEqual(ids(figures));
  });

  it('groups values by unit label and orders them within each unit', () => {
    // English unit labels: "%", "CNY/t", "t".
    expect(ids(sortFigures(figures, 'value', 'asc', 'en', en.t))).toEqual([
      'e',
      'b',
      'c',
      'f',
      'd',
      'a',
    ]);
  });

  it('descending reverses the values but not the unit groups', () => {
    expect(ids(sortFigures(figures, 'value', 'desc', 'en', en.t))).toEqual([
      'b',
      'e',
      'f',
      'c',
      'a',
      'd',
    ]);
  });

  it('sorts names in the language’s collation, ties in curated order', () => {
    const named = [
      figure('x1', { name: { zh: '水泥', en: 'Cement' } }),
      figure('x2', { name: { zh: '保交楼', en: 'Housing' } }),
      figure('x3', { name: { zh: '电力', en: 'cement' } }),
    ];
    expect(ids(sortFigures(named, 'name', 'asc', 'en', en.t))).toEqual(['x1', 'x3', 'x2']);
    // Pinyin: bǎo, diàn, shuǐ.
    expect(ids(sortFigures(named, 'name', 'asc', 'zh', createI18n('zh').t))).toEqual([
      'x2',
      'x3',
      'x1',
    ]);
  });

  it('sorts periods chronologically by end, then start', () => {
    const dated = [
      figure('p1', { period: { kind: 'toDate', date: '2023-08' } }),
      figure('p2', { period: { kind: 'asOf', date: '2022' } }),
      figure('p3', { period: { kind: 'asOf', date: '2023-07' } }),
      figure('p4', { period: { kind: 'months', from: '2023-01', to: '2023-07' } }),
    ];
    expect(ids(sortFigures(dated, 'period', 'asc', 'en', en.t))).toEqual(['p2', 'p4', 'p3', 'p1']);
    expect(ids(sortFigures(dated, 'period', 'desc', 'en', en.t))).toEqual(['p1', 'p3', 'p4', 'p2']);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);
  it.each<[string, number | undefined, { page: number; from: number; to: number; first?: number }]>(
    [
      ['no page means the first', undefined, { page: 1, from: 1, to: 50, first: 1 }],
      ['page 2 holds rows 51–100', 2, { page: 2, from: 51, to: 100, first: 51 }],
      ['the last page holds the rest', 3, { page: 3, from: 101, to: 120, first: 101 }],
      ['a page past the end shows the last', 99, { page: 3, from: 101, to: 120, first: 101 }],
      ['page 0 shows the first', 0, { page: 1, from: 1, to: 50, first: 1 }],
    ],
  )('%s', (_label, page, expected) => {
    const result = paginate(items, page);
    expect(result).toMatchObject({
      page: expected.page,
      from: expected.from,
      to: expected.to,
      pageCount: 3,
      total: 120,
    });
    expect(result.items[0]).toBe(expected.first);
    expect(result.items.length).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it('an empty list is one empty page', () => {
    expect(paginate([])).toEqual({ items: [], page: 1, pageCount: 1, from: 0, to: 0, total: 0 });
  });
});

describe('pageWindow', () => {
  it.each<[number, number, (number | null)[]]>([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [2, 77, [1, 2, 3, null, 77]],
    [40, 77, [1, null, 39, 40, 41, null, 77]],
    [77, 77, [1, null, 76, 77]],
    [3, 5, [1, 2, 3, 4, 5]],
  ])('page %i of %i', (page, count, expected) => {
    expect(pageWindow(page, count)).toEqual(expected);
  });
});
