import type { TFunction } from 'i18next';
import type { Article, Figure } from '../data/schema';
import type { Lang } from '../i18n/languages';
import { formatPeriod } from './date';
import { exportFileName, safeFileName } from './file-name';
import { formatBasis, formatQualifier, formatRegion, formatSector } from './labels';
import { formatValue } from './number';

/**
 * The columns of a data download, in order. Headers stay these stable English keys in both
 * languages so scripts can read either file; the cells carry the language.
 */
export const EXPORT_COLUMNS = [
  'id',
  'sector',
  'name',
  'value',
  'value_min',
  'value_max',
  'unit',
  'value_formatted',
  'qualifier',
  'period',
  'region',
  'basis',
  'derived_formula',
  'source_article',
  'quote',
  'gist_en',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** A cell: numbers are written as plain numbers, text is quoted and guarded as needed. */
export type CsvCell = string | number | null | undefined;
export type ExportRow = Record<ExportColumn, CsvCell>;

/**
 * One row per figure, in the order given. `value` is the stored number in base units (yuan,
 * tonnes, percent); a range fills `value_min` and `value_max` instead. Labels are in `lang`.
 */
export function figuresToRows(
  figures: readonly Figure[],
  lang: Lang,
  t: TFunction,
  articles: ReadonlyMap<string, Article>,
): ExportRow[] {
  return figures.map((figure) => {
    const range = typeof figure.value === 'number' ? null : figure.value;
    const article = figure.source ? articles.get(figure.source.article) : undefined;
    return {
      id: figure.id,
      sector: formatSector(figure.sector, t),
      name: figure.name[lang],
      value: range ? null : (figure.value as number),
      value_min: range?.min,
      value_max: range?.max,
      unit: figure.unit,
      value_formatted: formatValue(figure, lang, t),
      qualifier: formatQualifier(figure.qualifier, t),
      period: formatPeriod(figure.period, t),
      region: formatRegion(figure.region, t),
      basis: (figure.basis ?? []).map((b) => formatBasis(b, t)).join('; '),
      derived_formula: figure.derived?.formula,
      source_article: article ? article.title[lang] : figure.source?.article,
      quote: figure.source?.quote,
      gist_en: figure.source?.gistEn,
    };
  });
}

const NEEDS_QUOTES = /[",\r\n]/;
/** Text a spreadsheet would run as a formula (OWASP CSV injection): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: numbers plain, text guarded against formulas, quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * RFC 4180 CSV: a header row of `columns`, comma separated, CRLF after every record, fields with
 * a comma, quote or line break quoted. Starts with a UTF-8 BOM so spreadsheet programs read
 * Chinese text correctly.
 */
export function toCsv(
  rows: readonly Readonly<Partial<Record<string, CsvCell>>>[],
  columns: readonly string[] = EXPORT_COLUMNS,
): string {
  const lines = [
    columns.map(csvField).join(','),
    ...rows.map((row) => columns.map((column) => csvField(row[column])).join(',')),
  ];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

export interface JsonExport {
  generated: string;
  source: string;
  count: number;
  figures: Figure[];
}

/**
 * The figures as the data files hold them, under a small header. `generated` defaults to now; pass
 * it for a reproducible file.
 */
export function toJson(
  figures: readonly Figure[],
  options: { generated?: string; source?: string } = {},
): string {
  const document: JsonExport = {
    generated: options.generated ?? new Date().toISOString(),
    source: options.source ?? 'Economic Indicator Dashboard',
    count: figures.length,
    figures: [...figures],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `economic-indicators-cement-zh.csv`: the scope's safe name, or `all`. */
export function dataFileName(scope: string, lang: Lang, extension: 'csv' | 'json'): string {
  return exportFileName(`economic-indicators-${safeFileName(scope) || 'all'}`, lang, extension);
}
