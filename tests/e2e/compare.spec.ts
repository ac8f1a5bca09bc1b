/**
 * The compare view as a reader uses it: a comparison built with the picker (keyboard and mouse),
 * kept in the URL through reload, back and forward, a chip that removes an item, a link with an
 * unknown id, and axe in light and dark.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataFigure, LANGS, type Lang } from './helpers';

const TEXT = {
  zh: {
    locale: 'zh-CN',
    cement: '水泥',
    power: '广西电力',
    panels: '并排面板',
    remove: (name: string) => `移除${name}`,
    darkMode: '深色模式',
    indicators: '指标',
    cementOutput: '水泥产量',
    newCustomers: '新增用电客户',
    ownUnits: /单位或口径不同/,
  },
  en: {
    locale: 'en-US',
    cement: 'Cement',
    power: 'Guangxi power',
    panels: 'Side-by-side panels',
    remove: (name: string) => `Remove ${name}`,
    darkMode: 'Dark mode',
    indicators: 'Indicators',
    cementOutput: 'Cement output',
    newCustomers: 'New electricity customers',
    ownUnits: /different units or on different bases/,
  },
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sector's checkbox in the picker: "Cement (10 figures)" / "水泥（10项指标）". */
function sectorCheckbox(page: Page, name: string) {
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}\\s*[（(]`) });
}

/** The side-by-side sector panels show these sectors, in this order (none: no panels). */
async function expectPanels(page: Page, lang: Lang, expected: string[], when: string) {
  const names = page
    .getByRole('group', { name: TEXT[lang].panels, exact: true })
    .locator('.compare-panel h3');
  await expect(names, `panels ${when}`).toHaveText(expected, { useInnerText: true });
}

function search(page: Page): string {
  return new URL(page.url()).search;
}

for (const lang of LANGS) {
  const text = TEXT[lang];

  test.describe(() => {
    test.use({ locale: text.locale });

    test(`/${lang}/compare/: build a comparison with the picker; reload, back, forward and a chip keep it`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
      checkAxe,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, `/${lang}/compare/`);
      await expectPanels(page, lang, [], 'before choosing anything');

      // Cement by keyboard (focus, Space), Guangxi power by a click.
      const cement = sectorCheckbox(page, text.cement);
      await cement.focus();
      await page.keyboard.press('Space');
      await page.waitForURL((u) => u.search === '?sectors=cement');
      await expect(cement, 'the cement box is ticked').toBeChecked();
      await sectorCheckbox(page, text.power).click();
      await page.waitForURL((u) => u.search === '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'after adding two sectors');

      await page.reload({ waitUntil: 'networkidle' });
      expect(search(page)).toBe('?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'after a reload');
      await expect(sectorCheckbox(page, text.power)).toBeChecked();

      await page.goBack();
      await page.waitForURL((u) => u.search === '?sectors=cement');
      await expectPanels(page, lang, [text.cement], 'after going back');
      await expect(sectorCheckbox(page, text.power)).not.toBeChecked();

      await page.goForward();
      await page.waitForURL((u) => u.search === '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'after going forward');

      // Removing a chip drops it from the URL and the panels; focus stays among the chips.
      await page.getByRole('button', { name: text.remove(text.cement), exact: true }).click();
      await page.waitForURL((u) => u.search === '?sectors=power');
      await expectPanels(page, lang, [text.power], 'after removing cement by its chip');
      // Focus moves once the new panels have rendered (an effect after that commit).
      await expect(
        page.getByRole('button', { name: text.remove(text.power), exact: true }),
        'focus moves to the remaining chip',
      ).toBeFocused();
      await page.goBack();
      await page.waitForURL((u) => u.search === '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'back after removing a chip');

      await checkAxe(page, `/${lang}/compare/?sectors=cement,power`);
      await page.getByRole('button', { name: text.darkMode }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await checkAxe(page, `/${lang}/compare/?sectors=cement,power (dark)`);
    });

    test(`/${lang}/compare/: two indicators side by side, each charted in its own units, through Back and Forward`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
      checkAxe,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, `/${lang}/compare/`);
      const choices = page.getByRole('group', { name: text.indicators, exact: true });
      await choices.getByRole('checkbox', { name: text.cementOutput, exact: true }).click();
      await page.waitForURL((u) => u.search === '?indicators=cement-output');
      await choices.getByRole('checkbox', { name: text.newCustomers, exact: true }).click();
      await page.waitForURL((u) => u.search === '?indicators=cement-output,power-new-customers');
      await expectPanels(
        page,
        lang,
        [text.cementOutput, text.newCustomers],
        'after two indicators',
      );
      // Each panel draws its own series; tonnes and customers never share an axis.
      const panels = page.getByRole('group', { name: text.panels, exact: true });
      await panels.scrollIntoViewIfNeeded();
      await expect(panels.locator('.chart-drawing[data-drawn="true"]')).toHaveCount(2);
      await expect(page.getByText(text.ownUnits)).toBeVisible();

      await page.goBack();
      await page.waitForURL((u) => u.search === '?indicators=cement-output');
      await expectPanels(page, lang, [text.cementOutput], 'after going back');
      await page.goForward();
      await page.waitForURL((u) => u.search === '?indicators=cement-output,power-new-customers');
      await expectPanels(page, lang, [text.cementOutput, text.newCustomers], 'after going forward');
      await checkAxe(page, `/${lang}/compare/?indicators=cement-output,power-new-customers`);
    });

    test(`/${lang}/compare/ with an unknown id names it in a notice and keeps the known figure`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
    }) => {
      expectNoConsoleErrors(page);
      const known = dataFigure('cement.output-h1');
      await gotoAndSettle(page, `/${lang}/compare/?ids=nope.nothing,cement.output-h1`);
      const notice = page.getByRole('status').filter({ hasText: 'nope.nothing' });
      await expect(notice, 'one notice names nope.nothing').toHaveCount(1);
      await expect(notice, 'the notice is visible').toBeVisible();
      await expect(notice, 'the notice lists only the unknown id').not.toContainText(known.id, {
        useInnerText: true,
      });
      const panels = page.getByRole('group', { name: text.panels, exact: true });
      const card = panels.getByRole('article', { name: known.name[lang], exact: true });
      await expect(card, `a panel shows "${known.name[lang]}"`).toHaveCount(1);
      await expect(card).toBeVisible();
      await expect(panels.locator('.compare-panel'), 'only the known figure').toHaveCount(1);
    });
  });
}
