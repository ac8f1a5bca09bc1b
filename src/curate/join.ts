/**
 * Joining a newspaper article as printed (one line per column line, letter-spaced lines, a blank
 * line between column lines) back into paragraphs, by the rules the seeds in seeds/*.txt follow:
 * column breaks joined, typesetting spaces next to CJK text removed, nothing reworded.
 */

/** CJK ideographs (and 〇); CJK punctuation is not included. */
const IDEOGRAPH = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/u;
const DIGIT = /[0-9]/u;
/** A line ending in one of these may end a paragraph. */
const SENTENCE_END = /[。！？!?…⋯”’」』）)]$/u;
/** A heading or title carries none of these. */
const SENTENCE_PUNCTUATION = /[，。；：！？、,;:!?“”]/u;

/**
 * Width of a line as set, in half-width cells: ideographs take 2, punctuation 1 (newspapers
 * compress CJK punctuation to half width), Latin letters and digits 1.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += IDEOGRAPH.test(ch) ? 2 : 1;
  return width;
}

function isIdeographRun(token: string): boolean {
  return [...token].every((ch) => IDEOGRAPH.test(ch));
}

/**
 * Removes the spaces a newspaper sets inside a line: letter spacing (`住 房 和 城 乡`) and the
 * spaces around Arabic numbers (`超过 165 万套`). Keeps a space between two Latin words or a word
 * and a number (`ISC 2023`) and between two phrases of a heading (`提升办电速度 让接电更高效`).
 */
export function removeStraySpaces(line: string): string {
  const tokens = line
    .trim()
    .split(/\s+/u)
    .filter((t) => t !== '');
  if (tokens.length <= 1) return tokens[0] ?? '';
  const singles = tokens.filter((t) => [...t].length === 1).length;
  const letterSpaced = singles * 2 >= tokens.length;
  let out = tokens[0] as string;
  for (let i = 1; i < tokens.length; i += 1) {
    const left = tokens[i - 1] as string;
    const right = tokens[i] as string;
    const a = [...left].at(-1) ?? '';
    const b = [...right][0] ?? '';
    const latinPair =
      ASCII_ALNUM.test(a) && ASCII_ALNUM.test(b) && !(DIGIT.test(a) && DIGIT.test(b));
    const phrasePair =
      !letterSpaced &&
      isIdeographRun(left) &&
      isIdeographRun(right) &&
      [...left].length >= 2 &&
      [...right].length >= 2;
    out += (latinPair || phrasePair ? ' ' : '') + right;
  }
  return out;
}

/** Joins two column lines: no space, except between two Latin words (`ISC` / `2023`). */
function joinLines(left: string, right: string): string {
  const a = [...left].at(-1) ?? '';
  const b = [...right][0] ?? '';
  const latinPair = ASCII_ALNUM.test(a) && ASCII_ALNUM.test(b) && !(DIGIT.test(a) && DIGIT.test(b));
  return left + (latinPair ? ' ' : '') + right;
}

type Line = {
  /** The line with stray spaces removed. */
  text: string;
  width: number;
  /** Set with a space between most characters: justified to the column, so its width says little. */
  letterSpaced: boolean;
};

function readLines(raw: string): Line[] {
  return raw
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const tokens = line.trim().split(/\s+/u);
      const singles = tokens.filter((t) => [...t].length === 1).length;
      const text = removeStraySpaces(line);
      return {
        text,
        width: displayWidth(text),
        letterSpaced: tokens.length > 2 && singles * 2 >= tokens.length,
      };
    });
}

/** A short line with no sentence punctuation: a title or a subheading. */
function isHeading(line: Line, columnWidth: number): boolean {
  return (
    !SENTENCE_PUNCTUATION.test(line.text) &&
    !SENTENCE_END.test(line.text) &&
    line.width <= columnWidth * 0.75
  );
}

/** The column width around line `i`: the widest of its neighbours that are not letter-spaced. */
function columnWidthAt(lines: readonly Line[], i: number): number {
  const near = lines.slice(Math.max(0, i - 3), i + 4);
  const plain = near.filter((line) => !line.letterSpaced);
  return Math.max(0, ...(plain.length > 0 ? plain : near).map((line) => line.width));
}

/** More than one character narrower than its column: a line that does not fill it. */
const SHORT_BY = 3;

function stopsShort(line: Line, column: number): boolean {
  if (line.letterSpaced) return line.width <= column * 0.6;
  return line.width <= column - SHORT_BY;
}

/**
 * The paragraphs of an article as printed: column lines joined, stray spaces removed. A paragraph
 * ends after a line that ends a sentence when that line stops short of its column or the next line
 * is indented (short without ending a sentence); a title or subheading is a paragraph of its own.
 */
export function joinColumns(raw: string): string[] {
  const lines = readLines(raw);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const starts = current === '';
    current = starts ? line.text : joinLines(current, line.text);
    const next = lines[i + 1];
    if (!next) return;
    const column = columnWidthAt(lines, i);
    const nextColumn = columnWidthAt(lines, i + 1);
    const endsSentence = SENTENCE_END.test(line.text);
    const heading = starts && isHeading(line, column);
    const nextHeading = endsSentence && isHeading(next, nextColumn);
    const nextIndented =
      !next.letterSpaced && !SENTENCE_END.test(next.text) && stopsShort(next, nextColumn);
    if (heading || nextHeading || (endsSentence && (stopsShort(line, column) || nextIndented))) {
      paragraphs.push(current);
      current = '';
    }
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** The text of seeds/<id>.txt: one paragraph per line, a blank line between paragraphs. */
export function seedText(paragraphs: readonly string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}

/**
 * The article's printed title, when its first line looks like one (short, no sentence
 * punctuation, followed by more text); otherwise null.
 */
export function printedTitle(raw: string): string | null {
  const lines = readLines(raw);
  const first = lines[0];
  if (first === undefined || lines.length < 2) return null;
  return isHeading(first, columnWidthAt(lines, 0)) ? first.text : null;
}
