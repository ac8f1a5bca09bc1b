/**
 * Links whose ids are names every plain object inherits (constructor, __proto__, toString,
 * hasOwnProperty) open their page as usual, with a notice, instead of a blank page and an error.
 */
import { expect, test } from '@playwright/test';

const CASES = [
  { url: '/zh/sources/?figure=constructor', heading: '原文来源' },
  { url: '/en/sources/?figure=__proto__', heading: 'Source articles' },
  { url: '/en/compare/?ids=constructor,toString', heading: 'Compare sectors and figures' },
  { url: '/zh/table/?sector=hasOwnProperty&sort=constructor', heading: '全部数据' },
  { url: '/en/?sector=__proto__', heading: 'Overview' },
];

for (const { url, heading } of CASES) {
  test(`${url} shows its page and no error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // The app hydrates after first paint: give it the time to throw, if it would.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
