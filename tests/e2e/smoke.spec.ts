import assert from 'node:assert/strict';
import { test, VIEWPORTS } from './harness';

const PAGES = [
  { lang: 'zh', htmlLang: 'zh-CN', locale: 'zh-CN' },
  { lang: 'en', htmlLang: 'en', locale: 'en-US' },
] as const;

const DEVICES = ['desktop', 'mobile'] as const;

for (const { lang, htmlLang, locale } of PAGES) {
  for (const device of DEVICES) {
    const viewport = VIEWPORTS[device];
    test(
      `overview /${lang}/ at ${viewport.width}×${viewport.height} loads cleanly and accessibly`,
      { viewport, locale },
      async ({ page, gotoAndSettle, expectNoConsoleErrors, checkAxe, screenshot }) => {
        expectNoConsoleErrors(page);
        const response = await gotoAndSettle(page, `/${lang}/`);
        assert.equal(response.status(), 200, `GET /${lang}/ answered ${response.status()}`);
        const actualLang = await page.locator('html').getAttribute('lang');
        assert.equal(actualLang, htmlLang, `<html lang> on /${lang}/`);
        await checkAxe(page, `overview /${lang}/ ${device}`);
        await screenshot(page, `overview-${lang}-${device}`);
      },
    );
  }
}

test('the root address sends a visitor to a language', async ({ page, url }) => {
  // 'commit': the root may redirect before its load event, which would abort a goto waiting for it.
  await page.goto(url('/'), { waitUntil: 'commit' });
  await page.waitForURL((current) => /\/(zh|en)\/$/.test(current.pathname), { timeout: 10_000 });
  assert.ok(page.url().startsWith(url('/')), `landed outside the site: ${page.url()}`);
});
