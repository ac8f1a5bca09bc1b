import type { IndicatorDigest, IndicatorInfo } from '../../data/indicators';
import type { Figure } from '../../data/schema';
import { SECTORS } from '../../data/vocab';
import { INTL_LOCALE, type Lang } from '../../i18n/languages';
import type { SortDir, SortKey } from '../../store/url-state';

/** Rows per page of the index: a screenful or two, however many indicators the data holds. */
export const INDEX_PAGE_SIZE = 40;

/** The sorts the index offers, the first its default. */
export const INDEX_SORTS = ['sector', 'name', 'period', 'points', 'change'] as const;
export type IndexSort = (typeof INDEX_SORTS)[number];

export interface IndexRow {
  info: IndicatorInfo;
  digest: IndicatorDigest;
  /** The first change printed for the latest value, if any. */
  change: Figure | undefined;
  /** Order in the vocabulary: ties keep it. */
  order: number;
}

/**
 * Every indicator with figures, with its digest: what the index filters and sorts. Only the rows
 * of the page shown are formatted (summarizeDigest), however many indicators there are.
 */
export function indexRows(
  indicators: ReadonlyMap<string, IndicatorInfo>,
  digests: ReadonlyMap<string, IndicatorDigest>,
  figures: ReadonlyMap<string, Figure>,
): IndexRow[] {
  const rows: IndexRow[] = [];
  let order = 0;
  for (const info of indicators.values()) {
    const digest = digests.get(info.id);
    if (!digest) continue;
    const change = digest.changes.map((id) => figures.get(id)).find((f) => f !== undefined);
    rows.push({ info, digest, change, order: order++ });
  }
  return rows;
}

/** Text folded for matching: case, width and accents do not matter. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Rows whose name, in either language, or id contains every word of `query`. */
export function searchRows(rows: readonly IndexRow[], query: string | undefined): IndexRow[] {
  const words = fold(query ?? '')
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = fold(`${row.info.name.zh} ${row.info.name.en} ${row.info.id}`);
    return words.every((w) => text.includes(w));
  });
}

export function asIndexSort(sort: SortKey | undefined): IndexSort {
  return (INDEX_SORTS as readonly string[]).includes(sort ?? '') ? (sort as IndexSort) : 'sector';
}

/** A change's value as a number to sort by, when it is a percentage; else none. */
function changeValue(row: IndexRow): number | undefined {
  const { change } = row;
  if (!change || change.unit !== 'percent') return undefined;
  return typeof change.value === 'number' ? change.value : change.value.min;
}

/**
 * Rows in the order asked for; ties, and rows with nothing to sort by (no percentage change),
 * keep the vocabulary's order after the others. The latest period sorts newest first by default,
 * the number of values most first; names in the language's collation (pinyin for Chinese).
 */
export function sortRows(
  rows: readonly IndexRow[],
  sort: IndexSort,
  dir: SortDir | undefined,
  lang: Lang,
): IndexRow[] {
  const collator = new Intl.Collator(INTL_LOCALE[lang], { numeric: true });
  const descByDefault = sort === 'period' || sort === 'points' || sort === 'change';
  const sign = (dir ?? (descByDefault ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
  const key = (row: IndexRow): number | string | undefined => {
    switch (sort) {
      case 'sector':
        return SECTORS.indexOf(row.info.sector);
      case 'name':
        return row.info.name[lang];
      case 'period':
        return row.digest.end;
      case 'points':
        return row.digest.points;
      case 'change':
        return changeValue(row);
    }
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined || kb === undefined) {
      return ka === kb ? a.order - b.order : ka === undefined ? 1 : -1;
    }
    const by =
      typeof ka === 'string' && typeof kb === 'string'
        ? collator.compare(ka, kb)
        : (ka as number) - (kb as number);
    return sign * by || a.order - b.order;
  });
}
