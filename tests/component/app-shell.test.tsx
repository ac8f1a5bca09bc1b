import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, realDataset } from '../render-app';

describe('app shell', () => {
  it('switching language keeps the view and its parameters and changes the labels', async () => {
    await renderApp('/en/table/?sector=cement');
    expect(screen.getByRole('link', { name: 'All data' })).toHaveAttribute('aria-current', 'page');
    const toChinese = screen.getByRole('link', { name: '切换到中文' });
    expect(toChinese).toHaveAttribute('href', '/zh/table/?sector=cement');
    await userEvent.click(toChinese);
    expect(await screen.findByRole('link', { name: '全部数据' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(window.location.pathname + window.location.search).toBe('/zh/table/?sector=cement');
    await waitFor(() => expect(localStorage.getItem('eid.lang')).toBe('zh'));
  });

  it('a page rendered afresh sets <html lang> to its language as it appears, before the rest of the head', async () => {
    document.documentElement.lang = 'en';
    await renderApp('/zh/no-such-view/');
    // No waiting: the heading and the language arrive together, while the head's code still loads.
    expect(screen.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('leaves <html lang> alone when it is already right (a write restyles the whole page)', async () => {
    document.documentElement.lang = 'zh-CN';
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document.documentElement, { attributeFilter: ['lang'] });
    await renderApp('/zh/no-such-view/');
    // The rest of the head (the title) is applied too, by the lazily loaded head code.
    await waitFor(() => expect(document.title).toContain('找不到'));
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes).toEqual([]);
  });

  it('marks the main region busy from the click until the new view has rendered', async () => {
    await renderApp('/en/table/');
    const main = screen.getByRole('main');
    expect(main).not.toHaveAttribute('aria-busy');
    await userEvent.click(screen.getByRole('link', { name: 'Compare' }));
    await waitFor(() => expect(main).toHaveAttribute('aria-busy', 'true'));
    // The compare page is long (every indicator and figure to pick): role queries over it are slow.
    expect(
      await screen.findByRole('heading', { level: 1, name: /compare/i }, { timeout: 8000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(main).not.toHaveAttribute('aria-busy'));
  });

  it('an unknown path shows a helpful page in the app layout', async () => {
    await renderApp('/en/nowhere/');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('You asked for: /en/nowhere/')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('a hostile query value is shown back as text, never as markup', async () => {
    await renderApp('/en/table/?sector=<img src=x onerror=alert(1)>');
    expect(screen.getByRole('status')).toHaveTextContent(
      '“<img src=x onerror=alert(1)>” is not a valid value',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('a data file that fails validation is named in an error card while the rest renders', async () => {
    const data = realDataset();
    const broken = {
      ...data,
      datasets: data.datasets.slice(1),
      errors: [
        {
          file: 'data/cement-h1-2023.json',
          problems: [{ path: 'figures[0].unit', message: 'Invalid option' }],
        },
      ],
    };
    await renderApp('/en/', { data: broken });
    const card = screen.getByRole('alert', {
      name: 'Data file data/cement-h1-2023.json could not be loaded',
    });
    expect(card).toHaveTextContent('figures[0].unit');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
