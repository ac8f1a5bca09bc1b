/**
 * `npm run bench:studio`: how fast the curation studio drafts, checks and re-checks, measured in
 * the page (performance entries the studio records), printed, never pass/fail. It starts the
 * studio on a copy of data/ and seeds/, pastes an article of 5,000 characters (the evaluation
 * articles joined), drafts it, then edits a figure's English name repeatedly; each edit re-runs
 * every check. Median of the runs; writes bench-results/studio.md.
 *
 * Usage: tsx scripts/bench-studio.ts
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './bench/chromium.ts';
import { CHROMIUM_FLAGS } from './chromium-flags.ts';
import { median } from './bench/stats.ts';
import { startStudio } from './studio/process.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHARS = 5000;
const DRAFT_RUNS = 5;
const EDITS = 15;
/** Targets from the issue: drafting and checking, and re-checking after an edit. */
const TARGET = { draft: 200, check: 50 };

function article(): string {
  const dir = join(ROOT, 'tests/fixtures/eval');
  const texts = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8'));
  let text = '';
  for (const t of texts) {
    if (text.length >= CHARS) break;
    text += `${t}\n`;
  }
  return text.slice(0, CHARS);
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bench-studio-'));
  for (const dir of ['data', 'seeds'])
    cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  const studio = await startStudio(root);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS],
  });
  const text = article();
  const drafts: number[] = [];
  const checks: number[] = [];
  let figures = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (let run = 0; run < DRAFT_RUNS; run += 1) {
      await page.goto(studio.url);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByLabel('Article text (paste it, or pick a .txt file)').fill(text);
      await page.getByLabel('Article id (kebab-case)').fill('bench-article');
      await page.getByLabel('Publication month (YYYY-MM)').fill('2023-11');
      await page.getByRole('button', { name: 'Draft it' }).click();
      await page.locator('.studio-mark').first().waitFor();
      figures = await page.locator('.studio-mark').count();
      const [draft] = await page.evaluate(() =>
        performance.getEntriesByName('studio:draft-and-check').map((e) => e.duration),
      );
      if (draft !== undefined) drafts.push(draft);
    }
    const field = page.locator('.studio-figure-form').getByLabel('Name (English)');
    await page.evaluate(() => performance.clearMeasures('studio:check'));
    for (let i = 0; i < EDITS; i += 1) {
      await field.fill(`Edited name ${i}`);
      await field.press('Enter');
    }
    await page.waitForTimeout(500);
    checks.push(
      ...(await page.evaluate(() =>
        performance.getEntriesByName('studio:check').map((e) => e.duration),
      )),
    );
  } finally {
    await browser.close();
    studio.stop();
    rmSync(root, { recursive: true, force: true });
  }
  const ms = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(1)} ms`);
  const draft = median(drafts);
  const check = median(checks);
  const mark = (value: number | null, target: number) =>
    value !== null && value < target ? '✓' : '✗';
  const lines = [
    `# Studio timing (${new Date().toISOString().slice(0, 10)}, Chromium, median, measured in the page)`,
    '',
    '| Step | Runs | Median | Max | Target |',
    '| --- | --- | --- | --- | --- |',
    `| Draft and check an article of ${text.length} characters (${figures} figures) | ${drafts.length} | ${ms(draft)} | ${ms(Math.max(...drafts))} | < ${TARGET.draft} ms ${mark(draft, TARGET.draft)} |`,
    `| Re-check after an edit | ${checks.length} | ${ms(check)} | ${ms(Math.max(...checks))} | < ${TARGET.check} ms ${mark(check, TARGET.check)} |`,
  ];
  const report = `${lines.join('\n')}\n`;
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'studio.md'), report);
  console.log(report);
}

await main();
