import type { TFunction } from 'i18next';
import type { Figure, Period } from '../../data/schema';
import type { Sector } from '../../data/vocab';
import { formatRegion, formatSector, formatUnitLabel } from '../../format';
import { INTL_LOCALE, type Lang } from '../../i18n/languages';
import type { SortDir, SortKey } from '../../store/url-state';
import { byCodeUnits } from '../../data/order';

/** Rows per page: enough to scan, few enough that 100× the data never renders at once. */
export const PAGE_SIZE = 50;

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(INTL_LOCALE[lang], { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

/** Day-precision text for a calendar point, at its start or its end: `2022` → 2022-01-01 / 2022-12-31. */
function pointKey(date: string, at: 'start' | 'end'): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${at === 'start' ? '01' : '31'}`;
  return `${year}-${at === 'start' ? '01-01' : '12-31'}`;
}

/**
 * Where a period sits in time, as `[end, start]` day texts that sort chronologically: a figure
 * about January–July 2023 ends with one as of July 2023 and starts before it. `asOf` a bare year
 * means the year's end; `since` and `toDate` are dated by their one point.
 */
export function periodSortKey(period: Period): [string, string] {
  switch (period.kind) {
    case 'year':
      return [`${period.year}-12-31`, `${period.year}-01-01`];
    case 'half':
      return period.half === 1
        ? [`${period.year}-06-30`, `${period.year}-01-01`]
        : [`${period.year}-12-31`, `${period.year}-07-01`];
    case 'months':
      return [pointKey(period.to, 'end'), pointKey(period.from, 'start')];
    case 'month':
      return [pointKey(period.date, 'end'), pointKey(period.date, 'start')];
    case 'asOf':
      return [pointKey(period.date, 'end'), pointKey(period.date, 'end')];
    case 'since':
      return [pointKey(period.date, 'start'), pointKey(period.date, 'start')];
    case 'toDate':
      return [pointKey(period.date, 'end'), pointKey(period.date, 'end')];
  }
}

/** The number a figure sorts by: its value, or the low end of a range. */
export function sortValue(figure: Pick<Figure, 'value'>): number {
  return typeof figure.value === 'number' ? figure.value : figure.value.min;
}

export function filterBySector<T extends { sector: Sector }>(
  items: readonly T[],
  sector?: Sector,
): T[] {
  return sector ? items.filter((item) => item.sector === sector) : [...items];
}

/**
 * Figures in the order a column asks for, ties kept in curated order. Text columns compare in
 * the language's collation (pinyin for Chinese). Values are compared only within one unit —
 * 9.53亿吨 and 97% are not comparable — so rows are grouped by unit label (always A→Z) and
 * ordered by value inside each group; the direction applies to the values.
 */
export function sortFigures(
  figures: readonly Figure[],
  sort: SortKey | undefined,
  dir: SortDir | undefined,
  lang: Lang,
  t: TFunction,
): Figure[] {
  if (!sort) return figures.slice();
  const rows = figures.map((figure, index) => ({ figure, index }));
  const sign = dir === 'desc' ? -1 : 1;
  const text = collator(lang);
  const labels = new Map<string, string>();
  const label = (key: string, make: () => string) => {
    let value = labels.get(key);
    if (value === undefined) {
      value = make();
      labels.set(key, value);
    }
    return value;
  };
  /** Two figures in the order of a label they show (`key` names the label in the cache). */
  const byLabel = (a: Figure, b: Figure, key: (f: Figure) => string, make: (f: Figure) => string) =>
    text.compare(
      label(key(a), () => make(a)),
      label(key(b), () => make(b)),
    );
  const compare = (a: Figure, b: Figure): number => {
    switch (sort) {
      case 'sector':
        return (
          sign *
          byLabel(
            a,
            b,
            (f) => `s:${f.sector}`,
            (f) => formatSector(f.sector, t),
          )
        );
      case 'name':
        return sign * text.compare(a.name[lang], b.name[lang]);
      case 'region':
        return (
          sign *
          byLabel(
            a,
            b,
            (f) => `r:${f.region}`,
            (f) => formatRegion(f.region, t),
          )
        );
      case 'period': {
        const [aEnd, aStart] = periodSortKey(a.period);
        const [bEnd, bStart] = periodSortKey(b.period);
        return sign * (byCodeUnits(aEnd, bEnd) || byCodeUnits(aStart, bStart));
      }
      case 'value': {
        const byUnit = byLabel(
          a,
          b,
          (f) => `u:${f.unit}`,
          (f) => formatUnitLabel(f.unit, t),
        );
        // Two units can share a label in one language (条 for records and measures): keep them apart.
        return byUnit || byCodeUnits(a.unit, b.unit) || sign * (sortValue(a) - sortValue(b));
      }
      default:
        // The index's keys (change, points) do not apply to figures: curated order.
        return 0;
    }
  };
  rows.sort((a, b) => compare(a.figure, b.figure) || a.index - b.index);
  return rows.map((r) => r.figure);
}

export interface Page<T> {
  items: T[];
  /** The page shown, 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when there are none. */
  from: number;
  to: number;
  total: number;
}

/** One page of items; a page past the end shows the last page. */
export function paginate<T>(items: readonly T[], page = 1, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page: current,
    pageCount,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
}

/**
 * The page numbers a pagination bar shows: the first, the last, and the current one with its
 * neighbours; `null` marks a gap (…). Always short, however many pages there are.
 */
export function pageWindow(page: number, pageCount: number, neighbours = 1): (number | null)[] {
  const shown = new Set<number>([1, pageCount]);
  for (let p = page - neighbours; p <= page + neighbours; p += 1) {
    if (p >= 1 && p <= pageCount) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) out.push(null);
    out.push(p);
  });
  return out;
}
