import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootApp } from '../../src/app/boot';
import { FALLBACK_WIDTH } from '../../src/components/charts/chart-drawing';
import { FigureCard } from '../../src/components/ui/figure-card';
import { StoreContext } from '../../src/store/app-store';
import { parseLocation } from '../../src/store/url-state';
import { indexData } from '../../src/store/data-slice';
import { realDataset, renderApp } from '../render-app';

const data = indexData(realDataset());

/** Waits until every chart on the page has loaded its drawing (jsdom: all "in view" at once). */
async function allChartsDrawn() {
  await waitFor(
    () => {
      const boxes = document.querySelectorAll('.chart-drawing');
      expect(boxes.length).toBeGreaterThan(0);
      expect(document.querySelectorAll('.chart-drawing svg.recharts-surface')).toHaveLength(
        boxes.length,
      );
    },
    { timeout: 15_000 },
  );
}

describe.each([
  {
    lang: 'zh',
    sectors: ['保交楼', '人工智能与网络安全', '水泥', '广西电力'],
    output: '9.53亿吨',
    homes: '超过165万套',
    outputChange: '同比变化：+1.3%（同口径）',
    threeValues: '3个数值',
    show: '显示数据表',
    hide: '隐藏数据表',
    cementChart: '上半年水泥产量：本期与上年同期',
    computed: /^计算值 = “上半年水泥产量” ÷ \(1 \+ “水泥产量同比（同口径）” ÷ 100\)$/,
    sourceOf: (name: string) => `“${name}”的出处`,
  },
  {
    lang: 'en',
    sectors: ['Housing delivery', 'AI & cyber security', 'Cement', 'Guangxi power'],
    output: '953 million t',
    homes: 'over 1.65 million homes',
    outputChange: 'Year-on-year change: +1.3% (same-caliber)',
    threeValues: '3 values',
    show: 'Show table',
    hide: 'Hide table',
    cementChart: 'Cement output, first half: this period and a year earlier',
    computed:
      /^computed: “Cement output, first half” ÷ \(1 \+ “Cement output, year on year \(same caliber\)” ÷ 100\)$/,
    sourceOf: (name: string) => `Source of “${name}”`,
  },
] as const)('overview in $lang', (c) => {
  const name = (id: string) => data.figures.get(id)!.name[c.lang];
  const indicatorName = (id: string) => data.indicators.get(id)!.name[c.lang];

  it('has one section per sector, with a jump list to each', async () => {
    await renderApp(`/${c.lang}/`);
    for (const sector of c.sectors) {
      const heading = screen.getByRole('heading', { level: 2, name: sector });
      expect(heading.closest('section')).toHaveAttribute('id');
      const jump = within(
        screen.getByRole('navigation', { name: c.lang === 'zh' ? '板块' : 'Sectors' }),
      )
        .getAllByRole('link')
        .find((a) => a.textContent?.startsWith(sector));
      expect(jump?.getAttribute('href')).toMatch(new RegExp(`^/${c.lang}/\\?sector=`));
    }
  });

  it('leads each sector with its indicators: latest value, change, trend, page and source', async () => {
    await renderApp(`/${c.lang}/`);
    const output = screen.getByRole('article', { name: indicatorName('cement-output') });
    expect(within(output).getByText(c.output)).toBeInTheDocument();
    expect(within(output).getByText(c.outputChange)).toBeInTheDocument();
    expect(within(output).getByText(c.threeValues)).toBeInTheDocument();
    expect(output.querySelectorAll('svg.sparkline path')).toHaveLength(2);
    expect(
      within(output).getByRole('link', { name: indicatorName('cement-output') }),
    ).toHaveAttribute('href', `/${c.lang}/indicators/cement-output/`);
    const homes = screen.getByRole('article', {
      name: indicatorName('housing-homes-delivered'),
    });
    expect(within(homes).getByText(c.homes)).toBeInTheDocument();
    expect(
      within(homes).getByRole('link', {
        name: c.sourceOf(indicatorName('housing-homes-delivered')),
      }),
    ).toHaveAttribute('href', `/${c.lang}/sources/?figure=housing.homes-delivered`);
  });

  it('leads each sector with at most 8 indicators and links to the rest in the index', async () => {
    await renderApp(`/${c.lang}/`);
    for (const [i, sector] of (['housing', 'ai-security', 'cement', 'power'] as const).entries()) {
      const section = screen.getByRole('region', { name: c.sectors[i] });
      const own = [...data.indicators.values()].filter((x) => x.sector === sector);
      const tiles = within(section).getAllByRole('article');
      expect(tiles).toHaveLength(Math.min(8, own.length));
      const more = within(section)
        .getAllByRole('link')
        .find((a) => a.getAttribute('href') === `/${c.lang}/indicators/?sector=${sector}`);
      expect(more).toBeDefined();
      if (own.length > 8) expect(more).toHaveTextContent(String(own.length));
    }
  });

  it('a chart’s table toggle shows its values with period, region and source links', async () => {
    const user = userEvent.setup();
    await renderApp(`/${c.lang}/`);
    const chart = screen.getByRole('figure', { name: c.cementChart });
    const toggle = within(chart).getByRole('button', { name: c.show });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const tableId = toggle.getAttribute('aria-controls')!;
    expect(document.getElementById(tableId)).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent(c.hide);
    const table = within(document.getElementById(tableId)!).getByRole('table');
    expect(table).toBeVisible();
    const outputRow = within(table)
      .getByRole('rowheader', { name: name('cement.output-h1') })
      .closest('tr')!;
    expect(within(outputRow).getByText(c.output)).toBeInTheDocument();
    expect(within(outputRow).getByRole('link')).toHaveAttribute(
      'href',
      `/${c.lang}/sources/?figure=cement.output-h1`,
    );
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('marks the derived prior-year output as computed, with its formula', async () => {
    const user = userEvent.setup();
    await renderApp(`/${c.lang}/`);
    const chart = screen.getByRole('figure', { name: c.cementChart });
    expect(within(chart).getByText(c.computed)).toBeInTheDocument();
    await user.click(within(chart).getByRole('button', { name: c.show }));
    const derivedRow = within(chart)
      .getByRole('rowheader', { name: name('cement.output-h1-2022-implied') })
      .closest('tr')!;
    expect(derivedRow).toHaveClass('is-derived');
    expect(within(derivedRow).getAllByText(/^≈/).length).toBeGreaterThan(0);
    expect(derivedRow.textContent).toMatch(c.lang === 'zh' ? /计算值 = / : /computed: /);
  });

  it('draws every chart at a fixed size in its reserved box, named by its title', async () => {
    await renderApp(`/${c.lang}/`);
    await allChartsDrawn();
    for (const box of document.querySelectorAll<HTMLElement>('.chart-drawing')) {
      const svg = box.querySelector('svg.recharts-surface')!;
      expect(svg.getAttribute('width')).toBe(String(FALLBACK_WIDTH));
      expect(svg.getAttribute('height')).toBe(box.style.height.replace('px', ''));
      const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
      expect(title?.textContent).toBeTruthy();
    }
    const chart = screen.getByRole('figure', { name: c.cementChart });
    const drawing = within(chart).getByRole('img', { name: c.cementChart });
    expect(within(drawing).getByText(c.output)).toBeInTheDocument();
    await waitFor(() => expect(within(chart).getByRole('button', { name: /SVG/ })).toBeEnabled());
  });
});

describe('FigureCard', () => {
  it.each([
    ['zh', '计算值', /^公式：“上半年水泥产量” ÷ \(1 \+ “水泥产量同比（同口径）” ÷ 100\)$/],
    [
      'en',
      'Computed',
      /^Formula: “Cement output, first half” ÷ \(1 \+ “Cement output, year on year \(same caliber\)” ÷ 100\)$/,
    ],
  ] as const)('marks a derived figure computed with its formula (%s)', (lang, badge, formula) => {
    const { store, i18n } = bootApp(parseLocation(`/${lang}/`, ''), realDataset());
    const figure = data.figures.get('cement.output-h1-2022-implied')!;
    render(
      <I18nextProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <FigureCard figure={figure} />
        </StoreContext.Provider>
      </I18nextProvider>,
    );
    const card = screen.getByRole('article', { name: figure.name[lang] });
    expect(within(card).getByText(badge)).toBeInTheDocument();
    expect(within(card).getByText(formula)).toBeInTheDocument();
    expect(within(card).getByText(/^≈/)).toBeInTheDocument();
    expect(within(card).getByRole('link')).toHaveAttribute(
      'href',
      `/${lang}/sources/?figure=cement.output-h1-2022-implied`,
    );
  });
});

describe('overview with ?sector=', () => {
  it('highlights the chosen sector and marks it current in the jump list', async () => {
    await renderApp('/en/?sector=cement');
    const section = screen.getByRole('heading', { level: 2, name: 'Cement' }).closest('section')!;
    expect(section).toHaveClass('is-selected');
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Cement'));
    const nav = screen.getByRole('navigation', { name: 'Sectors' });
    const current = within(nav)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'true');
    expect(current.map((a) => a.getAttribute('href'))).toEqual(['/en/?sector=cement']);
  });

  it('jumping to another sector moves the highlight', async () => {
    const user = userEvent.setup();
    await renderApp('/zh/');
    const nav = screen.getByRole('navigation', { name: '板块' });
    await user.click(within(nav).getByRole('link', { name: /^广西电力/ }));
    const section = screen.getByRole('heading', { level: 2, name: '广西电力' }).closest('section')!;
    await waitFor(() => expect(section).toHaveClass('is-selected'));
    expect(window.location.search).toBe('?sector=power');
  });
});
