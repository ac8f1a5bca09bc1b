/**
 * Every view in both languages on a phone and a laptop: drawn after a scroll-through, no console
 * errors, no sideways overflow on the phone, no layout shift while charts load, axe clean, and a
 * screenshot to look at. Plus what each view must show: every figure on the overview, every figure
 * in the table (filterable, sortable by keyboard).
 */
import type { Page } from '@playwright/test';
import { expect, test, VIEWPORTS } from './fixtures';
import {
  expectLayoutStable,
  expectNoHorizontalOverflow,
  LANGS,
  loadDataFigures,
  observeLayoutShifts,
  scrollThrough,
  type Lang,
} from './helpers';

const LOCALES = { zh: 'zh-CN', en: 'en-US' } as const;
const DEVICES = ['mobile', 'desktop'] as const;
type Device = (typeof DEVICES)[number];

const TEXT = {
  zh: {
    showTable: '显示数据表',
    sectorCement: '水泥',
    sortByName: '指标',
  },
  en: {
    showTable: 'Show table',
    sectorCement: 'Cement',
    sortByName: 'Figure',
  },
} as const;

type ViewArgs = {
  page: Page;
  gotoAndSettle(page: Page, sitePath: string): Promise<unknown>;
};
type ViewCheck = (t: ViewArgs, lang: Lang, device: Device) => Promise<void>;

/** Every figure in data/ is named on the overview: on a card, in a chart, or in its data table. */
const overviewChecks: ViewCheck = async ({ page }, lang) => {
  const figures = loadDataFigures();
  expect(figures.length, 'data/*.json holds no figures').toBeGreaterThan(0);
  // A figure drawn in a chart may carry a short label there; its full name is in the chart's
  // table, one button away. Open every table, then every name must be visible text.
  const toggles = page.getByRole('button', { name: TEXT[lang].showTable });
  for (let i = await toggles.count(); i > 0; i -= 1) await toggles.first().click();
  const text = await page.locator('main').innerText();
  const missing = figures.filter((f) => !text.includes(f.name[lang])).map((f) => f.id);
  expect(missing, `figures not named anywhere on /${lang}/`).toEqual([]);
};

async function figureRowNames(page: Page): Promise<string[]> {
  return page.locator('table.figure-table tbody tr th[scope="row"]').allInnerTexts();
}

/** The table lists every figure; a sector filter narrows it; a sort works from the keyboard. */
const tableChecks: ViewCheck = async ({ page, gotoAndSettle }, lang, device) => {
  const figures = loadDataFigures();
  const names = await figureRowNames(page);
  expect(names.length, `rows in /${lang}/table/ vs figures in data/`).toBe(figures.length);
  expect([...names].sort(), 'the table rows name exactly the figures in data/').toEqual(
    figures.map((f) => f.name[lang]).sort(),
  );
  if (device !== 'desktop') return;

  // Keyboard only: Tab to the first sort button, Enter sorts, the URL and aria-sort follow.
  const header = page.locator('table.figure-table thead th').filter({
    has: page.getByRole('button', { name: TEXT[lang].sortByName }),
  });
  await expect(header, 'unsorted before any choice').not.toHaveAttribute('aria-sort');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.classList.contains('sort-button') === true,
    );
  }
  expect(reached, 'Tab never reached a sort button within 40 presses').toBe(true);
  const focusedLabel = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(
    focusedLabel.startsWith(TEXT[lang].sortByName),
    `the first sort button Tab reaches is "${focusedLabel}", expected the figure-name column`,
  ).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.has('sort'));
  expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('dir') === 'desc');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const sorted = await figureRowNames(page);
  expect(sorted.length, 'sorting keeps every row').toBe(figures.length);
  expect(sorted, 'sorting by name descending changed the row order').not.toEqual(names);

  // ?sector=cement keeps only the cement figures, each labelled with its sector.
  await gotoAndSettle(page, `/${lang}/table/?sector=cement`);
  const cement = figures.filter((f) => f.sector === 'cement');
  const cementNames = await figureRowNames(page);
  expect([...cementNames].sort(), '?sector=cement shows exactly the cement figures').toEqual(
    cement.map((f) => f.name[lang]).sort(),
  );
  const sectorCells = await page
    .locator('table.figure-table tbody tr td:nth-of-type(2)')
    .allInnerTexts();
  expect([...new Set(sectorCells)]).toEqual([TEXT[lang].sectorCement]);
};

const VIEWS: { view: string; path: string; hasCharts: boolean; checks?: ViewCheck }[] = [
  { view: 'overview', path: '', hasCharts: true, checks: overviewChecks },
  { view: 'table', path: 'table/', hasCharts: false, checks: tableChecks },
  { view: 'compare', path: 'compare/?sectors=cement,power', hasCharts: true },
  { view: 'sources', path: 'sources/?figure=cement.output-h1', hasCharts: false },
];

for (const { view, path, hasCharts, checks } of VIEWS) {
  for (const lang of LANGS) {
    for (const device of DEVICES) {
      const viewport = VIEWPORTS[device];
      const sitePath = `/${lang}/${path}`;
      test.describe(() => {
        test.use({ viewport, locale: LOCALES[lang] });
        test(`${view} ${sitePath} at ${viewport.width} px: drawn, stable, fits, passes axe`, async ({
          page,
          expectNoConsoleErrors,
          gotoAndSettle,
          checkAxe,
          saveScreenshot,
        }) => {
          expectNoConsoleErrors(page);
          await observeLayoutShifts(page);
          const response = await gotoAndSettle(page, sitePath);
          expect(response.status(), `GET ${sitePath}`).toBe(200);
          const charts = await scrollThrough(page);
          if (hasCharts) expect(charts, `${sitePath} drew no chart`).toBeGreaterThan(0);
          await expectLayoutStable(page, `${sitePath} at ${viewport.width} px (load + scroll)`);
          if (device === 'mobile') await expectNoHorizontalOverflow(page, sitePath);
          await checkAxe(page, `${sitePath} ${device}`);
          await saveScreenshot(page, `${view}-${lang}-${device}`);
          await checks?.({ page, gotoAndSettle }, lang, device);
        });
      });
    }
  }
}
