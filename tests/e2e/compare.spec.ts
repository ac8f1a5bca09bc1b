/**
 * The compare view as a reader uses it: a comparison built with the picker (keyboard and mouse),
 * kept in the URL through reload, back and forward, a chip that removes an item, a link with an
 * unknown id, and axe in light and dark.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './harness';
import { dataFigure, LANGS, type Lang } from './helpers';

const TEXT = {
  zh: {
    locale: 'zh-CN',
    cement: '水泥',
    power: '广西电力',
    panels: '并排面板',
    remove: (name: string) => `移除${name}`,
    darkMode: '深色模式',
  },
  en: {
    locale: 'en-US',
    cement: 'Cement',
    power: 'Guangxi power',
    panels: 'Side-by-side panels',
    remove: (name: string) => `Remove ${name}`,
    darkMode: 'Dark mode',
  },
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sector's checkbox in the picker: "Cement (10 figures)" / "水泥（10项指标）". */
function sectorCheckbox(page: Page, name: string) {
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}\\s*[（(]`) });
}

/** The names of the side-by-side sector panels, in order. */
async function panelNames(page: Page, lang: Lang): Promise<string[]> {
  const group = page.getByRole('group', { name: TEXT[lang].panels, exact: true });
  if ((await group.count()) === 0) return [];
  return group.locator('.compare-panel h3').allInnerTexts();
}

async function expectPanels(page: Page, lang: Lang, expected: string[], when: string) {
  // The store updates in the same task as the URL; give React a moment to render.
  await page
    .waitForFunction(
      (n) => document.querySelectorAll('.compare-panels .compare-panel').length === n,
      expected.length,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  assert.deepEqual(await panelNames(page, lang), expected, `panels ${when}`);
}

function search(page: Page): string {
  return new URL(page.url()).search;
}

for (const lang of LANGS) {
  const text = TEXT[lang];

  test(
    `/${lang}/compare/: build a comparison with the picker; reload, back, forward and a chip keep it`,
    { locale: text.locale },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      await t.gotoAndSettle(page, `/${lang}/compare/`);
      await expectPanels(page, lang, [], 'before choosing anything');

      // Cement by keyboard (focus, Space), Guangxi power by a click.
      const cement = sectorCheckbox(page, text.cement);
      await cement.focus();
      await page.keyboard.press('Space');
      await page.waitForURL((u) => u.search === '?sectors=cement');
      assert.equal(await cement.isChecked(), true, 'the cement box is ticked');
      await sectorCheckbox(page, text.power).click();
      await page.waitForURL((u) => u.search === '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'after adding two sectors');

      await page.reload({ waitUntil: 'networkidle' });
      assert.equal(search(page), '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'after a reload');
      assert.equal(await sectorCheckbox(page, text.power).isChecked(), true);

      await page.goBack();
      await page.waitForURL((u) => u.search === '?sectors=cement');
      await expectPanels(page, lang, [text.cement], 'after going back');
      assert.equal(await sectorCheckbox(page, text.power).isChecked(), false);

      await page.goForward();
      await page.waitForURL((u) => u.search === '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'after going forward');

      // Removing a chip drops it from the URL and the panels; focus stays among the chips.
      await page.getByRole('button', { name: text.remove(text.cement), exact: true }).click();
      await page.waitForURL((u) => u.search === '?sectors=power');
      await expectPanels(page, lang, [text.power], 'after removing cement by its chip');
      // Focus moves once the new panels have rendered (an effect after that commit).
      const focused = await page
        .waitForFunction(
          (label) => document.activeElement?.getAttribute('aria-label') === label,
          text.remove(text.power),
          { timeout: 5_000 },
        )
        .then(() => text.remove(text.power))
        .catch(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')));
      assert.equal(focused, text.remove(text.power), 'focus moves to the remaining chip');
      await page.goBack();
      await page.waitForURL((u) => u.search === '?sectors=cement,power');
      await expectPanels(page, lang, [text.cement, text.power], 'back after removing a chip');

      await t.checkAxe(page, `/${lang}/compare/?sectors=cement,power`);
      await page.getByRole('button', { name: text.darkMode }).click();
      assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
      await t.checkAxe(page, `/${lang}/compare/?sectors=cement,power (dark)`);
    },
  );

  test(
    `/${lang}/compare/ with an unknown id names it in a notice and keeps the known figure`,
    { locale: text.locale },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      const known = dataFigure('cement.output-h1');
      await t.gotoAndSettle(page, `/${lang}/compare/?ids=nope.nothing,cement.output-h1`);
      const notice = page.getByRole('status').filter({ hasText: 'nope.nothing' });
      assert.equal(await notice.count(), 1, 'one notice names nope.nothing');
      assert.ok(await notice.isVisible(), 'the notice is visible');
      assert.ok(
        !(await notice.innerText()).includes(known.id),
        'the notice lists only the unknown id',
      );
      const panels = page.getByRole('group', { name: text.panels, exact: true });
      const card = panels.getByRole('article', { name: known.name[lang], exact: true });
      assert.equal(await card.count(), 1, `a panel shows "${known.name[lang]}"`);
      assert.ok(await card.isVisible());
      assert.equal(await panels.locator('.compare-panel').count(), 1, 'only the known figure');
    },
  );
}
