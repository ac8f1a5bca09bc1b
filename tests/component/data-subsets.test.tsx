import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { bootApp } from '../../src/app/boot';
import { loadPage, pageKey } from '../../src/app/pages';
import type { LoadResult } from '../../src/data/load';
import { scopeCovers, scopeFor } from '../../src/data/scope';
import { indicatorData, summaryData } from '../../src/data/subsets';
import { beforeRouteRender } from '../../src/store/route-hooks';
import { parseLocation } from '../../src/store/url-state';
import { realDataset } from '../render-app';

/** A page's HTML as the server renders it from `data`. */
async function html(path: string, data: LoadResult): Promise<string> {
  const parsed = parseLocation(path, '');
  await loadPage(pageKey(parsed.route));
  await beforeRouteRender('render');
  const { store, i18n } = bootApp(parsed, data);
  return renderToString(<App store={store} i18n={i18n} />);
}

const figureCount = (data: LoadResult) =>
  data.datasets.reduce((n, d) => n + d.dataset.figures.length, 0);

// A page hydrates over its prerendered HTML with the part of the data it starts from: the two must
// render alike, or React throws the server's HTML away.
describe('a page renders the same from the part of the data it starts from', () => {
  const full = realDataset();

  it.each(['/zh/', '/en/', '/zh/indicators/', '/en/indicators/'])(
    '%s from the summary',
    async (path) => {
      expect(scopeFor(parseLocation(path, '').route)).toBe('summary');
      const summary = summaryData(full);
      // Today every figure is some indicator's latest value, change or input; at 100× the
      // summary is a small part (bench: growth).
      expect(figureCount(summary)).toBeLessThanOrEqual(figureCount(full));
      expect(await html(path, summary)).toBe(await html(path, full));
    },
    20_000,
  );

  it.each(['cement-output', 'power-new-customers', 'housing-completed-area'])(
    "an indicator's page from its own file: %s",
    async (id) => {
      const own = indicatorData(full, id);
      expect(own.counts).toEqual(full.counts);
      for (const lang of ['zh', 'en']) {
        const path = `/${lang}/indicators/${id}/`;
        expect(await html(path, own)).toBe(await html(path, full));
      }
    },
    20_000,
  );
});

describe('a page that started from a part loads the whole before a view the part does not cover', () => {
  const route = (path: string) => parseLocation(path, '').route;

  it('the summary covers the overview and the index, not the table, compare or sources', () => {
    expect(scopeCovers('summary', route('/en/indicators/?sector=cement'))).toBe(true);
    expect(scopeCovers('summary', route('/zh/'))).toBe(true);
    for (const path of [
      '/en/table/',
      '/en/compare/',
      '/en/sources/',
      '/en/indicators/cement-output/',
    ]) {
      expect(scopeCovers('summary', route(path))).toBe(false);
    }
  });

  it("an indicator's part covers only its own page; the whole covers every page", () => {
    const own = scopeFor(route('/en/indicators/cement-output/'));
    expect(scopeCovers(own, route('/zh/indicators/cement-output/'))).toBe(true);
    expect(scopeCovers(own, route('/en/indicators/power-new-customers/'))).toBe(false);
    expect(scopeCovers(own, route('/en/'))).toBe(false);
    expect(scopeCovers('all', route('/en/indicators/power-new-customers/'))).toBe(true);
    expect(scopeFor(route('/en/table/'))).toBe('all');
  });
});
