import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv-parse';
import { loadFromDisk } from '../../scripts/vite/datasets-plugin';
import {
  EXPORT_COLUMNS,
  csvField,
  dataFileName,
  figuresToRows,
  toCsv,
  toJson,
  type CsvCell,
  type JsonExport,
} from '../../src/format/export';
import type { Article, Figure } from '../../src/data/schema';
import { createI18n } from '../../src/i18n';

const data = loadFromDisk(process.cwd());
const figures: Figure[] = data.datasets.flatMap((d) => d.dataset.figures);
const articles: ReadonlyMap<string, Article> = new Map(data.articles.map((a) => [a.id, a]));
const byId = (id: string) => {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new Error(`test data has no figure ${id}`);
  return figure;
};

describe('csvField', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text stays bare', 'cement', 'cement'],
    ['a comma is quoted', 'a,b', '"a,b"'],
    ['a quote is doubled and quoted', 'say "hi"', '"say ""hi"""'],
    ['LF is quoted', 'line\nbreak', '"line\nbreak"'],
    ['CR is quoted', 'line\rbreak', '"line\rbreak"'],
    ['CRLF is quoted', 'line\r\nbreak', '"line\r\nbreak"'],
    ['Chinese text stays as is', '水泥产量9.53亿吨', '水泥产量9.53亿吨'],
    ['Chinese punctuation needs no quotes', '同比增长1.3%，较去年', '同比增长1.3%，较去年'],
    ['= starts a formula: guarded', '=1+1', "'=1+1"],
    ['+ starts a formula: guarded', '+1.3%', "'+1.3%"],
    ['- starts a formula: guarded', '-2+3', "'-2+3"],
    ['@ starts a formula: guarded', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab is guarded', '\tcmd', "'\tcmd"],
    ['a leading CR is guarded and quoted', '\r=1', '"\'\r=1"'],
    ['a guarded field with a comma is quoted too', '=HYPERLINK("x",1)', '"\'=HYPERLINK(""x"",1)"'],
    ['a negative number in a numeric cell is written plainly', -2.4, '-2.4'],
    ['a large number keeps every digit', 350000000000, '350000000000'],
    ['a stored fraction keeps every digit', 940769990.1283318, '940769990.1283318'],
    ['a missing value is empty', undefined, ''],
    ['null is empty', null, ''],
    ['a non-finite number is empty, not "NaN"', Number.NaN, ''],
    ['a minus sign (U+2212) is not a formula start', '\u22122.4%', '\u22122.4%'],
  ])('%s', (_label, cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

describe('toCsv', () => {
  const columns = ['text', 'number'];
  const cells: [string, CsvCell][] = [
    ['plain', 1],
    ['with, comma', -2.4],
    ['with "quotes"', 0],
    ['two\nlines', 953000000],
    ['carriage\rreturn', null],
    ['windows\r\nline', 20],
    ['中文，带逗号, and comma', 1.3],
    ['=cmd|" /C calc"!A0', 5],
    ['+1', 6],
    ['-1', 7],
    ['@x', 8],
    ['', undefined],
  ];
  const rows = cells.map(([text, number]) => ({ text, number }));
  const csv = toCsv(rows, columns);

  it('starts with a UTF-8 byte order mark so spreadsheets read Chinese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every record, header included, with CRLF', () => {
    const simple = toCsv(
      [
        { a: 'x', b: 1 },
        { a: 'y', b: 2 },
      ],
      ['a', 'b'],
    );
    expect(simple).toBe('\uFEFFa,b\r\nx,1\r\ny,2\r\n');
  });

  it('reads back through a CSV parser as the same cells, guarded text keeping its apostrophe', () => {
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual(columns);
    const expected = cells.map(([text, number]) => {
      const t = text;
      return [
        /^[=+\-@]/.test(t) ? `'${t}` : t,
        number === null || number === undefined ? '' : String(number),
      ];
    });
    expect(parsed.slice(1)).toEqual(expected);
  });

  it('writes only the header for no rows', () => {
    expect(parseCsv(toCsv([]))).toEqual([[...EXPORT_COLUMNS]]);
  });
});

describe('parseCsv', () => {
  it.each([
    ['a quote inside an unquoted field', 'a"b,c\r\n'],
    ['text after a closing quote', '"a"b,c\r\n'],
    ['an unterminated quoted field', '"abc\r\n'],
  ])('rejects %s', (_label, text) => {
    expect(() => parseCsv(text)).toThrow(/CSV:/);
  });

  it('reads LF-only and CR-only record ends and a last record without one', () => {
    expect(parseCsv('a,b\nc,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
});

describe('figuresToRows', () => {
  const zh = createI18n('zh');
  const en = createI18n('en');

  it('gives one row per figure with every export column', () => {
    const rows = figuresToRows(figures, 'en', en.t, articles);
    expect(rows).toHaveLength(figures.length);
    expect(rows.map((r) => r.id)).toEqual(figures.map((f) => f.id));
    for (const row of rows) expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS]);
  });

  it('keeps the stored value in base units and formats it in the language', () => {
    const [zhRow] = figuresToRows([byId('cement.output-h1')], 'zh', zh.t, articles);
    const [enRow] = figuresToRows([byId('cement.output-h1')], 'en', en.t, articles);
    expect(zhRow).toMatchObject({
      value: 953000000,
      unit: 'tonne',
      value_formatted: '9.53亿吨',
      name: byId('cement.output-h1').name.zh,
      sector: '水泥',
      period: '2023年上半年',
      region: '全国',
    });
    expect(enRow).toMatchObject({
      value: 953000000,
      value_formatted: '953 million t',
      name: byId('cement.output-h1').name.en,
      sector: 'Cement',
      period: 'H1 2023',
    });
    expect(enRow!.basis).toBe('above-scale enterprises; cumulative');
    expect(enRow!.quote).toBe(byId('cement.output-h1').source!.quote);
    expect(enRow!.gist_en).toBe(byId('cement.output-h1').source!.gistEn);
    expect(enRow!.source_article).toBe(articles.get('cement-h1-2023')!.title.en);
  });

  it('writes a range as min and max columns, not as one value', () => {
    const [row] = figuresToRows([byId('cement.price-rise-xiangyang')], 'en', en.t, articles);
    expect(row).toMatchObject({ value: null, value_min: 20, value_max: 30 });
  });

  it('gives a derived figure its formula and no quote', () => {
    const figure = byId('cement.output-h1-2022-implied');
    const [row] = figuresToRows([figure], 'en', en.t, articles);
    expect(row!.derived_formula).toBe(figure.derived!.formula);
    expect(row!.quote).toBeUndefined();
    expect(row!.value_formatted).toMatch(/^≈/);
  });

  it('a negative change stays a plain number in the value column and is never guarded', () => {
    const figure = byId('cement.output-yoy-full-caliber');
    const csv = toCsv(figuresToRows([figure], 'en', en.t, articles));
    const [header, row] = parseCsv(csv);
    expect(row![header!.indexOf('value')]).toBe(String(figure.value));
    expect(String(figure.value).startsWith('-')).toBe(true);
  });

  it('round-trips every real figure through CSV in both languages', () => {
    for (const [lang, i18n] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const rows = figuresToRows(figures, lang, i18n.t, articles);
      const parsed = parseCsv(toCsv(rows));
      expect(parsed).toHaveLength(rows.length + 1);
      parsed.slice(1).forEach((cells, i) => {
        const row = rows[i]!;
        EXPORT_COLUMNS.forEach((column, c) => {
          const cell = row[column];
          const text = cell === null || cell === undefined ? '' : String(cell);
          const guarded = typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell);
          expect(cells[c]).toBe(guarded ? `'${text}` : text);
        });
      });
    }
  });
});

describe('toJson', () => {
  it('holds the figures as the data files do, under a header with their count', () => {
    const chosen = figures.filter((f) => f.sector === 'cement');
    const json = JSON.parse(
      toJson(chosen, { generated: '2023-08-31T00:00:00.000Z', source: 'test' }),
    ) as JsonExport;
    expect(Object.keys(json)).toEqual(['generated', 'source', 'count', 'figures']);
    expect(json).toMatchObject({ generated: '2023-08-31T00:00:00.000Z', source: 'test' });
    expect(json.count).toBe(chosen.length);
    expect(json.figures).toEqual(chosen);
  });

  it('stamps the time it was generated when none is given', () => {
    const json = JSON.parse(toJson([])) as JsonExport;
    expect(Number.isNaN(Date.parse(json.generated))).toBe(false);
    expect(json.count).toBe(0);
  });
});

describe('dataFileName', () => {
  it.each([
    ['cement', 'zh', 'csv', 'economic-indicators-cement-zh.csv'],
    ['all', 'en', 'json', 'economic-indicators-all-en.json'],
    ['ai-security', 'en', 'csv', 'economic-indicators-ai-security-en.csv'],
    ['../Evil Name', 'en', 'csv', 'economic-indicators-evil-name-en.csv'],
    ['', 'zh', 'json', 'economic-indicators-all-zh.json'],
  ] as const)('%s/%s/%s → %s', (scope, lang, ext, expected) => {
    expect(dataFileName(scope, lang, ext)).toBe(expected);
  });
});
