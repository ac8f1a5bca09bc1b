import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

/** Per-language text a reader sees on the compare page. */
const TEXT = {
  en: {
    cement: 'Cement',
    sectors: 'Sectors',
    power: 'Guangxi power',
    cementOutput: '953 million t',
    newCustomers: '528,000 customers',
    removeCement: 'Remove Cement',
    removePower: 'Remove Guangxi power',
    addedPower: 'Added Guangxi power.',
    removedCement: 'Removed Cement.',
    unknownIntro: 'This figure id in the link names no figure and was left out:',
    yoyTitle: 'Year-on-year changes across sectors',
    yoyTitleAll: 'Year-on-year changes across all sectors',
    showTable: 'Show table',
    changes: ['+1.3% (same-caliber)', '−2.4% (full-caliber)', '+26.2%'],
    allChanges: ['+20.5%', '+1.3% (same-caliber)', '−2.4% (full-caliber)', '+26.2%'],
    housingChange: '+20.5%',
    housingPeriod: 'Jan–Jul 2023',
    housingArticle: 'Step up policy support',
    sourcePrefix: 'Sources:',
    periods: ['H1 2023', 'as of Jul 2023'],
    regions: ['China', 'Guangxi'],
    caveatWords: ['periods differ', 'regions differ'],
    full: 'That is the maximum of 4: remove one to add another.',
    limit: 'You have chosen the maximum of 4. Remove one to add another.',
    ai: /^AI & cyber security/,
    prompt: 'Add one more sector or figure to compare it with.',
    suggestion: 'Cement vs Guangxi power',
    filter: 'Find an indicator or figure by name',
    figures: 'Individual figures',
    indicators: 'Indicators',
    query: 'customers',
    newCustomersName: 'New electricity customers',
    cementIndicator: 'Cement output',
    ownUnits: /different units or on different bases \(t; customers\)/,
  },
  zh: {
    cement: '水泥',
    sectors: '行业',
    power: '广西电力',
    cementOutput: '9.53亿吨',
    newCustomers: '52.8万户',
    removeCement: '移除水泥',
    removePower: '移除广西电力',
    addedPower: '已添加广西电力。',
    removedCement: '已移除水泥。',
    unknownIntro: '链接中的以下指标编号不存在，已略去：',
    yoyTitle: '各行业同比变化',
    yoyTitleAll: '全部行业同比变化',
    showTable: '显示数据表',
    changes: ['+1.3%（同口径）', '−2.4%（全口径）', '+26.2%'],
    allChanges: ['+20.5%', '+1.3%（同口径）', '−2.4%（全口径）', '+26.2%'],
    housingChange: '+20.5%',
    housingPeriod: '2023年1—7月',
    housingArticle: '保交楼',
    sourcePrefix: '来源：',
    periods: ['2023年上半年', '截至2023年7月'],
    regions: ['全国', '广西'],
    caveatWords: ['时期不同', '地区不同'],
    full: '已达上限4项：请先移除一项再添加。',
    limit: '已选满4项。请先移除一项再添加。',
    ai: /^人工智能与网络安全/,
    prompt: '再添加一个行业或指标即可对比。',
    suggestion: '水泥与广西电力',
    filter: '按名称查找指标或数据',
    figures: '单项数据',
    indicators: '指标',
    query: '客户',
    newCustomersName: '新增用电客户',
    cementIndicator: '水泥产量',
    ownUnits: /单位或口径不同（吨、户）/,
  },
} as const;

const LANGS = ['en', 'zh'] as const;

const PANELS = { name: /Side-by-side panels|并排面板/ };
function panels() {
  return screen.getByRole('group', PANELS);
}
/** The panels once a navigation (which renders after the click's frame) has shown them. */
function findPanels() {
  return screen.findByRole('group', PANELS);
}

// The whole app renders with every figure: role queries over it take a few seconds in jsdom.
describe.each(LANGS)('compare page (%s)', { timeout: 30_000 }, (lang) => {
  const x = TEXT[lang];
  const sectorBox = (name: string | RegExp) =>
    within(screen.getByRole('group', { name: x.sectors })).getByRole('checkbox', {
      name: typeof name === 'string' ? new RegExp(`^${name}`) : name,
    });

  it('shows chosen sectors side by side with their headline values', async () => {
    await renderApp(`/${lang}/compare/?sectors=cement,power`);
    const cement = within(panels()).getByRole('region', { name: x.cement });
    const power = within(panels()).getByRole('region', { name: x.power });
    expect(within(cement).getByText(x.cementOutput)).toBeInTheDocument();
    expect(within(power).getByText(x.newCustomers)).toBeInTheDocument();
    expect(within(panels()).getAllByRole('region')).toHaveLength(2);
  });

  it('picking a sector adds a panel and a history entry; its chip removes it again', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/compare/?sectors=cement`);
    expect(screen.getByText(x.prompt)).toBeInTheDocument();
    const before = window.history.length;

    await user.click(sectorBox(x.power));
    expect(
      await within(await findPanels()).findByRole('region', { name: x.power }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?sectors=cement,power');
    expect(window.history.length).toBe(before + 1);
    expect(screen.getByText(x.addedPower)).toBeInTheDocument();
    expect(sectorBox(x.power)).toHaveFocus();

    await user.click(screen.getByRole('button', { name: x.removeCement }));
    expect(await screen.findByText(x.removedCement)).toBeInTheDocument();
    // The address and the view change after the click's frame: wait for them.
    await waitFor(() => expect(window.location.search).toBe('?sectors=power'));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: x.cement })).not.toBeInTheDocument(),
    );
    expect(sectorBox(x.cement)).not.toBeChecked();
    // Focus moves to the chip that took the removed one's place, not to the page's top.
    expect(screen.getByRole('button', { name: x.removePower })).toHaveFocus();
  });

  it('finds a figure by name and adds it as its own panel', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/compare/`);
    await user.type(screen.getByRole('searchbox', { name: x.filter }), x.query);
    const box = within(screen.getByRole('group', { name: x.figures })).getByRole('checkbox', {
      name: x.newCustomersName,
    });
    expect(screen.queryByRole('checkbox', { name: new RegExp(x.cement) })).toBeInTheDocument();
    await user.click(box);
    await waitFor(() => expect(window.location.search).toBe('?ids=power.new-customers'));
    expect(await within(await findPanels()).findByText(x.newCustomers)).toBeInTheDocument();
  });

  it('compares two indicators, each in its own units, and goes Back and Forward through them', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/compare/`);
    const choices = () => screen.getByRole('group', { name: x.indicators });
    await user.click(within(choices()).getByRole('checkbox', { name: x.cementIndicator }));
    await waitFor(() => expect(window.location.search).toBe('?indicators=cement-output'));
    await user.click(within(choices()).getByRole('checkbox', { name: x.newCustomersName }));
    await waitFor(() =>
      expect(window.location.search).toBe('?indicators=cement-output,power-new-customers'),
    );
    const cement = await within(await findPanels()).findByRole('region', {
      name: x.cementIndicator,
    });
    expect(within(cement).getAllByText(new RegExp(x.cementOutput)).length).toBeGreaterThan(0);
    expect(within(cement).getByRole('link', { name: x.cementIndicator })).toHaveAttribute(
      'href',
      `/${lang}/indicators/cement-output/`,
    );
    expect(within(panels()).getByRole('region', { name: x.newCustomersName })).toBeInTheDocument();
    // Tonnes and customers never share an axis: the page says why each keeps its own chart.
    expect(await screen.findByText(x.ownUnits)).toBeInTheDocument();

    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?indicators=cement-output'));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: x.newCustomersName })).not.toBeInTheDocument(),
    );
    expect(within(choices()).getByRole('checkbox', { name: x.newCustomersName })).not.toBeChecked();
    window.history.forward();
    await waitFor(() =>
      expect(window.location.search).toBe('?indicators=cement-output,power-new-customers'),
    );
    expect(
      await within(await findPanels()).findByRole('region', { name: x.newCustomersName }),
    ).toBeInTheDocument();
  });

  it('names unknown ids and sectors from the link in visible notices, and shows the rest', async () => {
    await renderApp(`/${lang}/compare/?sectors=steel,cement&ids=nope.x`);
    const notices = screen.getAllByRole('status').map((n) => n.textContent ?? '');
    expect(notices.some((n) => n.includes(x.unknownIntro) && n.includes('nope.x'))).toBe(true);
    expect(notices.some((n) => n.includes('steel'))).toBe(true);
    expect(within(panels()).getByRole('region', { name: x.cement })).toBeInTheDocument();
  });

  it('offers suggested comparisons when fewer than two are chosen', async () => {
    await renderApp(`/${lang}/compare/`);
    expect(screen.getByRole('link', { name: x.suggestion })).toHaveAttribute(
      'href',
      `/${lang}/compare/?sectors=cement,power`,
    );
  });

  it('the year-on-year chart shows the chosen sectors’ changes with signs and 口径, and how they differ', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/compare/?sectors=cement,power`);
    const chart = screen.getByRole('figure', { name: x.yoyTitle });
    await user.click(within(chart).getByRole('button', { name: x.showTable }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    x.changes.forEach((change, i) => expect(rows[i]).toHaveTextContent(change));
    expect(chart).not.toHaveTextContent(x.housingChange);
    const caveat = chart.querySelector('.compare-yoy__caveat')?.textContent ?? '';
    for (const words of [...x.caveatWords, ...x.periods, ...x.regions]) {
      expect(caveat).toContain(words);
    }
    expect(caveat).not.toContain(x.housingPeriod);
    const source = chart.querySelector('.chart-source')?.textContent ?? '';
    expect(source).toContain(x.sourcePrefix);
    expect(source).not.toContain(x.housingArticle);
  });

  it('with nothing chosen, the year-on-year chart shows every sector’s changes and says so', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/compare/`);
    const chart = screen.getByRole('figure', { name: x.yoyTitleAll });
    await user.click(within(chart).getByRole('button', { name: x.showTable }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
    x.allChanges.forEach((change, i) => expect(rows[i]).toHaveTextContent(change));
    expect(rows).toHaveLength(4);
  });

  it('refuses a fifth pick and says why', async () => {
    const user = userEvent.setup();
    await renderApp(`/${lang}/compare/?sectors=housing,cement,power&ids=cement.output-h1`);
    const search = window.location.search;
    const fifth = sectorBox(x.ai);
    expect(fifth).toHaveAttribute('aria-disabled', 'true');
    expect(fifth).toHaveAccessibleDescription(x.limit);
    expect(screen.getByText(x.limit)).toBeVisible();
    await user.click(fifth);
    expect(fifth).not.toBeChecked();
    expect(screen.getByText(x.full)).toBeInTheDocument();
    expect(window.location.search).toBe(search);
    expect(within(panels()).getAllByRole('region')).toHaveLength(3);
  });
});

describe('compare page with figures of different units', { timeout: 30_000 }, () => {
  it('never puts figures of different units on one axis', async () => {
    await renderApp('/en/compare/?ids=cement.output-h1,power.new-customers,housing.special-loans');
    expect(
      screen.getByText(/The chosen figures are in different units \(t; customers; CNY\)/),
    ).toBeInTheDocument();
    const unitSection = screen.getByRole('region', { name: 'Chosen figures by unit' });
    expect(within(unitSection).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('draws one chart per unit for figures that share one', async () => {
    await renderApp(
      '/en/compare/?ids=cement.output-h1,cement.output-change-full-caliber,power.new-customers,power.seamless-transfers',
    );
    const unitSection = screen.getByRole('region', { name: 'Chosen figures by unit' });
    const charts = within(unitSection).getAllByRole('figure');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toHaveAccessibleName('2 figures in customers');
  });
});
