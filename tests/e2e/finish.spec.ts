/**
 * The finish: dark mode chosen with the toggle (charts recoloured and readable, axe clean), print
 * (controls hidden, charts kept, an A4 PDF that renders), and motion (none when the reader asks
 * for reduced motion; allowed otherwise).
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import {
  ARTIFACTS_DIR,
  contrastRatio,
  countPdfPages,
  LANGS,
  scrollThrough,
  twoFrames,
  waitForCharts,
  type Lang,
} from './helpers';

const TEXT = {
  zh: { locale: 'zh-CN', darkMode: '深色模式' },
  en: { locale: 'en-US', darkMode: 'Dark mode' },
} as const;

type ChartColours = {
  barFill: string;
  /** Axis tick labels and axis titles: their fill and the colour behind them. */
  axisTexts: { text: string; fill: string; background: string }[];
};

/** Colours of the first bar chart on the page, as computed now (after scrolling it into view). */
async function chartColours(page: Page): Promise<ChartColours> {
  const box = page.locator('.chart-drawing[data-chart-kind="bars"]').first();
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator('svg.recharts-surface .chart-bar rect').first()).toBeVisible();
  await twoFrames(page);
  return box.evaluate((el) => {
    const rects = Array.from(el.querySelectorAll('.chart-bar rect'));
    const barFill =
      rects.map((r) => getComputedStyle(r).fill).find((fill) => fill.startsWith('rgb')) ?? '';
    const labels = Array.from(
      el.querySelectorAll('.recharts-cartesian-axis-tick-value, .chart-axis-title'),
    );
    const axisTexts = labels.map((label) => {
      let node: Element | null = label;
      let background = 'rgb(255, 255, 255)';
      while (node) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
          background = bg;
          break;
        }
        node = node.parentElement;
      }
      // The glyphs take the fill of the innermost element holding them (Recharts wraps the text
      // in a <tspan>, which can carry its own fill).
      const painted = label.querySelector('tspan') ?? label;
      return { text: label.textContent ?? '', fill: getComputedStyle(painted).fill, background };
    });
    return { barFill, axisTexts };
  });
}

function expectReadableAxes(colours: ChartColours, label: string): void {
  expect(colours.axisTexts.length, `${label}: the chart has no axis text`).toBeGreaterThan(0);
  for (const { text, fill, background } of colours.axisTexts) {
    const ratio = contrastRatio(fill, background);
    expect(
      ratio,
      `${label}: axis text "${text}" is ${fill} on ${background}, contrast ${ratio.toFixed(2)}:1 (needs 4.5:1)`,
    ).toBeGreaterThanOrEqual(4.5);
  }
}

const DARK_PAGES: { lang: Lang; path: string; shot: string }[] = [
  { lang: 'zh', path: '/zh/', shot: 'overview-zh-desktop-dark' },
  { lang: 'en', path: '/en/compare/?sectors=cement,power', shot: 'compare-en-desktop-dark' },
];

for (const { lang, path: sitePath, shot } of DARK_PAGES) {
  test.describe(() => {
    test.use({ locale: TEXT[lang].locale });
    test(`${sitePath}: the dark-mode toggle recolours the charts, keeps them readable, passes axe`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
      checkAxe,
      saveScreenshot,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, sitePath);
      const light = await chartColours(page);
      expect(light.barFill, 'a bar has a solid fill in light mode').toBeTruthy();
      expectReadableAxes(light, `${sitePath} light`);

      await page.getByRole('button', { name: TEXT[lang].darkMode }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await twoFrames(page);
      const dark = await chartColours(page);
      expect(dark.barFill, 'the bar colour changes for the dark theme').not.toBe(light.barFill);
      expectReadableAxes(dark, `${sitePath} dark`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(
        contrastRatio(background, 'rgb(0, 0, 0)'),
        `the dark page background is ${background}`,
      ).toBeLessThan(2);

      await scrollThrough(page);
      await checkAxe(page, `${sitePath} dark`);
      await saveScreenshot(page, shot);
    });
  });
}

test('/en/table/ in dark mode chosen with the toggle passes axe', async ({
  page,
  expectNoConsoleErrors,
  gotoAndSettle,
  checkAxe,
  saveScreenshot,
}) => {
  expectNoConsoleErrors(page);
  await gotoAndSettle(page, '/en/table/');
  await page.getByRole('button', { name: TEXT.en.darkMode }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The page has taken the dark colours before axe reads them.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe('rgb(18, 20, 23)');
  // The milestones below the fold are laid out only near the viewport (content-visibility:
  // auto); axe reads the colours of a section never laid out against a white default, which in
  // the dark theme fails contrast that readers never see. Scrolling lays every section out.
  await scrollThrough(page);
  await twoFrames(page);
  await checkAxe(page, '/en/table/ dark');
  await saveScreenshot(page, 'table-en-desktop-dark');
});

/** Elements of `selector` that are still displayed (neither they nor an ancestor has display: none). */
async function displayed(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll(sel))
        .filter((el) => {
          for (let node: Element | null = el; node; node = node.parentElement) {
            if (getComputedStyle(node).display === 'none') return false;
          }
          return true;
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    selector,
  );
}

const PRINT_PAGES: { lang: Lang; path: string; name: string }[] = [
  ...LANGS.map((lang) => ({ lang, path: `/${lang}/`, name: `overview-${lang}` })),
  { lang: 'en', path: '/en/compare/?sectors=cement,power', name: 'compare-en' },
];

for (const { lang, path: sitePath, name } of PRINT_PAGES) {
  test.describe(() => {
    test.use({ locale: TEXT[lang].locale });
    test(`${sitePath} prints without controls, with its charts, to an A4 PDF`, async ({
      page,
      expectNoConsoleErrors,
      gotoAndSettle,
      saveScreenshot,
    }) => {
      expectNoConsoleErrors(page);
      await gotoAndSettle(page, sitePath);
      await scrollThrough(page);
      const charts = await waitForCharts(page);
      expect(charts, `${sitePath} drew no chart`).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      await twoFrames(page);

      for (const selector of [
        '.site-header',
        'nav.site-nav',
        '.theme-toggle',
        '.chart-downloads button',
        '.download-menu button',
        '.chart-table-toggle',
        '.compare-chip__remove',
        '.compare-panel__more > summary',
      ]) {
        const left = await displayed(page, selector);
        expect(left, `${selector} still shows in print on ${sitePath}`).toEqual([]);
      }
      const visibleCharts = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('.chart-drawing[data-drawn="true"] svg')).filter(
            (svg) => {
              const r = svg.getBoundingClientRect();
              // contentVisibilityAuto: a part the browser skips as off-screen does not count.
              return (
                svg.checkVisibility({ contentVisibilityAuto: true }) && r.width > 0 && r.height > 0
              );
            },
          ).length,
      );
      expect(visibleCharts, `every chart stays visible in print on ${sitePath}`).toBe(charts);
      await saveScreenshot(page, `${name}-print`);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await writeFile(path.join(ARTIFACTS_DIR, `${name}.pdf`), pdf);
      expect(pdf.length, `the PDF of ${sitePath} is only ${pdf.length} bytes`).toBeGreaterThan(
        10_000,
      );
      const pages = countPdfPages(pdf);
      expect(pages, `the PDF of ${sitePath} has ${pages} page(s)`).toBeGreaterThanOrEqual(2);
    });
  });
}

type MotionSample = { t: number; x: string | null; width: string | null }[];

/**
 * Scrolls a bar chart that has not drawn yet into view and samples its first bar's x and width
 * every 10 ms for 900 ms after the bar appears. Times are ms since the bar appeared.
 */
async function sampleBarMotion(page: Page): Promise<MotionSample> {
  const box = page.locator('.chart-drawing[data-chart-kind="bars"]').last();
  expect(
    await box.locator('svg').count(),
    'the last bar chart should not have drawn before it is scrolled to',
  ).toBe(0);
  const samples = box.evaluate(
    (el) =>
      new Promise<MotionSample>((resolve) => {
        const out: MotionSample = [];
        let first = -1;
        const timer = setInterval(() => {
          const rect = el.querySelector('.chart-bar rect');
          if (!rect) return;
          const now = performance.now();
          if (first < 0) first = now;
          out.push({
            t: now - first,
            x: rect.getAttribute('x'),
            width: rect.getAttribute('width'),
          });
          if (now - first > 900) {
            clearInterval(timer);
            resolve(out);
          }
        }, 10);
      }),
  );
  await box.scrollIntoViewIfNeeded();
  return samples;
}

test('with reduced motion (the default here) a chart appears without animating', async ({
  page,
  expectNoConsoleErrors,
  gotoAndSettle,
}) => {
  expectNoConsoleErrors(page);
  await gotoAndSettle(page, '/en/');
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
    true,
  );
  const samples = await sampleBarMotion(page);
  expect(samples.length, `only ${samples.length} samples of the bar`).toBeGreaterThanOrEqual(10);
  const first = samples[0]!;
  const later = samples.find((s) => s.t >= 100);
  expect(later, 'no sample 100 ms after the bar appeared').toBeDefined();
  expect(
    { x: later?.x, width: later?.width },
    'the bar moved between its first frame and 100 ms later',
  ).toEqual({ x: first.x, width: first.width });
  const changed = samples.filter((s) => s.x !== first.x || s.width !== first.width);
  expect(changed, 'the bar never changes once it has appeared').toEqual([]);
  expect(Number(first.width), 'the bar is drawn at its full width at once').toBeGreaterThan(0);
  const running = await page.evaluate(
    () =>
      document.getAnimations().filter((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        return target instanceof Element && target.closest('.chart-drawing') !== null;
      }).length,
  );
  expect(running, 'no CSS animation or transition runs in a chart').toBe(0);
});

test.describe(() => {
  test.use({ reducedMotion: 'no-preference' });
  test('without a motion preference a chart may animate, and draws cleanly', async ({
    page,
    expectNoConsoleErrors,
    gotoAndSettle,
  }) => {
    expectNoConsoleErrors(page);
    await gotoAndSettle(page, '/en/');
    const samples = await sampleBarMotion(page);
    const widths = new Set(samples.map((s) => s.width));
    expect(
      widths.size,
      `the bar did not animate: widths ${[...widths].join(', ')}`,
    ).toBeGreaterThanOrEqual(2);
    const last = samples[samples.length - 1]!;
    expect(Number(last.width), 'the bar ends at a width above zero').toBeGreaterThan(0);
    // The chart settles: its downloads become available.
    const frame = page.locator('figure.chart-frame', {
      has: page.locator('.chart-drawing[data-chart-kind="bars"]'),
    });
    await expect(frame.last().getByRole('button', { name: 'Download SVG' })).toBeEnabled();
  });
});

test.describe(() => {
  test.use({ viewport: { width: 412, height: 823 } });
  test('on a phone the milestones below the figures are laid out only as the reader nears them, then show every row', async ({
    page,
    expectNoConsoleErrors,
    gotoAndSettle,
  }) => {
    expectNoConsoleErrors(page);
    await gotoAndSettle(page, '/en/table/');
    const section = page.locator('section.table-section', {
      has: page.locator('table.events-table'),
    });
    const size = () =>
      section.evaluate((el) => ({
        height: el.getBoundingClientRect().height,
        rows: el.querySelectorAll('tbody tr').length,
        rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
      }));
    // Far below the fold, the browser keeps the section at its reserved size (45rem) and lays
    // none of it out: the page's first render does not pay for it.
    const before = await size();
    expect(before.height, 'the section keeps its reserved height').toBe(45 * before.rootFont);
    await section.scrollIntoViewIfNeeded();
    await twoFrames(page);
    const after = await size();
    expect(after.height, 'near the viewport, the section is laid out').not.toBe(before.height);
    expect(after.rows, 'the milestones table has rows').toBeGreaterThan(0);
    await page.locator('table.events-table tbody tr').last().scrollIntoViewIfNeeded();
    await expect(
      page.locator('table.events-table tbody tr').last(),
      'the last milestone is visible once scrolled to',
    ).toBeVisible();
  });
});
