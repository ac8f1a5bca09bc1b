/**
 * Links whose ids are names every plain object inherits (constructor, __proto__, toString,
 * hasOwnProperty) open their page as usual, with a notice, instead of a blank page and an error.
 */
import { expect, test } from './fixtures';

const CASES = [
  { path: '/zh/sources/?figure=constructor', heading: '原文来源' },
  { path: '/en/sources/?figure=__proto__', heading: 'Source articles' },
  {
    path: '/en/compare/?ids=constructor,toString',
    heading: 'Compare sectors, indicators and figures',
  },
  { path: '/zh/table/?sector=hasOwnProperty&sort=constructor', heading: '全部数据' },
  { path: '/en/?sector=__proto__', heading: 'Overview' },
];

for (const { path, heading } of CASES) {
  test(`${path} shows its page and no error`, async ({ page, url }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // url(): the site may be served under a sub-path (BASE).
    await page.goto(url(path));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // The app hydrates after first paint: give it the time to throw, if it would.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
