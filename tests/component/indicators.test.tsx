import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/data/load';
import { indexData } from '../../src/store/data-slice';
import { realDataset, renderApp } from '../render-app';

const data = indexData(realDataset());

const TEXT = {
  en: {
    title: 'Indicators',
    search: 'Search by name (Chinese or English)',
    sort: 'Sort by',
    cement: 'Cement',
    all: 'All',
    count: (n: number) => `${n} indicators`,
    countIn: (n: number) => `${n} indicators in Cement`,
    otherLanguage: '客户',
    ownLanguage: 'customers',
    latest: '953 million t',
    latestWhen: 'H1 2023 · China',
    changes: ['+1.3% (same-caliber)', '−2.4% (full-caliber)', 'about −24 million t (full-caliber)'],
    basisHeading: 'Why the same period has two values',
    chartTitle: 'Cement output, China',
    rows: ['H1 2022', 'H1 2022', 'H1 2023'],
    download: 'Download data',
    missing: 'No such indicator',
  },
  zh: {
    title: '指标',
    search: '按名称搜索（中文或英文）',
    sort: '排序',
    cement: '水泥',
    all: '全部',
    count: (n: number) => `共${n}个指标`,
    countIn: (n: number) => `水泥：共${n}个指标`,
    otherLanguage: 'customers',
    ownLanguage: '客户',
    latest: '9.53亿吨',
    latestWhen: '2023年上半年 · 全国',
    changes: ['+1.3%（同口径）', '−2.4%（全口径）', '约−2400万吨（全口径）'],
    basisHeading: '为什么同一时期有两个数值',
    chartTitle: '水泥产量（全国）',
    rows: ['2022年上半年', '2022年上半年', '2023年上半年'],
    download: '下载数据',
    missing: '没有这个指标',
  },
} as const;

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => within(th).getByRole('link').textContent);

describe.each(['en', 'zh'] as const)('indicator index (%s)', { timeout: 30_000 }, (lang) => {
  const x = TEXT[lang];
  const total = data.indicators.size;

  it('lists every indicator with its latest value and links to its page', async () => {
    await renderApp(`/${lang}/indicators/`);
    expect(screen.getByRole('heading', { level: 1, name: x.title })).toBeInTheDocument();
    expect(screen.getByText(x.count(total))).toBeInTheDocument();
    expect(rowNames()).toHaveLength(total);
    const cement = screen.getByRole('link', {
      name: data.indicators.get('cement-output')!.name[lang],
    });
    expect(cement).toHaveAttribute('href', `/${lang}/indicators/cement-output/`);
    const row = cement.closest('tr')!;
    expect(within(row).getByText(x.latest)).toBeInTheDocument();
    // Two computed columns outlined, one printed filled.
    expect(row.querySelectorAll('svg.sparkline path')).toHaveLength(2);
  });

  it('filters by sector, and the filter is in the address', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/indicators/`);
    await user.click(screen.getByRole('button', { name: x.cement }));
    await waitFor(() => expect(window.location.search).toBe('?sector=cement'));
    const cementCount = [...data.indicators.values()].filter((i) => i.sector === 'cement').length;
    expect(await screen.findByText(x.countIn(cementCount))).toBeInTheDocument();
    expect(rowNames()).toHaveLength(cementCount);
    await user.click(screen.getByRole('button', { name: x.all }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(rowNames()).toHaveLength(total);
  });

  it('searches names in either language, and the search is in the address', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/indicators/`);
    const search = screen.getByRole('searchbox', { name: x.search });
    await user.type(search, x.otherLanguage);
    await waitFor(() =>
      expect(rowNames()).toContain(data.indicators.get('power-new-customers')!.name[lang]),
    );
    const fromOther = rowNames();
    expect(fromOther.length).toBeLessThan(total);
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('q')).toBe(x.otherLanguage),
    );
    await user.clear(search);
    await user.type(search, x.ownLanguage);
    await waitFor(() => expect(rowNames()).toEqual(fromOther));
  });

  it('sorts by the number of values, longest series first', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/indicators/`);
    await user.selectOptions(screen.getByRole('combobox', { name: x.sort }), 'points');
    await waitFor(() => expect(window.location.search).toBe('?sort=points'));
    await waitFor(() =>
      expect(rowNames().slice(0, 2)).toEqual([
        data.indicators.get('cement-output')!.name[lang],
        data.indicators.get('cement-price-rise')!.name[lang],
      ]),
    );
  });
});

describe.each(['en', 'zh'] as const)('indicator page (%s)', { timeout: 30_000 }, (lang) => {
  const x = TEXT[lang];

  it('leads with the latest value and the changes printed for it, each with its source', async () => {
    await renderApp(`/${lang}/indicators/cement-output/`);
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: data.indicators.get('cement-output')!.name[lang],
      }),
    ).toBeInTheDocument();
    const latest = screen.getByRole('region', {
      name: lang === 'en' ? 'Latest value' : '最新数值',
    });
    expect(within(latest).getByText(x.latest)).toBeInTheDocument();
    expect(within(latest).getByText(x.latestWhen)).toBeInTheDocument();
    for (const change of x.changes) expect(within(latest).getByText(change)).toBeInTheDocument();
    expect(
      within(latest)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      `/${lang}/sources/?figure=cement.output-yoy-same-caliber`,
      `/${lang}/sources/?figure=cement.output-yoy-full-caliber`,
      `/${lang}/sources/?figure=cement.output-change-full-caliber`,
      `/${lang}/sources/?figure=cement.output-h1`,
    ]);
  });

  it('shows the series on each 口径 with its table open, every value linked to its sentence', async () => {
    await renderApp(`/${lang}/indicators/cement-output/`);
    expect(screen.getByRole('heading', { name: x.basisHeading })).toBeInTheDocument();
    const chart = await screen.findByRole('figure', { name: x.chartTitle });
    const table = within(chart).getByRole('table');
    expect(table).toBeVisible();
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(x.rows);
    expect(
      within(table)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      `/${lang}/sources/?figure=cement.output-h1-2022-implied`,
      `/${lang}/sources/?figure=cement.output-h1-2022-implied-full-caliber`,
      `/${lang}/sources/?figure=cement.output-h1`,
    ]);
    expect(screen.getByRole('heading', { name: x.download })).toBeInTheDocument();
  });

  it('every indicator page names each of its figures with a link to its source', async () => {
    for (const id of ['power-new-customers', 'housing-completed-area', 'cement-price-rise']) {
      const { unmount } = await renderApp(`/${lang}/indicators/${id}/`);
      const own = data.figureIds.filter((f) => data.figures.get(f)!.indicator === id);
      await waitFor(() => {
        const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
        expect(own.filter((f) => !hrefs.includes(`/${lang}/sources/?figure=${f}`))).toEqual([]);
      });
      unmount();
    }
  });

  it('an unknown indicator says so and links to the index', async () => {
    await renderApp(`/${lang}/indicators/no-such-thing/`);
    expect(screen.getByRole('heading', { level: 1, name: x.missing })).toBeInTheDocument();
    expect(screen.getByText(/no-such-thing/)).toBeInTheDocument();
  });
});

/** The real data with the 2023 new-customer count also printed for `regions`: one chart each. */
function withRegions(regions: string[]): LoadResult {
  const real = realDataset();
  return {
    ...real,
    datasets: real.datasets.map((entry) => {
      const base = entry.dataset.figures.find(
        (f) => f.indicator === 'power-new-customers' && !f.derived,
      );
      if (!base) return entry;
      const copies = regions.map((region) => ({ ...base, id: `${base.id}-${region}`, region }));
      return {
        ...entry,
        dataset: { ...entry.dataset, figures: [...entry.dataset.figures, ...copies] },
      };
    }),
  };
}

describe.each(['en', 'zh'] as const)(
  'a long regional indicator (%s)',
  { timeout: 30_000 },
  (lang) => {
    it('shows its first 4 charts and the rest on request, every chart with its table', async () => {
      const regions = ['beijing', 'tianjin', 'hebei', 'shanxi', 'liaoning', 'jilin'];
      await renderApp(`/${lang}/indicators/power-new-customers/`, { data: withRegions(regions) });
      const charts = () => screen.getAllByRole('figure');
      await waitFor(() => expect(charts()).toHaveLength(4));
      const total = charts().length;
      const more = screen.getByRole('button', {
        name: lang === 'en' ? /^Show the other \d+ charts$/ : /^显示其余 \d+ 幅图表$/,
      });
      const hidden = Number(/\d+/.exec(more.textContent ?? '')![0]);
      // Guangxi's chart (2022 computed, 2023 printed) and one per added region.
      expect(hidden).toBe(1 + regions.length - 4);
      await userEvent.click(more);
      await waitFor(() => expect(charts()).toHaveLength(total + hidden));
      for (const chart of charts()) expect(within(chart).getByRole('table')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: more.textContent! })).not.toBeInTheDocument();
    });
  },
);
