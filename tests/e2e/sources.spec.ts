/**
 * The sources view brings a figure's passage to the reader: highlighted in a <mark>, scrolled into
 * view and focused, whether the reader arrives by a link to ?figure= or from the table's source
 * link. Both languages; the articles stay in Chinese.
 */
import type { Page } from '@playwright/test';
import { expect, test, VIEWPORTS } from './fixtures';
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
  if (!printed) throw new Error(`${figureId} has no asPrinted text in data/`);
  const mark = page.locator('mark').filter({ hasText: printed });
  await expect(mark.first()).toBeVisible();
  await expect(mark, `${label}: one <mark> holds "${printed}"`).toHaveCount(1);
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
  expect(
    state.top >= 0 && state.bottom <= state.height && state.left >= 0 && state.right <= state.width,
    `${label}: the <mark> is at top ${state.top}, bottom ${state.bottom}, left ${state.left}, ` +
      `right ${state.right}, outside the ${state.width}×${state.height} window`,
  ).toBe(true);
  expect(state.focused, `${label}: focus is on ${state.activeTag}, not on the <mark>`).toBe(true);
}

for (const lang of LANGS) {
  const text = TEXT[lang];
  const direct = `/${lang}/sources/?figure=cement.output-h1`;

  test.describe(() => {
    test.use({ locale: text.locale });

    test(`${direct} highlights the quote, in view and focused, and passes axe`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
      checkAxe,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, direct);
      await expectMarkedInView(page, 'cement.output-h1', direct);
      await expect(
        page.locator('mark').first(),
        'the mark inherits zh-CN from the article text',
      ).not.toHaveAttribute('lang');
      expect(
        await page
          .locator('mark')
          .first()
          .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
      ).toBe('zh-CN');
      await checkAxe(page, direct);
    });

    test.describe(() => {
      test.use({ viewport: VIEWPORTS.mobile });
      test(`${direct} on a phone scrolls the highlighted quote into view`, async ({
        page,
        expectNoConsoleErrors,
        gotoAndSettle,
      }) => {
        expectNoConsoleErrors(page);
        await gotoAndSettle(page, direct);
        await expectMarkedInView(page, 'cement.output-h1', `${direct} at 360 px`);
      });
    });

    test(`/${lang}/table/: a figure's source link lands on its highlighted quote`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
    }) => {
      expectNoConsoleErrors(page);
      const figure = dataFigure('power.new-customers');
      await gotoAndSettle(page, `/${lang}/table/`);
      const link = page.getByRole('link', {
        name: text.showInArticle(figure.name[lang]),
      });
      await expect(link, `one source link for ${figure.id} in the table`).toHaveCount(1);
      await link.click();
      await page.waitForURL(
        (u) =>
          u.pathname.endsWith(`/${lang}/sources/`) && u.searchParams.get('figure') === figure.id,
      );
      await expectMarkedInView(page, figure.id, `sources after the table link (${lang})`);
    });
  });
}
