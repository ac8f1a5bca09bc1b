/**
 * Sharing and embedding, in the built site (`npm run build`, no SITE_URL): every indicator page
 * names its figure in its head in both languages, with a 1200×630 preview image and no relative
 * canonical or hreflang link; two embeds placed by a page of another origin render, tell that
 * page their height and follow its width.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { DRAWN_SVG, LANGS, loadDataIndicators } from './helpers';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A meta tag's content in prerendered HTML (the build escapes &, <, > and "). */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test.describe('the head of every page names its figure', () => {
  for (const lang of LANGS) {
    test(`/${lang}/: every indicator page and embed has its title, card tags and preview image`, () => {
      const indicators = loadDataIndicators();
      expect(indicators.length).toBeGreaterThan(0);
      for (const indicator of indicators) {
        const name = indicator.name[lang];
        for (const page of [`indicators/${indicator.id}`, `embed/${indicator.id}`]) {
          const file = path.join(DIST, lang, page, 'index.html');
          const html = readFileSync(file, 'utf8');
          const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
          expect(title, `${file}: <title>`).toContain(name.replace(/&/g, '&amp;'));
          expect(metaContent(html, 'og:title'), `${file}: og:title`).toContain(name);
          expect(metaContent(html, 'twitter:card'), `${file}: twitter:card`).toBeTruthy();
          expect(metaContent(html, 'og:locale')).toBe(lang === 'zh' ? 'zh_CN' : 'en_US');
          // No SITE_URL in this build: tags that need an absolute URL are left out, never relative.
          expect(html, `${file}: canonical without SITE_URL`).not.toContain('rel="canonical"');
          expect(html, `${file}: hreflang without SITE_URL`).not.toContain('hreflang=');
          expect(metaContent(html, 'og:image'), `${file}: og:image`).toBeUndefined();
        }
        const image = path.join(DIST, 'og', lang, `${indicator.id}.png`);
        expect(existsSync(image), `${image} exists`).toBe(true);
        expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
      }
      for (const view of ['overview', 'indicators', 'table', 'compare', 'sources']) {
        expect(pngSize(path.join(DIST, 'og', lang, `${view}.png`))).toEqual({
          width: 1200,
          height: 630,
        });
      }
    });
  }

  test('an indicator page describes its latest value in its language', () => {
    const en = readFileSync(path.join(DIST, 'en/indicators/cement-output/index.html'), 'utf8');
    expect(metaContent(en, 'description')).toContain('953 million t in H1 2023');
    expect(metaContent(en, 'og:title')).toBe('Cement output: 953 million t, H1 2023');
    const zh = readFileSync(path.join(DIST, 'zh/indicators/cement-output/index.html'), 'utf8');
    expect(metaContent(zh, 'description')).toContain('2023年上半年为9.53亿吨');
    expect(metaContent(zh, 'og:title')).toBe('水泥产量：2023年上半年9.53亿吨');
  });
});

/** A page of another origin that places two embeds and sizes them by their height messages. */
function hostPage(site: string): string {
  const a = `${site}/en/embed/cement-output/`;
  const b = `${site}/zh/embed/compare/?indicators=cement-output,power-new-customers`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font:16px sans-serif}main{max-width:900px;margin:0 auto;padding:16px}iframe{display:block;width:100%;border:0;margin:24px 0}</style></head>
<body><main><h1>A page on another site</h1>
<iframe id="a" src="${a}" title="Cement output" height="200"></iframe>
<iframe id="b" src="${b}" title="水泥产量与新增用电客户" height="200"></iframe>
<script>
window.heights = [];
addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'eid:embed-height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = event.data.height + 'px';
      window.heights.push({ id: frame.id, origin: event.origin, height: event.data.height, href: event.data.href });
    }
  }
});
</script></main></body></html>`;
}

test.describe('embeds on another origin', () => {
  let host: Server;
  let hostUrl = '';

  test.beforeAll(async ({ baseURL }) => {
    const site = new URL(baseURL!).origin;
    host = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(hostPage(site));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    // localhost and 127.0.0.1 are different origins even on one port: make sure they differ.
    expect(new URL(hostUrl).origin).not.toBe(site);
  });

  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('two embeds render in both languages, post their height and follow the width', async ({
    page,
    baseURL,
    expectNoConsoleErrors,
    saveScreenshot,
  }) => {
    expectNoConsoleErrors(page);
    const site = new URL(baseURL!).origin;
    await page.goto(hostUrl);
    const a = page.frameLocator('#a');
    const b = page.frameLocator('#b');
    await expect(a.getByRole('heading', { level: 1, name: 'Cement output' })).toBeVisible();
    await expect(b.getByRole('heading', { level: 1 })).toContainText('水泥产量');
    await expect(b.getByRole('heading', { level: 1 })).toContainText('新增用电客户');
    await expect(a.locator('html')).toHaveAttribute('lang', 'en');
    await expect(b.locator('html')).toHaveAttribute('lang', 'zh-CN');

    // Each posts its height from the dashboard's origin; the host sizes the iframe to it.
    const last = (id: string) =>
      page.evaluate(
        (frame) =>
          (
            window as unknown as { heights: { id: string; height: number; origin: string }[] }
          ).heights
            .filter((h) => h.id === frame)
            .at(-1) ?? null,
        id,
      );
    await expect.poll(async () => (await last('a'))?.height ?? 0).toBeGreaterThan(300);
    await expect.poll(async () => (await last('b'))?.height ?? 0).toBeGreaterThan(300);
    expect((await last('a'))!.origin).toBe(site);
    const frameHeight = (id: string) =>
      page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
    expect(await frameHeight('a')).toBe((await last('a'))!.height);

    // Both charts draw once scrolled into view; nothing overflows the frame's width.
    for (const [id, frame] of [
      ['a', a],
      ['b', b],
    ] as const) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect(frame.locator(DRAWN_SVG).first()).toBeVisible();
      const overflow = await frame
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, `embed #${id} overflows sideways`).toBeLessThanOrEqual(0);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'embeds-host-desktop');

    // Narrower, the embed wraps and grows taller, and says so.
    const wide = (await last('a'))!.height;
    await page.locator('#a').evaluate((f) => {
      (f as HTMLIFrameElement).style.width = '320px';
    });
    await expect.poll(async () => (await last('a'))!.height).toBeGreaterThan(wide);
    expect(await frameHeight('a')).toBe((await last('a'))!.height);
    const links = await a
      .locator('a[href]')
      .evaluateAll((as) =>
        as.map((x) => ({ target: x.getAttribute('target'), rel: x.getAttribute('rel') })),
      );
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.target === '_blank' && l.rel === 'noopener')).toBe(true);
    await saveScreenshot(page, 'embeds-host-narrow');
  });
});

test.describe('the Share panel', () => {
  for (const lang of LANGS) {
    test(`/${lang}/indicators/cement-output/: copy link, embed code and preview image, by keyboard`, async ({
      page,
      gotoAndSettle,
      checkAxe,
      saveScreenshot,
      baseURL,
    }) => {
      await gotoAndSettle(page, `/${lang}/indicators/cement-output/`);
      const share = page.getByRole('button', { name: lang === 'en' ? 'Share' : '分享' });
      await share.focus();
      await page.keyboard.press('Enter');
      await expect(share).toHaveAttribute('aria-expanded', 'true');
      await expect(
        page.getByRole('button', { name: lang === 'en' ? 'Copy link' : '复制链接' }),
      ).toBeFocused();
      const code = page.getByRole('textbox', {
        name: lang === 'en' ? 'Embed this chart in your page' : '将此图表嵌入您的网页',
      });
      const snippet = await code.inputValue();
      const src = /src="([^"]+)"/.exec(snippet)?.[1];
      expect(src).toBe(`${new URL(baseURL!).origin}/${lang}/embed/cement-output/`);
      expect(snippet).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
      // The embed it names is there, and its preview image downloads.
      expect((await page.request.get(src!)).status()).toBe(200);
      const preview = page.getByRole('link', {
        name: lang === 'en' ? 'Download the preview image (PNG)' : '下载预览图（PNG）',
      });
      const href = await preview.getAttribute('href');
      expect(href).toBe(`/og/${lang}/cement-output.png`);
      const image = await page.request.get(href!);
      expect(image.headers()['content-type']).toContain('image/png');
      await checkAxe(page, `share panel on /${lang}/indicators/cement-output/`);
      await saveScreenshot(page, `share-panel-${lang}-desktop`);
      await page.keyboard.press('Escape');
      await expect(share).toHaveAttribute('aria-expanded', 'false');
      await expect(share).toBeFocused();
    });
  }
});
