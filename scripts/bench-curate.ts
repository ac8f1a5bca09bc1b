/**
 * `npm run bench:curate`: how long the drafter takes, printed (never pass/fail). Drafts each
 * evaluation article (tests/fixtures/eval/) and two generated articles just under the size limit
 * curate accepts (MAX_ARTICLE_BYTES): one of many paragraphs, one a single paragraph (the worst
 * case for anything that scans a paragraph per figure). Median of 5 runs each; the draft's size is
 * its JSON as curate writes it. Writes bench-results/curate.md.
 *
 * Usage: tsx scripts/bench-curate.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../src/curate/decode.ts';
import { draftArticle, toJsonText } from '../src/curate/draft.ts';
import { median } from './bench/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EVAL_DIR = join(ROOT, 'tests/fixtures/eval');
const RUNS = 5;

type Row = { article: string; bytes: number; figures: number; ms: number; draftBytes: number };

function measure(article: string, text: string, date: string): Row {
  const times: number[] = [];
  let draft = draftArticle(text, { articleId: 'bench', date });
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    draft = draftArticle(text, { articleId: 'bench', date });
    times.push(performance.now() - started);
  }
  return {
    article,
    bytes: Buffer.byteLength(text),
    figures: draft.dataset.figures.length,
    ms: median(times) ?? Number.NaN,
    draftBytes: Buffer.byteLength(toJsonText(draft.dataset)),
  };
}

/** Repeats `text` until it is as long as it may be, in whole characters. */
function upToLimit(text: string): string {
  let out = '';
  while (Buffer.byteLength(out + text) <= MAX_ARTICLE_BYTES) out += text;
  return out;
}

function main(): void {
  const ids = readdirSync(EVAL_DIR)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.slice(0, -'.txt'.length))
    .sort();
  const texts = ids.map((id) => readFileSync(join(EVAL_DIR, `${id}.txt`), 'utf8'));
  const rows = ids.map((id, i) => measure(id, texts[i] as string, '2023-11'));
  const joined = texts.join('\n\n');
  rows.push(measure(`limit, many paragraphs`, upToLimit(`${joined}\n\n`), '2023-11'));
  rows.push(
    measure(
      `limit, one paragraph`,
      upToLimit(texts.map((t) => t.replace(/\s+/gu, '')).join('')),
      '2023-11',
    ),
  );
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const lines = [
    `# Drafter timing (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, median of ${RUNS})`,
    '',
    '| Article | Size | Figures | Draft time | Draft file |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.article} | ${kb(r.bytes)} | ${r.figures} | ${r.ms.toFixed(1)} ms | ${kb(r.draftBytes)} |`,
    ),
    '',
    `Articles over ${kb(MAX_ARTICLE_BYTES)} are refused.`,
  ];
  const text = `${lines.join('\n')}\n`;
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'curate.md'), text);
  console.log(text);
}

main();
