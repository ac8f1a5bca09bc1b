import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootApp } from '../../src/app/boot';
import { ChartFrame } from '../../src/components/charts/chart-frame';
import { deferredChart } from '../../src/components/charts/deferred-chart';
import { StoreContext, useAppStore, type AppStore } from '../../src/store/app-store';
import { beforeRouteRender } from '../../src/store/route-hooks';
import { parseLocation } from '../../src/store/url-state';
import { realDataset } from '../render-app';
import type { i18n as I18n } from 'i18next';

/**
 * A chart section as a new view would add one: its own component, shaped from the store and the
 * strings, drawn in a ChartFrame. All it needs to load lazily is deferredChart and an id.
 */
function PriceSection({ id, note }: { id: string; note: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.route.lang);
  return (
    <ChartFrame
      id={id}
      title={t('common:appName')}
      subtitle={`${note} · ${lang}`}
      description={note}
      table={{ columns: ['Item', 'Value'], rows: [{ key: 'a', cells: ['Cement', '9.53'] }] }}
      source={note}
      drawing={{
        chart: { kind: 'columns', data: { columns: [], axis: { title: '', ticks: [] } } },
        height: 120,
        summary: ['Cement 9.53'],
      }}
    />
  );
}

/** Intersection observers the test triggers by hand. */
let observed: { target: Element; fire: () => void }[] = [];
class ManualIntersectionObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    observed.push({
      target,
      fire: () =>
        this.callback(
          [{ isIntersecting: true, target } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
    });
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

let root: Root | null = null;

beforeEach(() => {
  observed = [];
  vi.stubGlobal('IntersectionObserver', ManualIntersectionObserver);
  // The browser never goes idle here, so only the reader's actions open a section.
  vi.stubGlobal('requestIdleCallback', () => 0);
});

afterEach(async () => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  // Ends deferring (as the first navigation would), so tests do not leak into each other.
  await beforeRouteRender('navigate');
});

function page(store: AppStore, i18n: I18n, section: ReactNode) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <main id="main">{section}</main>
      </StoreContext.Provider>
    </I18nextProvider>
  );
}

function boot(url: string) {
  const [pathname = '/', search = ''] = url.split('?');
  window.history.replaceState(null, '', url);
  return bootApp(parseLocation(pathname, search, '/'), realDataset());
}

/** Prerenders a page with the section as the build does, then hydrates it as the browser does. */
async function prerenderAndHydrate() {
  const ServerSection = deferredChart(async () => PriceSection);
  const server = boot('/en/');
  await beforeRouteRender('render');
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    page(server.store, server.i18n, <ServerSection id="prices" note="Tonnes" />),
  );
  document.body.append(container);

  const importer = vi.fn(async () => PriceSection);
  const Section = deferredChart(importer);
  const client = boot('/en/');
  const recoverable = vi.fn();
  await beforeRouteRender('hydrate');
  await act(async () => {
    root = hydrateRoot(
      container,
      page(client.store, client.i18n, <Section id="prices" note="Tonnes" />),
      {
        onRecoverableError: recoverable,
      },
    );
  });
  const figure = screen.getByRole('figure', { name: 'Economic Indicator Dashboard' });
  return { importer, recoverable, figure, store: client.store };
}

const toggle = () => screen.getByRole('button', { name: 'Show table' });

describe('a chart section declared with deferredChart, on a prerendered page', () => {
  it('keeps its server HTML and loads no code until it nears the viewport, then hydrates', async () => {
    const { importer, recoverable, figure } = await prerenderAndHydrate();
    expect(within(figure).getByText('Cement 9.53')).toBeInTheDocument();
    expect(importer).not.toHaveBeenCalled();
    // The section watches its own element: nothing but its id told it where that is.
    expect(observed.map((o) => o.target)).toEqual([figure]);

    const button = toggle();
    await act(async () => observed[0]?.fire());
    expect(importer).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    // Hydrated over the same HTML: the very button the server rendered now works.
    expect(toggle).toThrow();
    expect(screen.getByRole('button', { name: 'Hide table' })).toBe(button);
    expect(screen.getByRole('figure', { name: 'Economic Indicator Dashboard' })).toBe(figure);
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('hydrates when the reader moves focus into it', async () => {
    const { importer } = await prerenderAndHydrate();
    const button = toggle();
    await act(async () => fireEvent.focusIn(button));
    expect(importer).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Hide table' })).toBe(button);
  });

  it('survives a navigation that switches the language: hydrated first, then shown in Chinese', async () => {
    const { importer, recoverable, figure, store } = await prerenderAndHydrate();
    expect(importer).not.toHaveBeenCalled();
    // As a link does: the navigation goes on by itself while the test waits for the page.
    void store.getState().navigate({ lang: 'zh' });
    const zh = await screen.findByRole('figure', { name: '经济指标看板' });
    expect(window.location.pathname).toBe('/zh/');
    expect(importer).toHaveBeenCalledTimes(1);
    // The same element, updated in place: React hydrated it before the route changed.
    expect(zh).toBe(figure);
    expect(within(zh).getByText('Tonnes · zh')).toBeInTheDocument();
    expect(within(zh).getByRole('button', { name: '显示数据表' })).toBeInTheDocument();
    expect(recoverable).not.toHaveBeenCalled();
  });
});

describe('a chart section rendered afresh', () => {
  /** As the app renders a page afresh: every section's code is loaded first. */
  async function renderFresh(importer: () => Promise<typeof PriceSection>, failed?: ReactNode) {
    const Section = deferredChart(importer);
    const { store, i18n } = boot('/en/');
    await beforeRouteRender('render');
    await act(async () => {
      render(page(store, i18n, <Section id="prices" note="Tonnes" failed={failed} />));
    });
  }

  it('renders at once, with its drawing as the reader scrolls to it', async () => {
    await renderFresh(async () => PriceSection);
    const figure = screen.getByRole('figure', { name: 'Economic Indicator Dashboard' });
    expect(within(figure).getByText('Cement 9.53')).toBeInTheDocument();
    // Nothing waits to hydrate: only the drawing's box watches for the reader to come near.
    expect(observed.map((o) => o.target)).toEqual([figure.querySelector('.chart-drawing')]);
  });

  it('says so when its code cannot be loaded', async () => {
    await renderFresh(() => Promise.reject(new Error('offline')));
    expect(
      screen.getByText(
        'This chart and its table could not be loaded (check the connection). Reload the page to try again.',
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('shows the message a page gives for its section instead, when it gives one', async () => {
    await renderFresh(
      () => Promise.reject(new Error('offline')),
      <p role="status">The downloads could not be loaded.</p>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('The downloads could not be loaded.');
  });
});
