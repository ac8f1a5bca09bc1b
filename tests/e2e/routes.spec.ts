import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test, VIEWPORTS } from './harness';
import { waitForAttribute } from './helpers';

const LANGS = [
  { lang: 'zh', htmlLang: 'zh-CN', locale: 'zh-CN', appName: '经济指标看板' },
  { lang: 'en', htmlLang: 'en', locale: 'en-US', appName: 'Economic Indicator Dashboard' },
] as const;
const VIEWS = ['', 'table/', 'compare/', 'sources/'] as const;

for (const { lang, htmlLang, locale, appName } of LANGS) {
  for (const view of VIEWS) {
    const path = `/${lang}/${view}`;
    test(
      `${path} is prerendered in its language, hydrates cleanly and passes axe`,
      { locale },
      async (t) => {
        const { page } = t;
        t.expectNoConsoleErrors(page);
        // Before any script runs, the prerendered HTML already carries the language and title.
        const raw = await (await page.request.get(t.url(path))).text();
        assert.match(raw, new RegExp(`<html lang="${htmlLang}"`));
        assert.match(raw, new RegExp(`<title>[^<]*${appName}</title>`));
        assert.match(raw, /<link rel="alternate" hreflang="zh-CN"/);
        assert.match(raw, /<h1/);
        const response = await t.gotoAndSettle(page, path);
        assert.equal(response.status(), 200);
        assert.equal(await page.locator('html').getAttribute('lang'), htmlLang);
        assert.ok(
          (await page.title()).includes(appName),
          `title on ${path}: ${await page.title()}`,
        );
        await t.checkAxe(page, path);
      },
    );
  }
}

/** Waits until the page's canonical link names `path` (with its query). */
async function waitForCanonical(page: Page, path: string) {
  await page.waitForFunction(
    (p) => document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.endsWith(p),
    path,
    { timeout: 10_000 },
  );
}

test('the language switch keeps the view and its parameters, and changes lang, title and canonical', async (t) => {
  const { page } = t;
  t.expectNoConsoleErrors(page);
  await t.gotoAndSettle(page, '/en/table/?sector=cement');
  // The prerendered /en/table/ head is brought in step with the query the reader arrived with.
  await waitForCanonical(page, '/en/table/?sector=cement');
  const englishTitle = await page.title();
  await page.getByRole('link', { name: '切换到中文' }).click();
  await page.waitForURL((u) => u.pathname.endsWith('/zh/table/'));
  assert.equal(new URL(page.url()).search, '?sector=cement');
  await waitForAttribute(page.locator('html'), 'lang', 'zh-CN');
  assert.notEqual(await page.title(), englishTitle);
  assert.ok((await page.title()).includes('经济指标看板'));
  await waitForCanonical(page, '/zh/table/?sector=cement');
  // The choice is remembered: the root now sends this reader to Chinese even with an English browser.
  await page.goto(t.url('/'), { waitUntil: 'commit' });
  await page.waitForURL((u) => /\/zh\/$/.test(u.pathname), { timeout: 10_000 });
});

test('a Chinese browser arriving at the root lands on /zh/', { locale: 'zh-CN' }, async (t) => {
  await t.page.goto(t.url('/'), { waitUntil: 'commit' });
  await t.page.waitForURL((u) => /\/zh\/$/.test(u.pathname), { timeout: 10_000 });
});

test('a hostile or broken URL still shows a working page, with the bad text shown as text', async (t) => {
  const { page } = t;
  t.expectNoConsoleErrors(page);
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  await t.gotoAndSettle(
    page,
    '/en/table/?sector=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&zzz=%E0%A4%A',
  );
  await page.getByRole('status').filter({ hasText: 'not a valid value' }).waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(dialog, false);
  assert.ok(await page.getByRole('navigation').first().isVisible());
});

test('an unknown path gets a helpful page in the app layout, in the language of the path', async (t) => {
  const { page } = t;
  const response = await page.goto(t.url('/zh/no-such-view/'));
  assert.equal(response?.status(), 404);
  await page.getByRole('heading', { level: 1, name: '找不到这个页面' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.ok(await page.getByRole('link', { name: '全部数据' }).first().isVisible());
});

for (const device of ['desktop', 'mobile'] as const) {
  test(
    `dark mode follows the system and passes axe (${device})`,
    { colorScheme: 'dark', viewport: VIEWPORTS[device] },
    async (t) => {
      const { page } = t;
      t.expectNoConsoleErrors(page);
      await t.gotoAndSettle(page, '/en/');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(18, 20, 23)');
      assert.equal(
        await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed'),
        'true',
      );
      await t.checkAxe(page, `dark /en/ ${device}`);
      await t.screenshot(page, `overview-en-${device}-dark`);
    },
  );
}

test('the theme toggle switches to dark and the choice survives a reload', async (t) => {
  const { page } = t;
  t.expectNoConsoleErrors(page);
  await t.gotoAndSettle(page, '/zh/table/');
  const toggle = page.getByRole('button', { name: '深色模式' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
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
  assert.equal(await page.evaluate(() => (window as Probe).themeAtFirstFrame), 'dark');
  // The button settles once the app has started.
  await page.locator('button.theme-toggle[aria-pressed="true"]').waitFor({ timeout: 10_000 });
  await t.checkAxe(page, 'dark /zh/table/');
});
