import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realDataset, renderApp } from '../render-app';

function gistOf(id: string): string {
  const figure = realDataset()
    .datasets.flatMap((d) => d.dataset.figures)
    .find((f) => f.id === id);
  if (!figure?.source) throw new Error(`no printed figure ${id} in data/`);
  return figure.source.gistEn;
}

const scrollIntoView = vi.fn();

beforeEach(() => {
  // jsdom does not lay out or scroll; record that the page asked to.
  Element.prototype.scrollIntoView = scrollIntoView;
});

afterEach(() => {
  scrollIntoView.mockReset();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

function articleText() {
  return screen.getByRole('region', { name: /Article text|文章正文/ });
}

function panel(name: string) {
  return screen.getByRole('region', { name });
}

describe('sources page', () => {
  it('lists the four articles and shows the first in full, in Chinese, when nothing is chosen', async () => {
    await renderApp('/en/sources/');
    expect(screen.getByRole('heading', { level: 1, name: 'Source articles' })).toBeInTheDocument();
    const list = screen.getByRole('navigation', { name: 'Articles' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(4);
    expect(links[0]).toHaveTextContent(
      'Step up policy support to push ahead with delivering pre-sold homes',
    );
    expect(links[0]).toHaveTextContent('Date and outlet not printed');
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(links[2]).toHaveTextContent("China's cement market in the first half of 2023");
    expect(links[2]).toHaveAttribute('href', '/en/sources/?article=cement-h1-2023');

    const text = articleText();
    expect(text.firstElementChild).toHaveAttribute('lang', 'zh-CN');
    expect(text).toHaveTextContent('保交楼专项借款项目总体复工率接近100%');
    expect(screen.getByText('Title as printed:')).toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('?article= opens that article with its subheadings and its figures linked', async () => {
    await renderApp('/zh/sources/?article=guangxi-power');
    const text = articleText();
    expect(
      within(text).getByRole('heading', { level: 3, name: '提升办电速度 让接电更高效' }),
    ).toBeInTheDocument();
    const link = within(text).getByRole('link', { name: '累计新增用电容量1030万千伏安' });
    expect(link).toHaveAttribute('href', '/zh/sources/?figure=power.new-capacity');
    expect(screen.getByText('描述性标题（原文未印出标题）：')).toBeInTheDocument();
  });

  it.each([
    {
      lang: 'en',
      value: '953 million t',
      period: 'H1 2023',
      tab: "China's cement market in the first half of 2023",
    },
    {
      lang: 'zh',
      value: '9.53亿吨',
      period: '2023年上半年',
      tab: '2023年上半年全国水泥市场运行情况',
    },
  ])(
    '$lang: ?figure=cement.output-h1 highlights its quote and describes it',
    async ({ lang, value, period, tab }) => {
      await renderApp(`/${lang}/sources/?figure=cement.output-h1`);
      const mark = articleText().querySelector('mark');
      expect(mark).toHaveTextContent('全国规模以上企业累计水泥产量9.53亿吨');
      expect(document.querySelectorAll('mark')).toHaveLength(1);
      // Brought into view and focused, so a screen reader lands on it.
      expect(scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
      expect(mark).toHaveFocus();

      expect(screen.getByRole('link', { name: new RegExp(tab) })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const details = panel(lang === 'en' ? 'Cement output, first half' : '上半年水泥产量');
      expect(details).toHaveTextContent(value);
      expect(details).toHaveTextContent(period);
      const quote = within(details).getByText('全国规模以上企业累计水泥产量9.53亿吨');
      expect(quote.closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
      if (lang === 'en') {
        const gist = screen.getByText('Translation (gist)').parentElement as HTMLElement;
        expect(gist).toHaveAttribute('lang', 'en');
        expect(gist).toHaveTextContent(gistOf('cement.output-h1'));
      } else {
        expect(within(details).queryByText('英文大意')).toBeNull();
      }
      expect(
        within(details).getByRole('link', { name: /See in table|在表格中查看/ }),
      ).toHaveAttribute('href', `/${lang}/table/?sector=cement`);
    },
  );

  it('other figures of the article are linked from the text and selecting one moves the highlight', async () => {
    await renderApp('/en/sources/?figure=cement.output-h1');
    const text = articleText();
    const other = within(text).getByRole('link', { name: /下降2\.4%/ });
    await userEvent.click(other);
    // The address and the view change a frame after the click: wait for them.
    await waitFor(() =>
      expect(window.location.search).toBe('?figure=cement.output-yoy-full-caliber'),
    );
    const mark = await screen.findByText(
      (_, el) => el?.tagName === 'MARK' && (el.textContent ?? '').includes('下降2.4%'),
    );
    expect(mark).toHaveTextContent('按照产量全口径计算，水泥产量较上年同期下降2.4%');
    await waitFor(() => expect(mark).toHaveFocus());
    expect(document.querySelectorAll('mark')).toHaveLength(1);
  });

  it('a derived figure shows its formula, links to its inputs and highlights their quotes', async () => {
    await renderApp('/en/sources/?figure=cement.output-h1-2022-implied');
    const details = panel('H1 2022 cement output implied by same-caliber growth');
    expect(details).toHaveTextContent('Computed from printed figures');
    expect(within(details).getByText('a / (1 + b / 100)')).toBeInTheDocument();
    expect(
      within(details).getByRole('link', { name: 'Cement output, first half' }),
    ).toHaveAttribute('href', '/en/sources/?figure=cement.output-h1');
    expect(
      within(details).getByRole('link', { name: 'Cement output, year on year (same caliber)' }),
    ).toHaveAttribute('href', '/en/sources/?figure=cement.output-yoy-same-caliber');
    expect(details).not.toHaveTextContent('Translation (gist)');
    const mark = articleText().querySelector('mark');
    expect(mark).toHaveTextContent('全国规模以上企业累计水泥产量9.53亿吨，同比增长1.3%（同口径）');
  });

  it('a milestone shows its date and quote', async () => {
    await renderApp('/zh/sources/?figure=cement.henan-staggered-production');
    const details = screen.getByRole('region', { name: /错峰生产/ });
    expect(details).toHaveTextContent('2023年8月20日起');
    expect(articleText().querySelector('mark')).toHaveTextContent(
      '自8月20日起，区域内增加错峰生产20天',
    );
  });

  it.each([
    ['en', 'nope.nothing', 'No figure with id “nope.nothing”', 'Articles'],
    ['zh', 'nope.nothing', '没有编号为“nope.nothing”的数字', '文章'],
  ])(
    '%s: an unknown figure id is reported and the articles stay listed',
    async (lang, id, notice, nav) => {
      await renderApp(`/${lang}/sources/?figure=${id}`);
      expect(screen.getByRole('status')).toHaveTextContent(notice);
      expect(
        within(screen.getByRole('navigation', { name: nav })).getAllByRole('link'),
      ).toHaveLength(4);
      expect(articleText()).toBeInTheDocument();
    },
  );

  it('an unknown article id is reported and the first article shown', async () => {
    await renderApp('/en/sources/?article=no-such-article');
    expect(screen.getByRole('status')).toHaveTextContent('No article with id “no-such-article”');
    expect(articleText()).toHaveTextContent('保交楼专项借款项目总体复工率接近100%');
  });

  it('a hostile value is shown back as text, never as markup', async () => {
    await renderApp(
      '/en/sources/?figure=<script>alert(1)</script>&article=<img src=x onerror=alert(1)>',
    );
    const notices = screen.getAllByRole('status');
    expect(notices.map((n) => n.textContent).join(' ')).toContain('<script>alert(1)</script>');
    expect(document.querySelector('main script')).toBeNull();
    expect(document.querySelector('main img')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Articles' })).toBeInTheDocument();
  });
});
