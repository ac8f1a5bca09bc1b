import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { beforeRouteRender } from '../../src/app/route-hooks';
import { Deferred, deferredModule } from '../../src/components/ui/deferred';
import { createI18n } from '../../src/i18n';

/** A chart-like part: a heading (the probe) and a button that needs React to work. */
function Part({ label, onShow }: { label: string; onShow: () => void }) {
  return (
    <section>
      <h2 id="part-title">{label}</h2>
      <button type="button" onClick={onShow}>
        Show table
      </button>
    </section>
  );
}
const PartModule = { Part };

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

const i18n = createI18n('en');
let root: Root | null = null;

beforeEach(() => {
  observed = [];
  vi.stubGlobal('IntersectionObserver', ManualIntersectionObserver);
  // The browser never goes idle here, so only the reader's actions open a part.
  vi.stubGlobal('requestIdleCallback', () => 0);
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** Prerenders the part as the build does, then hydrates it as the browser does. */
async function prerenderAndHydrate(onShow: () => void) {
  const serverSide = deferredModule(async () => PartModule);
  await serverSide.load();
  const element = (module: typeof serverSide) => (
    <I18nextProvider i18n={i18n}>
      <Deferred
        module={module}
        probeId="part-title"
        render={(m) => <m.Part label="Cement" onShow={onShow} />}
      />
    </I18nextProvider>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(element(serverSide));
  document.body.append(container);

  const importer = vi.fn(async () => PartModule);
  const recoverable = vi.fn();
  await beforeRouteRender('hydrate');
  onTestFinished(() => {
    // Ends deferring (as the first navigation would), so tests do not leak into each other.
    void beforeRouteRender('navigate');
  });
  await act(async () => {
    root = hydrateRoot(container, element(deferredModule(importer)), {
      onRecoverableError: recoverable,
    });
  });
  return { importer, recoverable, button: screen.getByRole('button', { name: 'Show table' }) };
}

/** Renders a part afresh (not hydrating) whose code fails to load, with an optional message. */
function renderWithBrokenCode(failed?: ReactNode) {
  const broken = deferredModule<typeof PartModule>(() => Promise.reject(new Error('offline')));
  render(
    <I18nextProvider i18n={i18n}>
      <Deferred
        module={broken}
        probeId="part-title"
        failed={failed}
        render={(m) => <m.Part label="x" onShow={() => {}} />}
      />
    </I18nextProvider>,
  );
}

describe('deferred parts of a prerendered page', () => {
  it('keep their server HTML and load no code until they near the viewport, then hydrate', async () => {
    const onShow = vi.fn();
    const { importer, recoverable, button } = await prerenderAndHydrate(onShow);
    expect(screen.getByRole('heading', { name: 'Cement' })).toBeInTheDocument();
    expect(importer).not.toHaveBeenCalled();
    expect(observed.map((o) => o.target.id)).toEqual(['part-title']);

    await act(async () => observed[0]?.fire());
    expect(importer).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    expect(onShow).toHaveBeenCalledTimes(1);
    // Hydrated over the same HTML: the very button the server rendered, and no mismatch.
    expect(screen.getByRole('button', { name: 'Show table' })).toBe(button);
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('hydrate when the reader moves focus into one', async () => {
    const onShow = vi.fn();
    const { importer, button } = await prerenderAndHydrate(onShow);
    await act(async () => fireEvent.focusIn(button));
    expect(importer).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('are all hydrated before a route change goes ahead', async () => {
    const onShow = vi.fn();
    const { importer, button } = await prerenderAndHydrate(onShow);
    let done = false;
    void beforeRouteRender('navigate').then(() => (done = true));
    await waitFor(() => expect(done).toBe(true));
    expect(importer).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('say so in a fresh render when their code cannot be loaded', async () => {
    renderWithBrokenCode();
    expect(
      await screen.findByText(
        'This chart and its table could not be loaded (check the connection). Reload the page to try again.',
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('show the message a page gives for its part instead, when it gives one', async () => {
    renderWithBrokenCode(<p role="status">The downloads could not be loaded.</p>);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The downloads could not be loaded.',
    );
  });
});
