// @vitest-environment node
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ArticleInputError,
  decodeArticle,
  MAX_ARTICLE_BYTES,
  type ArticleInputProblem,
} from '../../src/curate/decode';
import { PROJECT_ROOT } from '../../scripts/check-data';
import { parseCurateArgs, runCurate } from '../../scripts/curate';

/** The fixture's sentence, saved by `iconv -f UTF-8 -t GB18030`. */
const GB18030_SENTENCE = '今年1至9月，全区钢材产量2.37亿吨，同比增长4.6%。\n';
const GB18030_FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/input/gb18030-article.txt');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
const BOM = [0xef, 0xbb, 0xbf];

/** The same "random" bytes on every run (a linear congruential generator), like a stray binary. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = 20240917;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** The message of the error `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('nothing was thrown');
}

function refusal(input: Uint8Array): ArticleInputError {
  try {
    decodeArticle(input);
  } catch (error) {
    if (error instanceof ArticleInputError) return error;
    throw error;
  }
  throw new Error('decodeArticle accepted the input');
}

describe('decodeArticle', () => {
  it.each([
    ['UTF-8', bytes('钢材产量2.37亿吨。'), '钢材产量2.37亿吨。'],
    ['UTF-8 with a byte-order mark', bytes(BOM, '钢材产量2.37亿吨。'), '钢材产量2.37亿吨。'],
    ['UTF-8 with tabs, CRLF and a pdftotext page break', bytes('a\tb\r\n\fc'), 'a\tb\r\n\fc'],
    ['English UTF-8', bytes('Output rose 3.1%.'), 'Output rose 3.1%.'],
  ])('reads %s as it is', (_what, input, text) => {
    expect(decodeArticle(input)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads a GB18030 (GBK) article as Chinese and says it converted it', () => {
    const decoded = decodeArticle(readFileSync(GB18030_FIXTURE));
    expect(decoded.text).toBe(GB18030_SENTENCE);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.notice).toBe(
      'the file was read as GB18030 (GBK) and converted to UTF-8 for seeds/: check that the Chinese text there reads as the article does',
    );
  });

  it('reads a few U+FFFD characters, with a notice of where they are', () => {
    const decoded = decodeArticle(bytes('钢材产量\n2.37亿吨，\uFFFD增长4.6%。'));
    expect(decoded.notice).toBe(
      'the article holds 1 U+FFFD replacement character(s), first at byte offset 26 (line 2): characters an earlier conversion lost; compare seeds/ with the article as printed',
    );
  });

  it.each<[string, Uint8Array, ArticleInputProblem, number | undefined, string]>([
    ['0 bytes', bytes(), 'empty', undefined, 'the file is empty (0 bytes)'],
    ['a BOM and whitespace', bytes(BOM, ' \r\n\u3000\n'), 'empty', undefined, 'the file is empty'],
    ['GB18030 ideographic spaces', bytes([0xa1, 0xa1, 0xa1, 0xa1]), 'empty', undefined, 'empty'],
    [
      'invalid UTF-8 after "ab"',
      bytes('ab', [0xc3, 0x28]),
      'not-text',
      2,
      'not UTF-8 text: byte 0xC3 at offset 2 (line 1) is not valid UTF-8, and the file does not read as Chinese text in GB18030 either. If the article was saved as GB18030/GBK, convert it with: iconv -f GB18030 -t UTF-8 <file> > <file>.utf8.txt',
    ],
    [
      'a stray byte on line 2',
      bytes('a\nb', [0x80]),
      'not-text',
      3,
      'byte 0x80 at offset 3 (line 2)',
    ],
    [
      'an overlong NUL',
      bytes('abc', [0xc0, 0x80], 'def ghi'),
      'not-text',
      3,
      'byte 0xC0 at offset 3',
    ],
    [
      'a UTF-8 surrogate',
      bytes('okay', [0xed, 0xa0, 0x80]),
      'not-text',
      4,
      'byte 0xED at offset 4',
    ],
    [
      'Big5 (traditional characters), which GB18030 decodes into nonsense',
      bytes([0xa4, 0xf4, 0xaa, 0x64, 0xb2, 0xa3, 0xb6, 0x71, 0x31, 0xbb, 0xf5, 0xa1, 0x41]),
      'not-text',
      0,
      'byte 0xA4 at offset 0 (line 1)',
    ],
    [
      'a UTF-16 byte-order mark',
      bytes([0xff, 0xfe, 0x00, 0x80]),
      'not-text',
      0,
      'the file starts with 0xFF 0xFE at offset 0, a UTF-16 byte-order mark',
    ],
    [
      'text with a NUL byte',
      bytes('ab\u0000c'),
      'binary',
      2,
      'binary data, not text: a NUL byte (0x00) at offset 2 (line 1)',
    ],
    [
      'an escape character, counted in bytes after a BOM and a Chinese character',
      bytes(BOM, '钢\u001b'),
      'binary',
      6,
      'the control character U+001B (byte 0x1B) at offset 6 (line 1)',
    ],
    [
      'invalid bytes and NULs',
      bytes('PK', [0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xe3]),
      'binary',
      10,
      'byte 0xE3 at offset 10 (line 1) is not valid UTF-8, and the file holds NUL bytes (the first at offset 5)',
    ],
    [
      'text that is mostly U+FFFD',
      bytes('\uFFFD\uFFFD\uFFFD\uFFFD2.3\uFFFD'),
      'damaged',
      0,
      'the text is damaged: 63% of its characters are U+FFFD',
    ],
    [
      'a PDF, even one that is plain ASCII',
      bytes('%PDF-1.4\n1 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 712 Td (3.1%) Tj ET\n'),
      'binary',
      0,
      "a PDF, not text (it starts with %PDF- at offset 0): extract the article's text first",
    ],
    [
      'one byte over the limit',
      new Uint8Array(MAX_ARTICLE_BYTES + 1),
      'too-large',
      undefined,
      'the file is 1,048,577 bytes (1.0 MiB), over the limit of 1,048,576 bytes (1 MiB) for one article',
    ],
  ])('refuses %s', (_what, input, problem, offset, message) => {
    const error = refusal(input);
    expect(error.problem).toBe(problem);
    expect(error.offset).toBe(offset);
    expect(error.message).toContain(message);
  });

  it('refuses random bytes, naming the offset of the first that is not UTF-8', () => {
    const error = refusal(noise(4096));
    expect(error.message).toMatch(
      /^(?:binary data|not UTF-8 text).* byte 0x[0-9A-F]{2} at offset \d+ \(line \d+\)/u,
    );
    expect(error.offset).toBeTypeOf('number');
  });

  it('accepts an article of exactly MAX_ARTICLE_BYTES', () => {
    const text = '钢'.repeat(MAX_ARTICLE_BYTES / 4) + 'a'.repeat(MAX_ARTICLE_BYTES / 4);
    expect(utf8(text)).toHaveLength(MAX_ARTICLE_BYTES);
    expect(decodeArticle(utf8(text)).encoding).toBe('utf-8');
  });
});

describe('npm run curate on a file it cannot or need not draft', () => {
  const dirs: string[] = [];
  const tempRoot = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-input-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const curate = (root: string, file: string) => {
    const parsed = parseCurateArgs([
      file,
      '--sector',
      'cement',
      '--date',
      '2023-10',
      '--out',
      join(root, 'data'),
      '--seeds',
      join(root, 'seeds'),
    ]);
    if (parsed.evaluate) throw new Error('unexpected --evaluate');
    return runCurate(parsed, root);
  };
  /** A temp root holding only the article file, and the file's path. */
  const articleIn = (content: Uint8Array | string, name = 'article.txt') => {
    const root = tempRoot();
    const file = join(root, name);
    writeFileSync(file, content);
    return { root, file };
  };

  it('drafts a GB18030 article from its Chinese text and writes the seed as UTF-8', () => {
    const root = tempRoot();
    const file = join(root, 'steel-q3.txt');
    copyFileSync(GB18030_FIXTURE, file);
    const run = curate(root, file);
    expect(run.warnings[0]).toContain('read as GB18030 (GBK) and converted to UTF-8');
    const data = JSON.parse(readFileSync(join(root, 'data/steel-q3.json'), 'utf8')) as {
      figures: { asPrinted: string; value: number; unit: string; source: { quote: string } }[];
    };
    expect(data.figures[0]).toMatchObject({
      asPrinted: '2.37亿吨',
      value: 237000000,
      unit: 'tonne',
      source: { quote: '全区钢材产量2.37亿吨' },
    });
    expect(readFileSync(join(root, 'seeds/steel-q3.txt'), 'utf8')).toBe(GB18030_SENTENCE);
  });

  it('drafts a UTF-8 article saved with a byte-order mark as any other', () => {
    const { root, file } = articleIn(bytes(BOM, GB18030_SENTENCE));
    const run = curate(root, file);
    expect(run.figures).toBe(2);
    expect(run.warnings.join('\n')).not.toContain('GB18030');
    expect(readFileSync(join(root, 'seeds/article.txt'), 'utf8')).toBe(GB18030_SENTENCE);
  });

  it.each([
    ['random bytes', noise(4096), /: (?:binary data|not UTF-8 text).* at offset \d+ \(line \d+\)/u],
    [
      'invalid UTF-8',
      bytes('钢材产量', [0xff], '2.37亿吨'),
      /: not UTF-8 text: byte 0xFF at offset 12 \(line 1\) .* iconv -f GB18030 -t UTF-8 \S+article\.txt > \S+article\.txt\.utf8\.txt/u,
    ],
    ['an empty file', bytes(), /: the file is empty \(0 bytes\): save the article's text in it$/u],
    [
      'a file over 1 MiB',
      utf8('钢材产量2.37亿吨。\n'.repeat(50_000)),
      /: the file is 1,300,000 bytes \(1\.2 MiB\), over the limit of 1,048,576 bytes \(1 MiB\) for one article; a long newspaper article is under 100 KB\. If the file holds several articles, split it into one file per article\.$/u,
    ],
    [
      'an article with no figures',
      utf8('这是一段没有数字的文字。\n'),
      /: the article prints no figures the drafter could find \(no number such as 1\.25亿吨 or 3\.1%\): nothing written\. Is this the article's text\?$/u,
    ],
  ])('refuses %s, naming the file, and writes nothing', (_what, content, message) => {
    const { root, file } = articleIn(content);
    const error = thrown(() => curate(root, file));
    expect(error.slice(0, file.length + 2)).toBe(`${file}: `);
    expect(error).toMatch(message);
    expect(readdirSync(root)).toEqual(['article.txt']);
  });

  it('leaves an earlier draft as it was when the redraft is refused', () => {
    const { root, file } = articleIn(GB18030_SENTENCE);
    curate(root, file);
    const before = ['data/article.json', 'seeds/article.txt', 'seeds/article.json'].map((f) =>
      readFileSync(join(root, f), 'utf8'),
    );
    writeFileSync(file, '');
    expect(() => curate(root, file)).toThrow('the file is empty');
    const after = ['data/article.json', 'seeds/article.txt', 'seeds/article.json'].map((f) =>
      readFileSync(join(root, f), 'utf8'),
    );
    expect(after).toEqual(before);
  });
});
