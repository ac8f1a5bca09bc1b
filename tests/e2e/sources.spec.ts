/**
 * The sources view brings a figure's passage to the reader: highlighted in a <mark>, scrolled into
 * view and focused, whether the reader arrives by a link to ?figure= or from the table's source
 * link. Both languages; the articles stay in Chinese.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test, VIEWPORTS } from './harness';
import { dataFigure, LANGS } from './helpers';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The table's link "Show in article" + a visually hidden ": <name>" (the name may be spaced). */
const TEXT = {
  zh: {
    locale: 'zh-CN',
    showInArticle: (name: string) => new RegExp(`^查看原文\\s*：\\s*${escapeRegExp(name)}$`),
  },
  en: {
    locale: 'en-US',
    showInArticle: (name: string) => new RegExp(`^Show in article\\s*:\\s*${escapeRegExp(name)}$`),
  },
} as const;

/**
 * The highlighted passage of a figure: a <mark> holding the figure as printed, inside the
 * viewport, and focused (itself or an element containing it) so screen readers start there.
 */
async function expectMarkedInView(page: Page, figureId: string, label: string): Promise<void> {
  const printed = dataFigure(figureId).asPrinted;
  assert.ok(printed, `${figureId} has no asPrinted text in data/`);
  const mark = page.locator('mark').filter({ hasText: printed });
  await mark.first().waitFor({ state: 'visible' });
  assert.equal(await mark.count(), 1, `${label}: one <mark> holds "${printed}"`);
  // Let a smooth scroll (if any) finish before measuring.
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const y = window.scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === y)));
      }),
  );
  const state = await mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const active = document.activeElement;
    return {
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      width: window.innerWidth,
      height: window.innerHeight,
      focused:
        active !== null && active !== document.body && (active === el || active.contains(el)),
      activeTag: active ? `${active.tagName.toLowerCase()}.${active.className}` : 'none',
    };
  });
  assert.ok(
    state.top >= 0 && state.bottom <= state.height && state.left >= 0 && state.right <= state.width,
    `${label}: the <mark> is at top ${state.top}, bottom ${state.bottom}, left ${state.left}, ` +
      `right ${state.right}, outside the ${state.width}×${state.height} window`,
  );
  assert.ok(state.focused, `${label}: focus is on ${state.activeTag}, not on the <mark>`);
}

for (const lang of LANGS) {
  const text = TEXT[lang];
  const direct = `/${lang}/sources/?figure=cement.output-h1`;

  test(
    `${direct} highlights the quote, in view and focused, and passes axe`,
    { locale: text.locale },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      await t.gotoAndSettle(page, direct);
      await expectMarkedInView(page, 'cement.output-h1', direct);
      assert.equal(
        await page.locator('mark').first().getAttribute('lang'),
        null,
        'the mark inherits zh-CN from the article text',
      );
      assert.equal(
        await page
          .locator('mark')
          .first()
          .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
        'zh-CN',
      );
      await t.checkAxe(page, direct);
    },
  );

  test(
    `${direct} on a phone scrolls the highlighted quote into view`,
    { locale: text.locale, viewport: VIEWPORTS.mobile },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      await t.gotoAndSettle(page, direct);
      await expectMarkedInView(page, 'cement.output-h1', `${direct} at 360 px`);
    },
  );

  test(
    `/${lang}/table/: a figure's source link lands on its highlighted quote`,
    { locale: text.locale },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      const figure = dataFigure('power.new-customers');
      await t.gotoAndSettle(page, `/${lang}/table/`);
      const link = page.getByRole('link', {
        name: text.showInArticle(figure.name[lang]),
      });
      assert.equal(await link.count(), 1, `one source link for ${figure.id} in the table`);
      await link.click();
      await page.waitForURL(
        (u) =>
          u.pathname.endsWith(`/${lang}/sources/`) && u.searchParams.get('figure') === figure.id,
      );
      await expectMarkedInView(page, figure.id, `sources after the table link (${lang})`);
    },
  );
}
