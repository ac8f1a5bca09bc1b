/**
 * Search engines and link previews read the prerendered head. This build has no SITE_URL (as the
 * README's plain `npm run build`): Lighthouse's SEO audits must still pass in full, so no
 * relative canonical or hreflang link may be written. (The bench builds with SITE_URL and
 * reports SEO there.)
 */
import lighthouse from 'lighthouse';
import { launchForLighthouse } from '../../scripts/bench/chromium';
import { expect, test } from './fixtures';

const PATHS = [
  '/en/',
  '/zh/indicators/',
  '/zh/indicators/cement-output/',
  '/en/table/',
  '/zh/compare/',
  '/en/sources/',
  '/en/embed/cement-output/',
  '/zh/embed/compare/',
];

test('Lighthouse SEO is 1.0 on every kind of page of a build without SITE_URL', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const chrome = await launchForLighthouse();
  try {
    const failures: string[] = [];
    for (const path of PATHS) {
      const result = await lighthouse(new URL(path, baseURL).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['seo'],
      });
      const lhr = result?.lhr;
      const score = lhr?.categories.seo?.score;
      if (score !== 1) {
        const failing = Object.values(lhr?.audits ?? {})
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        failures.push(`${path}: SEO ${score} (${failing.join(', ')})`);
      }
    }
    expect(failures).toEqual([]);
  } finally {
    chrome.close();
  }
});
