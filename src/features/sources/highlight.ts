/**
 * Pure text work for the sources page: finding a quote in its article whatever the spacing,
 * splitting an article into paragraphs, and cutting a paragraph into runs that know which
 * figures quote them.
 */

/** A half-open span of the original text: `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

const WHITESPACE = /\s/u;

/**
 * Every place `quote` occurs in `text`, ignoring whitespace on both sides (a quote may hold a
 * space the article lacks, or the article a line break inside the quoted clause). Ranges point
 * into the original `text`, start at the quote's first non-space character and end after its
 * last. Occurrences may overlap; an empty or blank quote occurs nowhere.
 */
export function findQuoteRanges(text: string, quote: string): TextRange[] {
  const needle = Array.from(quote)
    .filter((c) => !WHITESPACE.test(c))
    .join('');
  if (needle.length === 0) return [];
  // The text without whitespace, and for each of its UTF-16 units the index it came from.
  let compact = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (WHITESPACE.test(c)) continue;
    compact += c;
    origin.push(i);
  }
  const ranges: TextRange[] = [];
  for (let at = compact.indexOf(needle); at !== -1; at = compact.indexOf(needle, at + 1)) {
    const start = origin[at] as number;
    const end = (origin[at + needle.length - 1] as number) + 1;
    ranges.push({ start, end });
  }
  return ranges;
}

export const BLOCK_KINDS = ['title', 'heading', 'paragraph'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** One paragraph of an article, with where it sits in the whole text. */
export interface TextBlock extends TextRange {
  kind: BlockKind;
  text: string;
}

/** Subheadings are short lines without closing punctuation: 发展与安全并重, 提升办电速度 让接电更高效. */
const MAX_HEADING_LENGTH = 24;
const SENTENCE_END = /[。！？!?；;：:…⋯”’」』）)]$/u;
const OPENING_BRACKET = /^[（(【[「『“]/u;

function compactText(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Whether a paragraph reads as a subheading rather than running text. */
export function isSubheading(paragraph: string): boolean {
  const compact = compactText(paragraph);
  return (
    compact.length > 0 &&
    compact.length <= MAX_HEADING_LENGTH &&
    !SENTENCE_END.test(compact) &&
    !OPENING_BRACKET.test(compact)
  );
}

/**
 * Splits an article into its paragraphs (separated by blank lines). The first paragraph is the
 * printed title when it reads the same as `title` (whitespace aside); short unpunctuated lines
 * are subheadings.
 */
export function splitArticle(text: string, title?: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const separator = /\r?\n[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/gu;
  let from = 0;
  const push = (start: number, end: number) => {
    // Trim each paragraph but keep its offsets pointing into the original text.
    while (start < end && WHITESPACE.test(text[start] as string)) start += 1;
    while (end > start && WHITESPACE.test(text[end - 1] as string)) end -= 1;
    if (start === end) return;
    const body = text.slice(start, end);
    const isTitle =
      blocks.length === 0 &&
      title !== undefined &&
      compactText(title).length > 0 &&
      compactText(body) === compactText(title);
    const kind: BlockKind = isTitle ? 'title' : isSubheading(body) ? 'heading' : 'paragraph';
    blocks.push({ start, end, kind, text: body });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return blocks;
}

/** A quoted passage of the article and who quotes it. */
export interface QuotedRange extends TextRange {
  id: string;
}

/** A run of text inside one block: plain, inside the chosen quote (`marked`), or a link to a figure. */
export interface TextRun extends TextRange {
  text: string;
  /** Inside a quote of the chosen figure (or of a derived figure's inputs). */
  marked: boolean;
  /** The figure this run links to: the most specific other quote covering it. */
  linkId?: string;
}

function length(r: TextRange): number {
  return r.end - r.start;
}

/**
 * Cuts `block` into runs at every quote boundary. Runs inside an `active` range are `marked`;
 * each run also links to the shortest other quote that covers it, so overlapping quotes (a level
 * inside the sentence that also prints its change) each stay reachable. Inside a marked range,
 * only quotes shorter than it are linked, so a figure that shares the chosen quote word for word
 * does not turn the highlight into a link.
 */
export function segmentBlock(
  text: string,
  block: TextRange,
  quoted: readonly QuotedRange[],
  active: readonly TextRange[],
): TextRun[] {
  const clip = (r: TextRange): TextRange | null => {
    const start = Math.max(r.start, block.start);
    const end = Math.min(r.end, block.end);
    return start < end ? { start, end } : null;
  };
  const others = quoted.filter((q) => clip(q) !== null);
  const marks = active.filter((a) => clip(a) !== null);
  const cuts = new Set<number>([block.start, block.end]);
  for (const r of [...others, ...marks]) {
    const c = clip(r) as TextRange;
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covers = (r: TextRange) => r.start <= start && r.end >= end;
    const mark = marks.filter(covers).sort((a, b) => length(b) - length(a))[0];
    const candidates = others
      .filter(covers)
      .filter((q) => mark === undefined || length(q) < length(mark))
      .sort((a, b) => length(a) - length(b));
    const link = candidates[0];
    const run: TextRun = { start, end, text: text.slice(start, end), marked: mark !== undefined };
    if (link) run.linkId = link.id;
    const previous = runs[runs.length - 1];
    // Merge neighbours that render the same, so a quote split by an inner cut stays one link.
    if (previous && previous.marked === run.marked && previous.linkId === run.linkId) {
      previous.end = end;
      previous.text += run.text;
    } else {
      runs.push(run);
    }
  }
  return runs;
}

/** Consecutive runs of a block, grouped so each highlighted stretch becomes one `<mark>`. */
export interface RunGroup {
  marked: boolean;
  runs: TextRun[];
}

export function groupRuns(runs: readonly TextRun[]): RunGroup[] {
  const groups: RunGroup[] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && last.marked === run.marked) last.runs.push(run);
    else groups.push({ marked: run.marked, runs: [run] });
  }
  return groups;
}
