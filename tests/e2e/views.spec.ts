/**
 * Every view in both languages on a phone and a laptop: drawn after a scroll-through, no console
 * errors, no sideways overflow on the phone, no layout shift while charts load, axe clean, and a
 * screenshot to look at. Plus what each view must show: every indicator on the overview and in its
 * index (searchable in either language, filterable), every figure in the table (filterable, sortable
 * by keyboard) and on its indicator's page.
 */
import type { Page } from '@playwright/test';
import { expect, test, VIEWPORTS } from './fixtures';
import {
  DRAWN_SVG,
  expectLayoutStable,
  expectNoHorizontalOverflow,
  LANGS,
  loadDataFigures,
  loadDataIndicators,
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
    search: '按名称搜索（中文或英文）',
    otherLanguageQuery: 'power',
    otherLanguageMatch: '“电力贷”放款金额',
    count: (n: number) => `共${n}个指标`,
    latestCement: '9.53亿吨',
    valueColumn: '数值',
  },
  en: {
    showTable: 'Show table',
    sectorCement: 'Cement',
    sortByName: 'Figure',
    search: 'Search by name (Chinese or English)',
    otherLanguageQuery: '客户',
    otherLanguageMatch: 'New electricity customers',
    count: (n: number) => `${n} indicators`,
    latestCement: '953 million t',
    valueColumn: 'Value',
  },
} as const;

type ViewArgs = {
  page: Page;
  gotoAndSettle(page: Page, sitePath: string): Promise<unknown>;
};
type ViewCheck = (t: ViewArgs, lang: Lang, device: Device) => Promise<void>;

/**
 * Every indicator with figures is reachable from the overview: a tile linking to its page, or
 * (past the eight a sector leads with) its sector's link to the index.
 */
const overviewChecks: ViewCheck = async ({ page }, lang) => {
  const indicators = loadDataIndicators();
  expect(indicators.length, 'data/ names no indicator').toBeGreaterThan(0);
  const links = await page
    .locator('main a[href*="/indicators/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const missing = indicators
    .filter(
      (i) =>
        !links.some((href) => href.endsWith(`/${lang}/indicators/${i.id}/`)) &&
        !links.some((href) => href.endsWith(`/${lang}/indicators/?sector=${i.sector}`)),
    )
    .map((i) => i.id);
  expect(missing, `indicators not reachable from /${lang}/`).toEqual([]);
  expect(await page.locator('.indicator-tiles').first().locator('li').count()).toBeLessThan(9);
};

/** The index lists every indicator; typing a name in the other language finds it, by keyboard. */
const indicatorsChecks: ViewCheck = async ({ page }, lang, device) => {
  const indicators = loadDataIndicators();
  const names = await page
    .locator('table.indicators-table tbody th[scope="row"] a')
    .allInnerTexts();
  expect([...names].sort(), 'the index names exactly the indicators in data/').toEqual(
    indicators.map((i) => i.name[lang]).sort(),
  );
  await expect(page.getByText(TEXT[lang].count(indicators.length))).toBeVisible();
  if (device !== 'desktop') return;
  const search = page.getByRole('searchbox', { name: TEXT[lang].search });
  await search.focus();
  await page.keyboard.type(TEXT[lang].otherLanguageQuery);
  await page.waitForURL((u) => u.searchParams.get('q') === TEXT[lang].otherLanguageQuery);
  await expect(
    page.locator('table.indicators-table tbody a', { hasText: TEXT[lang].otherLanguageMatch }),
  ).toBeVisible();
  const found = await page.locator('table.indicators-table tbody tr').count();
  expect(found, 'the search narrows the list').toBeLessThan(indicators.length);
};

/** An indicator's page names every figure of it, each one link away from its sentence. */
const indicatorChecks: ViewCheck = async ({ page }, lang, device) => {
  const own = loadDataFigures().filter((f) => f.indicator === 'cement-output');
  const hrefs = await page
    .locator('main a[href*="/sources/?figure="]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const missing = own
    .filter((f) => !hrefs.some((h) => h.endsWith(`/${lang}/sources/?figure=${f.id}`)))
    .map((f) => f.id);
  expect(missing, 'figures of cement-output without a source link on its page').toEqual([]);
  await expect(page.locator(DRAWN_SVG).first()).toBeVisible();

  // On a phone the table is a card per row: each value under its column's name, across the card,
  // and still a table of rows to assistive technology.
  if (device === 'mobile') {
    const table = page.locator('.chart-table').first();
    await expect(table.getByRole('row')).toHaveCount(
      own.filter((f) => f.measure === 'level').length + 1,
    );
    const value = table.locator('td', { hasText: TEXT[lang].latestCement }).first();
    const label = await value.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(JSON.stringify(TEXT[lang].valueColumn));
    const [cellWidth, tableWidth] = await Promise.all([
      value.evaluate((td) => td.getBoundingClientRect().width),
      table.evaluate((t) => t.getBoundingClientRect().width),
    ]);
    expect(cellWidth, 'a value spans its card').toBeGreaterThan(tableWidth * 0.8);
  }

  // The series is drawn from the first paint, before any charting code; the reader's pointer
  // (on a phone) or focus (on a desktop, by keyboard) brings in the interactive drawing in its
  // place, whose tooltip gives the value.
  const box = page.locator('.chart-drawing').first();
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator('svg.chart-still')).toBeVisible();
  await expect(box.locator('svg.recharts-surface')).toHaveCount(0);
  if (device === 'desktop') {
    await seriesChartByKeyboard(page, lang);
    return;
  }
  // The latest period's column: the rightmost.
  const place = await box.locator('svg.chart-still rect.chart-column').evaluateAll((rects) => {
    const boxes = rects.map((r) => r.getBoundingClientRect());
    return boxes.sort((a, b) => b.x - a.x)[0] ?? null;
  });
  expect(place, 'the latest column of the still').not.toBeNull();
  await page.mouse.move(place!.x + place!.width / 2, place!.y + place!.height / 2);
  await expect(box.locator('svg.recharts-surface')).toBeVisible();
  await page.mouse.move(place!.x + place!.width / 2, place!.y + place!.height / 2 + 1);
  await expect(box.locator('.chart-tooltip')).toContainText(TEXT[lang].latestCement);
};

/** By keyboard: focus on a series chart's still moves to the interactive drawing, arrows read it. */
async function seriesChartByKeyboard(page: Page, lang: Lang): Promise<void> {
  const box = page.locator('.chart-drawing').first();
  await box.locator('svg.chart-still').focus();
  const surface = box.locator('svg.recharts-surface');
  await expect(surface).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(box.locator('.chart-tooltip')).toContainText(TEXT[lang].latestCement);
}

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
  { view: 'indicators', path: 'indicators/', hasCharts: false, checks: indicatorsChecks },
  {
    view: 'indicator',
    path: 'indicators/cement-output/',
    hasCharts: true,
    checks: indicatorChecks,
  },
  { view: 'table', path: 'table/', hasCharts: false, checks: tableChecks },
  { view: 'compare', path: 'compare/?sectors=cement,power', hasCharts: true },
  { view: 'sources', path: 'sources/?figure=cement.output-h1', hasCharts: false },
  { view: 'embed', path: 'embed/cement-output/', hasCharts: true },
  {
    view: 'embed-compare',
    path: 'embed/compare/?indicators=cement-output,power-new-customers',
    hasCharts: true,
  },
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
