import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedRoute, embedSnippet } from '../../src/components/ui/share-panel';
import { parseLocation } from '../../src/store/url-state';
import { renderApp } from '../render-app';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('the Share panel', () => {
  it('offers the system share sheet where the browser has one, with the page’s title and address', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    await renderApp('/en/indicators/cement-output/');
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Share via…' }));
    expect(share).toHaveBeenCalledWith({
      title: document.title,
      url: `${window.location.origin}/en/indicators/cement-output/`,
    });
  });

  it('without one, no such button; the embed code and the preview image are there', async () => {
    await renderApp('/zh/indicators/power-new-customers/');
    await userEvent.click(screen.getByRole('button', { name: '分享' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '复制链接' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: '通过其他应用分享…' })).not.toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: '将此图表嵌入您的网页' });
    expect((code as HTMLTextAreaElement).value).toContain(
      `src="${window.location.origin}/zh/embed/power-new-customers/"`,
    );
    expect(screen.getByRole('link', { name: '下载预览图（PNG）' })).toHaveAttribute(
      'href',
      '/og/zh/power-new-customers.png',
    );
  });

  it('a view with no chart to embed offers no embed code', async () => {
    await renderApp('/en/table/');
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    await screen.findByRole('button', { name: 'Copy link' });
    expect(screen.queryByRole('textbox', { name: 'Embed this chart in your page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Download the preview image (PNG)' })).toHaveAttribute(
      'href',
      '/og/en/table.png',
    );
  });
});

describe('embed code', () => {
  const route = (path: string) => {
    const [pathname = '/', search = ''] = path.split('?');
    return parseLocation(pathname, search ? `?${search}` : '').route;
  };

  it('compare embeds its chosen indicators; without indicators there is nothing to embed', () => {
    const chosen = embedRoute(route('/en/compare/?indicators=cement-output,power-new-customers'));
    expect(chosen).toMatchObject({
      view: 'embed',
      params: { indicator: 'compare', indicators: ['cement-output', 'power-new-customers'] },
    });
    expect(embedRoute(route('/en/compare/?sectors=cement,power'))).toBeNull();
    expect(embedRoute(route('/en/'))).toBeNull();
  });

  it('quotes the page title, so a title with quotes cannot break out of the attribute', () => {
    const snippet = embedSnippet('https://x.example/en/embed/a/', 'A "quoted" <b> & more');
    expect(snippet).toContain('title="A &quot;quoted&quot; <b> &amp; more"');
    expect(snippet).not.toMatch(/title="A "/);
  });
});
