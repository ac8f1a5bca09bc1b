/** Spans of a paragraph: the clause, segment and sentence around a position. */

export type Span = { start: number; end: number };

/** What a quote may not cross: the brief's clause marks ，。；：、 and quotation marks. */
export const QUOTE_BREAKS = '，。；：、“”！？,;:!?';
/** A clause for reading context (units, regions): commas and stops, but not 、 or quotation marks. */
export const CLAUSE_BREAKS = '，。；：！？,;:!?';
/** A segment: a sentence, or one of the parts a semicolon divides it into. */
export const SEGMENT_BREAKS = '。；！？;!?';
export const SENTENCE_BREAKS = '。！？!?';

/** The span between the nearest `breaks` before `start` and after `end` (the marks excluded). */
export function spanAround(text: string, start: number, end: number, breaks: string): Span {
  let s = start;
  while (s > 0 && !breaks.includes(text[s - 1] as string)) s -= 1;
  let e = end;
  while (e < text.length && !breaks.includes(text[e] as string)) e += 1;
  return { start: s, end: e };
}

/** Every span of `text` between `breaks`, with its offsets; empty spans are dropped. */
export function splitSpans(text: string, breaks: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || breaks.includes(text[i] as string)) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the first of `items` (sorted by start) that starts at or after `from`. */
function firstFrom(items: readonly Span[], from: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as Span).start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items (sorted by start) that lie within `from`…`to`, found by binary search: a paragraph of
 * thousands of figures stays fast where a scan per figure would not.
 */
export function within<T extends Span>(items: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstFrom(items, from); i < items.length; i += 1) {
    const item = items[i] as T;
    if (item.start >= to) break;
    if (item.end <= to) found.push(item);
  }
  return found;
}

/** The items (sorted by start) that end by `to`, nearest first, without scanning the rest. */
export function* endingBy<T extends Span>(items: readonly T[], to: number): Generator<T> {
  for (let i = firstFrom(items, to) - 1; i >= 0; i -= 1) {
    const item = items[i] as T;
    if (item.end <= to) yield item;
  }
}
