/**
 * The bytes of an article file as text for the drafter, or a refusal saying what is wrong with
 * them. Pure (TextDecoder only, no Node), so a browser can check a dropped file the same way
 * `npm run curate` checks one on disk.
 */

/** 1 MiB. A long newspaper article is under 100 KB: more is several articles, or not an article. */
export const MAX_ARTICLE_BYTES = 1_048_576;

export type ArticleEncoding = 'utf-8' | 'gb18030';

export type DecodedArticle = {
  text: string;
  encoding: ArticleEncoding;
  /** Something the curator should check in what was drafted, such as a conversion from GB18030. */
  notice?: string;
};

export type ArticleInputProblem = 'too-large' | 'empty' | 'not-text' | 'binary' | 'damaged';

/** Input the drafter must not read; the message says what is wrong and what to do about it. */
export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError';
  readonly problem: ArticleInputProblem;
  /** Byte offset of the first offending byte, where there is one. */
  readonly offset: number | undefined;

  constructor(problem: ArticleInputProblem, message: string, offset?: number) {
    super(message);
    this.problem = problem;
    this.offset = offset;
  }
}

/**
 * GB18030 is accepted only when at least this share of the non-whitespace characters is Chinese:
 * almost any byte string with a few high bytes decodes as GB18030, but only Chinese text decodes
 * into mostly Chinese characters (a Chinese article is well over half).
 */
const MIN_CJK_SHARE = 0.3;

const BOM = '\uFEFF';
/** `%PDF-` */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const REPLACEMENT = 0xfffd;
const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

/** Ideographs, CJK and fullwidth punctuation, and the curly quotes, dash and ellipsis they use. */
function isCjk(char: string, cp: number): boolean {
  return (
    HAN.test(char) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x2018 && cp <= 0x201d) ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x00b7
  );
}

/**
 * Control characters no article holds. Form feed is allowed: pdftotext writes one at each page
 * break of a newspaper PDF, and the drafter reads it as whitespace.
 */
function isControl(cp: number): boolean {
  return cp < 0x20 && cp !== TAB && cp !== LF && cp !== CR && cp !== FF;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** `offset 41 (line 3)`: the line helps find the place in an editor, the offset in a hex dump. */
function at(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === LF) line += 1;
  return `offset ${offset} (line ${line})`;
}

/** The name as a shell word, so the iconv command can be pasted as it is. */
function shellWord(name: string): string {
  return /^[\w./-]+$/u.test(name) ? name : `'${name.replace(/'/gu, `'\\''`)}'`;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // The second byte's range is narrower after E0, ED, F0 and F4: that is what rules out
    // overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) {
        return i;
      }
    }
    i += length;
  }
  return -1;
}

function utf8Length(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  return cp < 0x10000 ? 3 : 4;
}

type Scan = {
  nonSpace: number;
  cjk: number;
  privateUse: number;
  replacements: number;
  /** Byte offsets in the UTF-8 file (meaningful for UTF-8 input only). */
  firstControl?: { cp: number; offset: number };
  firstReplacement?: number;
};

function scan(text: string, startOffset: number): Scan {
  const result: Scan = { nonSpace: 0, cjk: 0, privateUse: 0, replacements: 0 };
  let offset = startOffset;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (isControl(cp) && result.firstControl === undefined) result.firstControl = { cp, offset };
    if (!SPACE.test(char)) {
      result.nonSpace += 1;
      if (isCjk(char, cp)) result.cjk += 1;
      if (cp >= 0xe000 && cp <= 0xf8ff) result.privateUse += 1;
      if (cp === REPLACEMENT) {
        result.replacements += 1;
        result.firstReplacement ??= offset;
      }
    }
    offset += utf8Length(cp);
  }
  return result;
}

function isBlank(text: string): boolean {
  // trim() also removes U+3000 (the ideographic space) and a byte-order mark.
  return text.trim() === '';
}

function tryDecode(encoding: ArticleEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Refuses a file over MAX_ARTICLE_BYTES; callers with a file size can check before reading it. */
export function checkArticleSize(byteLength: number): void {
  if (byteLength <= MAX_ARTICLE_BYTES) return;
  const mib = (byteLength / MAX_ARTICLE_BYTES).toFixed(1);
  throw new ArticleInputError(
    'too-large',
    `the file is ${grouped(byteLength)} bytes (${mib} MiB), over the limit of ${grouped(MAX_ARTICLE_BYTES)} bytes (1 MiB) for one article; a long newspaper article is under 100 KB. If the file holds several articles, split it into one file per article.`,
  );
}

function emptyError(detail: string): ArticleInputError {
  return new ArticleInputError(
    'empty',
    `the file is empty (${detail}): save the article's text in it`,
  );
}

function decodeUtf8(bytes: Uint8Array, text: string): DecodedArticle {
  // TextDecoder drops a leading UTF-8 byte-order mark; offsets below count it.
  const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const found = scan(text, bomBytes);
  if (found.firstControl !== undefined) {
    const { cp, offset } = found.firstControl;
    const what =
      cp === 0
        ? 'a NUL byte (0x00)'
        : `the control character U+${cp.toString(16).toUpperCase().padStart(4, '0')} (byte ${hex(cp)})`;
    throw new ArticleInputError(
      'binary',
      `binary data, not text: ${what} at ${at(bytes, offset)}; plain text holds no control characters other than tabs, line breaks and page breaks. Is it a .docx, .pdf or image? Save the article as plain text.`,
      offset,
    );
  }
  if (found.firstReplacement !== undefined) {
    const offset = found.firstReplacement;
    if (found.replacements * 2 > found.nonSpace) {
      const share = Math.round((found.replacements / found.nonSpace) * 100);
      throw new ArticleInputError(
        'damaged',
        `the text is damaged: ${share}% of its characters are U+FFFD, the replacement character an earlier conversion put where it could not read the original encoding; the first is at byte ${at(bytes, offset)}. Save the article again from its source.`,
        offset,
      );
    }
    return {
      text,
      encoding: 'utf-8',
      notice: `the article holds ${found.replacements} U+FFFD replacement character(s), first at byte ${at(bytes, offset)}: characters an earlier conversion lost; compare seeds/ with the article as printed`,
    };
  }
  return { text, encoding: 'utf-8' };
}

/** Chinese text in GB18030: mostly CJK, and nothing a real article would not hold. */
function isPlausibleChinese(text: string): boolean {
  const found = scan(text, 0);
  // Big5 (traditional characters) also decodes as GB18030, but its punctuation lands in
  // GB18030's user-defined (private-use) area; no GB18030 article prints those.
  return (
    found.firstControl === undefined &&
    found.privateUse === 0 &&
    found.cjk >= MIN_CJK_SHARE * found.nonSpace
  );
}

/**
 * The text of an article file: UTF-8 (a byte-order mark is dropped) or, failing that, GB18030/GBK
 * when it reads as Chinese text. Throws an ArticleInputError for a file that is too large, empty,
 * binary, in another encoding or already damaged by a conversion. `fileName` only goes into the
 * conversion command a refusal suggests (`<file>` without it).
 */
export function decodeArticle(bytes: Uint8Array, fileName?: string): DecodedArticle {
  checkArticleSize(bytes.length);
  if (bytes.length === 0) throw emptyError('0 bytes');

  // The newspaper page itself rather than its text is the likeliest wrong file, and a PDF can be
  // plain ASCII, which would otherwise be drafted from its page description.
  if (PDF_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new ArticleInputError(
      'binary',
      `a PDF, not text (it starts with %PDF- at offset 0): extract the article's text first, for instance with pdftotext -layout, and draft the text file.`,
      0,
    );
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) {
    if (isBlank(utf8)) throw emptyError('only whitespace');
    return decodeUtf8(bytes, utf8);
  }

  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) {
    // GB18030 has its own byte-order mark (84 31 95 33), which TextDecoder keeps.
    const text = gb.startsWith(BOM) ? gb.slice(1) : gb;
    if (isBlank(text)) throw emptyError('only whitespace');
    if (isPlausibleChinese(text)) {
      return {
        text,
        encoding: 'gb18030',
        notice:
          'the file was read as GB18030 (GBK) and converted to UTF-8 for seeds/: check that the Chinese text there reads as the article does',
      };
    }
  }

  // TextDecoder failed on UTF-8, so the walk finds a bad byte; 0 only guards against a mismatch.
  const offset = Math.max(firstInvalidUtf8(bytes), 0);
  const where = `byte ${hex(bytes[offset] as number)} at ${at(bytes, offset)}`;
  const convert = (from: string) =>
    fileName === undefined
      ? `iconv -f ${from} -t UTF-8 <file> > <file>.utf8.txt`
      : `iconv -f ${from} -t UTF-8 ${shellWord(fileName)} > ${shellWord(`${fileName}.utf8.txt`)}`;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ArticleInputError(
      'not-text',
      `not UTF-8 text: the file starts with ${hex(bytes[0] as number)} ${hex(bytes[1] as number)} at offset 0, a UTF-16 byte-order mark, so it is probably UTF-16. Convert it with: ${convert('UTF-16')}`,
      offset,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ArticleInputError(
      'binary',
      `binary data, not text: ${where} is not valid UTF-8, and the file holds NUL bytes (the first at offset ${nul}), which text never does. Is it a .docx, .pdf or image? Save the article as plain text.`,
      offset,
    );
  }
  throw new ArticleInputError(
    'not-text',
    `not UTF-8 text: ${where} is not valid UTF-8, and the file does not read as Chinese text in GB18030 either. If the article was saved as GB18030/GBK, convert it with: ${convert('GB18030')} (for traditional characters in Big5, -f BIG5), then draft the converted file.`,
    offset,
  );
}
