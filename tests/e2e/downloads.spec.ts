/**
 * What a reader downloads, read back as a file: the table's CSV (BOM, one row per figure, values
 * as the page shows them, Chinese quotes intact) and JSON, and a chart's SVG (title, unit, source)
 * and PNG (twice the SVG's size). Both languages.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { EXPORT_LAYOUT } from '../../src/components/charts/export-chart';
import { parseCsv } from '../../src/data/csv-parse';
import { EXPORT_COLUMNS } from '../../src/format/export';
import { test } from './harness';
import { dataFigure, LANGS, loadDataFigures, pngSize } from './helpers';

const TEXT = {
  zh: {
    locale: 'zh-CN',
    allCsv: (n: number) => `将全部${n}项数据下载为 CSV`,
    allJson: (n: number) => `将全部${n}项数据下载为 JSON`,
    svg: '下载 SVG',
    png: '下载 PNG',
  },
  en: {
    locale: 'en-US',
    allCsv: (n: number) => `Download all ${n} figures as CSV`,
    allJson: (n: number) => `Download all ${n} figures as JSON`,
    svg: 'Download SVG',
    png: 'Download PNG',
  },
} as const;

/** Clicks and returns the file the click downloads, as bytes. */
async function download(page: Page, button: Locator): Promise<{ file: Buffer; name: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const d: Download = started;
  const failure = await d.failure();
  assert.equal(failure, null, `download of ${d.suggestedFilename()} failed: ${failure}`);
  const file = await d.path();
  return { file: await readFile(file), name: d.suggestedFilename() };
}

/** Text with all white space removed: the export wraps long lines at spaces or between CJK. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

for (const lang of LANGS) {
  const text = TEXT[lang];

  test(
    `/${lang}/table/: the CSV and JSON of all figures hold every figure as the page shows it`,
    { locale: text.locale },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      const figures = loadDataFigures();
      const cement = dataFigure('cement.output-h1');
      await t.gotoAndSettle(page, `/${lang}/table/`);
      const shownValue = await page
        .locator('table.figure-table tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: cement.name[lang], exact: true }) })
        .locator('td.value-cell .value')
        .innerText();

      const csv = await download(
        page,
        page.getByRole('button', { name: text.allCsv(figures.length), exact: true }),
      );
      assert.match(csv.name, new RegExp(`-${lang}\\.csv$`), 'the CSV file name names the language');
      assert.deepEqual([...csv.file.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 BOM');
      const records = parseCsv(csv.file.toString('utf8')).filter(
        (r) => !(r.length === 1 && r[0] === ''),
      );
      const [header, ...rows] = records;
      assert.deepEqual(header, [...EXPORT_COLUMNS], 'CSV header');
      assert.equal(rows.length, figures.length, 'one CSV row per figure in data/');
      const byId = new Map(
        rows.map((cells) => {
          assert.equal(cells.length, EXPORT_COLUMNS.length, `row ${cells[0]} has every column`);
          return [
            cells[0]!,
            Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, cells[i]!])) as Record<
              (typeof EXPORT_COLUMNS)[number],
              string
            >,
          ];
        }),
      );
      assert.deepEqual([...byId.keys()].sort(), figures.map((f) => f.id).sort(), 'CSV ids');
      for (const figure of figures) {
        const row = byId.get(figure.id)!;
        assert.equal(row.name, figure.name[lang], `${figure.id}: name in ${lang}`);
        assert.equal(row.quote, figure.source?.quote ?? '', `${figure.id}: the quote, intact`);
      }
      const cementRow = byId.get(cement.id)!;
      assert.equal(cementRow.value_formatted, shownValue, 'the CSV value reads as the table shows');
      if (lang === 'zh') assert.ok(cementRow.value_formatted.includes(cement.asPrinted!));
      assert.equal(Number(cementRow.value), cement.value, 'the base-unit value, unrounded');

      const json = await download(
        page,
        page.getByRole('button', { name: text.allJson(figures.length), exact: true }),
      );
      assert.match(json.name, new RegExp(`-${lang}\\.json$`));
      const parsed = JSON.parse(json.file.toString('utf8')) as {
        count: number;
        figures: { id: string; source?: { quote: string } }[];
      };
      assert.equal(parsed.count, figures.length, 'JSON count');
      assert.equal(parsed.figures.length, figures.length, 'JSON figures');
      assert.deepEqual(parsed.figures.map((f) => f.id).sort(), figures.map((f) => f.id).sort());
      assert.equal(
        parsed.figures.find((f) => f.id === cement.id)?.source?.quote,
        cement.source?.quote,
      );
    },
  );

  test(
    `/${lang}/: a chart downloads as SVG with its title, unit and source, and as a 2× PNG`,
    { locale: text.locale },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      await t.gotoAndSettle(page, `/${lang}/`);
      const frame = page.locator('figure.chart-frame').first();
      await frame.scrollIntoViewIfNeeded();
      const svgButton = frame.getByRole('button', { name: text.svg, exact: true });
      // Enabled once the chart has drawn.
      await svgButton.and(page.locator('button:enabled')).waitFor();
      const live = await frame.evaluate((el) => {
        const svg = el.querySelector('svg.recharts-surface');
        return {
          title: el.querySelector('.chart-title')?.textContent ?? '',
          subtitle: el.querySelector('.chart-subtitle')?.textContent ?? '',
          source: el.querySelector('.chart-source')?.textContent ?? '',
          axisTitle: svg?.querySelector('.chart-axis-title')?.textContent ?? '',
          width: Number(svg?.getAttribute('width')),
          height: Number(svg?.getAttribute('height')),
        };
      });
      for (const [key, value] of Object.entries(live)) {
        assert.ok(value, `the first chart on /${lang}/ has no ${key}`);
      }

      const svgFile = await download(page, svgButton);
      assert.match(svgFile.name, new RegExp(`-${lang}\\.svg$`));
      const svgText = svgFile.file.toString('utf8');
      const exported = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const error = doc.querySelector('parsererror')?.textContent ?? null;
        const root = doc.documentElement;
        return {
          error,
          root: root.nodeName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          title: root.querySelector('title')?.textContent ?? '',
          texts: Array.from(root.querySelectorAll('text')).map((n) => n.textContent ?? ''),
        };
      }, svgText);
      assert.equal(exported.error, null, `the SVG file is not well-formed XML: ${exported.error}`);
      assert.equal(exported.root, 'svg');
      assert.equal(exported.title, live.title, 'the SVG is titled like the chart');
      const allText = squash(exported.texts.join(''));
      for (const key of ['title', 'subtitle', 'axisTitle', 'source'] as const) {
        assert.ok(
          allText.includes(squash(live[key])),
          `the SVG file lacks the chart's ${key} "${live[key]}"`,
        );
      }
      const { padding, minWidth } = EXPORT_LAYOUT;
      assert.equal(
        exported.width,
        Math.max(minWidth, Math.round(live.width)) + 2 * padding,
        'SVG width: the chart plus padding',
      );
      assert.ok(exported.height > live.height, 'the SVG adds a header and source line');

      const png = await download(page, frame.getByRole('button', { name: text.png, exact: true }));
      assert.match(png.name, new RegExp(`-${lang}\\.png$`));
      assert.deepEqual(
        pngSize(png.file),
        { width: Math.ceil(exported.width * 2), height: Math.ceil(exported.height * 2) },
        'the PNG is the SVG drawn at 2×',
      );
      assert.ok(png.file.length > 5_000, `the PNG is only ${png.file.length} bytes`);
    },
  );
}
