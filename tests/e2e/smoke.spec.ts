import { expect, test, VIEWPORTS } from './fixtures';

const PAGES = [
  { lang: 'zh', htmlLang: 'zh-CN', locale: 'zh-CN' },
  { lang: 'en', htmlLang: 'en', locale: 'en-US' },
] as const;

const DEVICES = ['desktop', 'mobile'] as const;

for (const { lang, htmlLang, locale } of PAGES) {
  for (const device of DEVICES) {
    const viewport = VIEWPORTS[device];
    test.describe(() => {
      test.use({ viewport, locale });
      test(`overview /${lang}/ at ${viewport.width}×${viewport.height} loads cleanly and accessibly`, async ({
        page,
        gotoAndSettle,
        expectNoConsoleErrors,
        checkAxe,
        saveScreenshot,
      }) => {
        expectNoConsoleErrors(page);
        const response = await gotoAndSettle(page, `/${lang}/`);
        expect(response.status(), `GET /${lang}/ answered ${response.status()}`).toBe(200);
        await expect(page.locator('html'), `<html lang> on /${lang}/`).toHaveAttribute(
          'lang',
          htmlLang,
        );
        await checkAxe(page, `overview /${lang}/ ${device}`);
        await saveScreenshot(page, `overview-${lang}-${device}`);
      });
    });
  }
}

test('the root address sends a visitor to a language', async ({ page, url }) => {
  // 'commit': the root may redirect before its load event, which would abort a goto waiting for it.
  await page.goto(url('/'), { waitUntil: 'commit' });
  await page.waitForURL((current) => /\/(zh|en)\/$/.test(current.pathname), { timeout: 10_000 });
  expect(page.url().startsWith(url('/')), `landed outside the site: ${page.url()}`).toBe(true);
});
