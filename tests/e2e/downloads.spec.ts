/**
 * What a reader downloads, read back as a file: the table's CSV (BOM, one row per figure, values
 * as the page shows them, Chinese quotes intact) and JSON, and a chart's SVG (title, unit, source)
 * and PNG (twice the SVG's size). Both languages.
 */
import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { EXPORT_LAYOUT } from '../../src/components/charts/export-chart';
import { parseCsv } from '../../src/data/csv-parse';
import { EXPORT_COLUMNS } from '../../src/format/export';
import { expect, test } from './fixtures';
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
  expect(failure, `download of ${d.suggestedFilename()} failed`).toBeNull();
  const file = await d.path();
  return { file: await readFile(file), name: d.suggestedFilename() };
}

/** Text with all white space removed: the export wraps long lines at spaces or between CJK. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

for (const lang of LANGS) {
  const text = TEXT[lang];

  test.describe(() => {
    test.use({ locale: text.locale });

    test(`/${lang}/table/: the CSV and JSON of all figures hold every figure as the page shows it`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
    }) => {
      expectNoConsoleErrors(page);
      const figures = loadDataFigures();
      const cement = dataFigure('cement.output-h1');
      await gotoAndSettle(page, `/${lang}/table/`);
      const shownValue = await page
        .locator('table.figure-table tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: cement.name[lang], exact: true }) })
        .locator('td.value-cell .value')
        .innerText();

      const csv = await download(
        page,
        page.getByRole('button', { name: text.allCsv(figures.length), exact: true }),
      );
      expect(csv.name, 'the CSV file name names the language').toMatch(
        new RegExp(`-${lang}\\.csv$`),
      );
      expect([...csv.file.subarray(0, 3)], 'starts with a UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(csv.file.toString('utf8')).filter(
        (r) => !(r.length === 1 && r[0] === ''),
      );
      const [header, ...rows] = records;
      expect(header, 'CSV header').toEqual([...EXPORT_COLUMNS]);
      expect(rows.length, 'one CSV row per figure in data/').toBe(figures.length);
      const byId = new Map(
        rows.map((cells) => {
          expect(cells.length, `row ${cells[0]} has every column`).toBe(EXPORT_COLUMNS.length);
          return [
            cells[0]!,
            Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, cells[i]!])) as Record<
              (typeof EXPORT_COLUMNS)[number],
              string
            >,
          ];
        }),
      );
      expect([...byId.keys()].sort(), 'CSV ids').toEqual(figures.map((f) => f.id).sort());
      for (const figure of figures) {
        const row = byId.get(figure.id)!;
        expect(row.name, `${figure.id}: name in ${lang}`).toBe(figure.name[lang]);
        expect(row.quote, `${figure.id}: the quote, intact`).toBe(figure.source?.quote ?? '');
      }
      const cementRow = byId.get(cement.id)!;
      expect(cementRow.value_formatted, 'the CSV value reads as the table shows').toBe(shownValue);
      if (lang === 'zh') expect(cementRow.value_formatted).toContain(cement.asPrinted!);
      expect(Number(cementRow.value), 'the base-unit value, unrounded').toBe(cement.value);

      const json = await download(
        page,
        page.getByRole('button', { name: text.allJson(figures.length), exact: true }),
      );
      expect(json.name).toMatch(new RegExp(`-${lang}\\.json$`));
      const parsed = JSON.parse(json.file.toString('utf8')) as {
        count: number;
        figures: { id: string; source?: { quote: string } }[];
      };
      expect(parsed.count, 'JSON count').toBe(figures.length);
      expect(parsed.figures.length, 'JSON figures').toBe(figures.length);
      expect(parsed.figures.map((f) => f.id).sort()).toEqual(figures.map((f) => f.id).sort());
      expect(parsed.figures.find((f) => f.id === cement.id)?.source?.quote).toBe(
        cement.source?.quote,
      );
    });

    test(`/${lang}/: a chart downloads as SVG with its title, unit and source, and as a 2× PNG`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, `/${lang}/`);
      const frame = page.locator('figure.chart-frame').first();
      await frame.scrollIntoViewIfNeeded();
      const svgButton = frame.getByRole('button', { name: text.svg, exact: true });
      // Enabled once the chart has drawn.
      await expect(svgButton).toBeEnabled();
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
        expect(value, `the first chart on /${lang}/ has no ${key}`).toBeTruthy();
      }

      const svgFile = await download(page, svgButton);
      expect(svgFile.name).toMatch(new RegExp(`-${lang}\\.svg$`));
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
      expect(exported.error, 'the SVG file is not well-formed XML').toBeNull();
      expect(exported.root).toBe('svg');
      expect(exported.title, 'the SVG is titled like the chart').toBe(live.title);
      const allText = squash(exported.texts.join(''));
      for (const key of ['title', 'subtitle', 'axisTitle', 'source'] as const) {
        expect(allText, `the SVG file lacks the chart's ${key} "${live[key]}"`).toContain(
          squash(live[key]),
        );
      }
      const { padding, minWidth } = EXPORT_LAYOUT;
      expect(exported.width, 'SVG width: the chart plus padding').toBe(
        Math.max(minWidth, Math.round(live.width)) + 2 * padding,
      );
      expect(exported.height, 'the SVG adds a header and source line').toBeGreaterThan(live.height);

      const png = await download(page, frame.getByRole('button', { name: text.png, exact: true }));
      expect(png.name).toMatch(new RegExp(`-${lang}\\.png$`));
      expect(pngSize(png.file), 'the PNG is the SVG drawn at 2×').toEqual({
        width: Math.ceil(exported.width * 2),
        height: Math.ceil(exported.height * 2),
      });
      expect(png.file.length, `the PNG is only ${png.file.length} bytes`).toBeGreaterThan(5_000);
    });
  });
}
