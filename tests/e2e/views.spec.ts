/**
 * Every view in both languages on a phone and a laptop: drawn after a scroll-through, no console
 * errors, no sideways overflow on the phone, no layout shift while charts load, axe clean, and a
 * screenshot to look at. Plus what each view must show: every figure on the overview, every figure
 * in the table (filterable, sortable by keyboard).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test, VIEWPORTS, type TestArgs } from './harness';
import {
  expectLayoutStable,
  expectNoHorizontalOverflow,
  LANGS,
  loadDataFigures,
  observeLayoutShifts,
  scrollThrough,
  waitForAttribute,
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

type ViewCheck = (t: TestArgs, lang: Lang, device: Device) => Promise<void>;

/** Every figure in data/ is named on the overview: on a card, in a chart, or in its data table. */
const overviewChecks: ViewCheck = async ({ page }, lang) => {
  const figures = loadDataFigures();
  assert.ok(figures.length > 0, 'data/*.json holds no figures');
  // A figure drawn in a chart may carry a short label there; its full name is in the chart's
  // table, one button away. Open every table, then every name must be visible text.
  const toggles = page.getByRole('button', { name: TEXT[lang].showTable });
  for (let i = await toggles.count(); i > 0; i -= 1) await toggles.first().click();
  const text = await page.locator('main').innerText();
  const missing = figures.filter((f) => !text.includes(f.name[lang])).map((f) => f.id);
  assert.deepEqual(missing, [], `figures not named anywhere on /${lang}/: ${missing.join(', ')}`);
};

async function figureRowNames(page: Page): Promise<string[]> {
  return page.locator('table.figure-table tbody tr th[scope="row"]').allInnerTexts();
}

/** The table lists every figure; a sector filter narrows it; a sort works from the keyboard. */
const tableChecks: ViewCheck = async ({ page, gotoAndSettle }, lang, device) => {
  const figures = loadDataFigures();
  const names = await figureRowNames(page);
  assert.equal(names.length, figures.length, `rows in /${lang}/table/ vs figures in data/`);
  assert.deepEqual(
    [...names].sort(),
    figures.map((f) => f.name[lang]).sort(),
    'the table rows name exactly the figures in data/',
  );
  if (device !== 'desktop') return;

  // Keyboard only: Tab to the first sort button, Enter sorts, the URL and aria-sort follow.
  const header = page.locator('table.figure-table thead th').filter({
    has: page.getByRole('button', { name: TEXT[lang].sortByName }),
  });
  assert.equal(await header.getAttribute('aria-sort'), null, 'unsorted before any choice');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.classList.contains('sort-button') === true,
    );
  }
  assert.ok(reached, 'Tab never reached a sort button within 40 presses');
  const focusedLabel = await page.evaluate(() => document.activeElement?.textContent ?? '');
  assert.ok(
    focusedLabel.startsWith(TEXT[lang].sortByName),
    `the first sort button Tab reaches is "${focusedLabel}", expected the figure-name column`,
  );
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.has('sort'));
  assert.equal(new URL(page.url()).searchParams.get('sort'), 'name');
  await waitForAttribute(header, 'aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('dir') === 'desc');
  await waitForAttribute(header, 'aria-sort', 'descending');
  const sorted = await figureRowNames(page);
  assert.equal(sorted.length, figures.length, 'sorting keeps every row');
  assert.notDeepEqual(sorted, names, 'sorting by name descending changed the row order');

  // ?sector=cement keeps only the cement figures, each labelled with its sector.
  await gotoAndSettle(page, `/${lang}/table/?sector=cement`);
  const cement = figures.filter((f) => f.sector === 'cement');
  const cementNames = await figureRowNames(page);
  assert.deepEqual(
    [...cementNames].sort(),
    cement.map((f) => f.name[lang]).sort(),
    '?sector=cement shows exactly the cement figures',
  );
  const sectorCells = await page
    .locator('table.figure-table tbody tr td:nth-of-type(2)')
    .allInnerTexts();
  assert.deepEqual([...new Set(sectorCells)], [TEXT[lang].sectorCement]);
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
      test(
        `${view} ${sitePath} at ${viewport.width} px: drawn, stable, fits, passes axe`,
        { viewport, locale: LOCALES[lang] },
        async (t) => {
          const { page } = t;
          t.expectNoConsoleErrors(page);
          await observeLayoutShifts(page);
          const response = await t.gotoAndSettle(page, sitePath);
          assert.equal(response.status(), 200, `GET ${sitePath}`);
          const charts = await scrollThrough(page);
          if (hasCharts) assert.ok(charts > 0, `${sitePath} drew no chart`);
          await expectLayoutStable(page, `${sitePath} at ${viewport.width} px (load + scroll)`);
          if (device === 'mobile') await expectNoHorizontalOverflow(page, sitePath);
          await t.checkAxe(page, `${sitePath} ${device}`);
          await t.screenshot(page, `${view}-${lang}-${device}`);
          await checks?.(t, lang, device);
        },
      );
    }
  }
}
