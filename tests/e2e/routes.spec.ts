import type { Page } from '@playwright/test';
import { expect, test, VIEWPORTS } from './fixtures';

const LANGS = [
  { lang: 'zh', htmlLang: 'zh-CN', locale: 'zh-CN', appName: '经济指标看板' },
  { lang: 'en', htmlLang: 'en', locale: 'en-US', appName: 'Economic Indicator Dashboard' },
] as const;
const VIEWS = ['', 'table/', 'compare/', 'sources/'] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const { lang, htmlLang, locale, appName } of LANGS) {
  test.describe(() => {
    test.use({ locale });
    for (const view of VIEWS) {
      const path = `/${lang}/${view}`;
      test(`${path} is prerendered in its language, hydrates cleanly and passes axe`, async ({
        page,
        expectNoConsoleErrors,
        url,
        gotoAndSettle,
        checkAxe,
      }) => {
        expectNoConsoleErrors(page);
        // Before any script runs, the prerendered HTML already carries the language and title.
        const raw = await (await page.request.get(url(path))).text();
        expect(raw).toMatch(new RegExp(`<html lang="${htmlLang}"`));
        expect(raw).toMatch(new RegExp(`<title>[^<]*${appName}</title>`));
        // This build has no SITE_URL: no canonical or hreflang link rather than a relative one.
        expect(raw).not.toMatch(/<link rel="(canonical|alternate)"/);
        expect(raw).toMatch(
          new RegExp(`<meta property="og:locale" content="${lang === 'zh' ? 'zh_CN' : 'en_US'}"`),
        );
        expect(raw).toMatch(/<h1/);
        const response = await gotoAndSettle(page, path);
        expect(response.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
        await expect(page, `title on ${path}`).toHaveTitle(new RegExp(escapeRegExp(appName)));
        await checkAxe(page, path);
      });
    }
  });
}

/** Waits until the page's Open Graph locale is the language's (the head follows the route). */
async function expectOgLocale(page: Page, locale: 'zh_CN' | 'en_US') {
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', locale);
}

test('the language switch keeps the view and its parameters, and changes lang, title and card tags', async ({
  page,
  expectNoConsoleErrors,
  gotoAndSettle,
  url,
}) => {
  expectNoConsoleErrors(page);
  await gotoAndSettle(page, '/en/table/?sector=cement');
  await expectOgLocale(page, 'en_US');
  const englishTitle = await page.title();
  await page.getByRole('link', { name: '切换到中文' }).click();
  await page.waitForURL((u) => u.pathname.endsWith('/zh/table/'));
  expect(new URL(page.url()).search).toBe('?sector=cement');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).not.toHaveTitle(englishTitle);
  await expect(page).toHaveTitle(/经济指标看板/);
  await expectOgLocale(page, 'zh_CN');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /[\u4e00-\u9fff]/,
  );
  // The choice is remembered: the root now sends this reader to Chinese even with an English browser.
  await page.goto(url('/'), { waitUntil: 'commit' });
  await page.waitForURL((u) => /\/zh\/$/.test(u.pathname), { timeout: 10_000 });
});

test.describe(() => {
  test.use({ locale: 'zh-CN' });
  test('a Chinese browser arriving at the root lands on /zh/', async ({ page, url }) => {
    await page.goto(url('/'), { waitUntil: 'commit' });
    await page.waitForURL((u) => /\/zh\/$/.test(u.pathname), { timeout: 10_000 });
  });
});

test('a hostile or broken URL still shows a working page, with the bad text shown as text', async ({
  page,
  expectNoConsoleErrors,
  gotoAndSettle,
}) => {
  expectNoConsoleErrors(page);
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  await gotoAndSettle(
    page,
    '/en/table/?sector=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&zzz=%E0%A4%A',
  );
  await expect(page.getByRole('status').filter({ hasText: 'not a valid value' })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialog, 'a dialog opened').toBe(false);
  await expect(page.getByRole('navigation').first()).toBeVisible();
});

test('an unknown path gets a helpful page in the app layout, in the language of the path', async ({
  page,
  url,
}) => {
  const response = await page.goto(url('/zh/no-such-view/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('link', { name: '全部数据' }).first()).toBeVisible();
});

for (const device of ['desktop', 'mobile'] as const) {
  test.describe(() => {
    test.use({ colorScheme: 'dark', viewport: VIEWPORTS[device] });
    test(`dark mode follows the system and passes axe (${device})`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
      checkAxe,
      saveScreenshot,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, '/en/');
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
      await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await checkAxe(page, `dark /en/ ${device}`);
      await saveScreenshot(page, `overview-en-${device}-dark`);
    });
  });
}

test('the theme toggle switches to dark and the choice survives a reload', async ({
  page,
  expectNoConsoleErrors,
  gotoAndSettle,
  checkAxe,
}) => {
  expectNoConsoleErrors(page);
  await gotoAndSettle(page, '/zh/table/');
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The saved theme applies before the first frame is laid out and painted: a probe records the
  // theme when that frame's layout is done (a ResizeObserver's first report, made from the
  // frame's first animation-frame callback, comes after the frame's layout and before its paint).
  type Probe = { themeAtFirstFrame?: string | null };
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      new ResizeObserver((_, observer) => {
        observer.disconnect();
        (window as Probe).themeAtFirstFrame = document.documentElement.dataset.theme ?? null;
      }).observe(document.documentElement);
    });
  });
  await page.reload();
  // The load event can come before the first frame: wait for the probe's report.
  await page.waitForFunction(() => (window as Probe).themeAtFirstFrame !== undefined);
  expect(await page.evaluate(() => (window as Probe).themeAtFirstFrame)).toBe('dark');
  // The button settles once the app has started.
  await expect(page.locator('button.theme-toggle')).toHaveAttribute('aria-pressed', 'true');
  await checkAxe(page, 'dark /zh/table/');
});
