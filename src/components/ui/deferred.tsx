import { Suspense, use, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onRouteRender } from '../../app/route-hooks';

/*
 * Deferred hydration. A prerendered page's charts (their frames, tables and the code that shapes
 * them included) keep their server HTML, which reads and prints as it is, until they come near
 * the viewport, are focused or touched, the page is printed or the browser is idle; only then
 * does their code load and React hydrate them. The page starts with less code, and hydrating
 * charts no one has scrolled to waits until the page has settled.
 *
 * React cannot update a part it has not hydrated: it would throw the server HTML away and show
 * the fallback. So before any route change (the only updates that reach these parts) every gate
 * is opened and the change waits until each part has hydrated.
 */

interface Gate {
  /** Waits (prerendered, being hydrated) until opened. */
  closed: boolean;
  opened: Promise<void>;
  /** The part's code once the gate is open (one promise per gate: see GateContent). */
  ready?: Promise<unknown>;
  /** Resolves once the part has hydrated, or cannot (its code failed to load), or unmounted. */
  settled: Promise<void>;
  open(): void;
  settle(): void;
}

let deferring = false;
const mounted = new Set<Gate>();
const loaders = new Set<() => Promise<unknown>>();

/** Closed only while a prerendered page hydrates and the part's HTML (`probeId`) is there. */
function createGate(probeId: string): Gate {
  let resolveOpened = () => {};
  let resolveSettled = () => {};
  const gate: Gate = {
    closed:
      deferring && typeof document !== 'undefined' && document.getElementById(probeId) !== null,
    opened: new Promise<void>((resolve) => (resolveOpened = resolve)),
    settled: new Promise<void>((resolve) => (resolveSettled = resolve)),
    open() {
      gate.closed = false;
      resolveOpened();
    },
    settle: () => resolveSettled(),
  };
  if (!gate.closed) {
    gate.open();
    gate.settle();
  }
  return gate;
}

/** Loads every deferred part's code, so a fresh render shows them at once. */
async function preloadDeferred(): Promise<void> {
  await Promise.all([...loaders].map((load) => load()));
}

/** Opens every gate; resolves once every deferred part has hydrated. Deferring ends here. */
async function hydrateDeferred(): Promise<void> {
  deferring = false;
  const gates = [...mounted];
  for (const gate of gates) gate.open();
  await Promise.all(gates.map((gate) => gate.settled));
}

onRouteRender((phase) => {
  if (phase === 'hydrate') deferring = true;
  else if (phase === 'render') return preloadDeferred();
  else return Promise.all([preloadDeferred(), hydrateDeferred()]);
});

/** A deferred part's code: loaded once; `null` if it failed to load. */
export interface DeferredModule<M> {
  load(): Promise<M | null>;
  /** The module once loaded, null if it failed, undefined before either. */
  current(): M | null | undefined;
}

/** Wraps a dynamic import for <Deferred>. Call it at module scope, so preloadDeferred sees it. */
export function deferredModule<M>(importer: () => Promise<M>): DeferredModule<M> {
  let result: M | null | undefined;
  let pending: Promise<M | null> | undefined;
  const module: DeferredModule<M> = {
    load() {
      pending ??= importer().then(
        (m) => (result = m),
        () => (result = null),
      );
      return pending;
    },
    current: () => result,
  };
  loaders.add(module.load);
  return module;
}

/** Start hydrating a part this far before it scrolls into view. */
const ROOT_MARGIN = '600px 0px';
const NEVER = new Promise<never>(() => {});
const INPUT_EVENTS = ['focusin', 'pointerdown'] as const;

interface DeferredProps<M> {
  module: DeferredModule<M>;
  /**
   * The id of an element the part renders (its heading): where its prerendered HTML is. A part
   * that rendered nothing on the server is not deferred.
   */
  probeId: string;
  render: (module: M) => ReactNode;
  /** Shown in a fresh render if the code cannot be loaded (by default: the chart and its table). */
  failed?: ReactNode;
}

function GateContent<M>({
  gate,
  module,
  render,
}: Pick<DeferredProps<M>, 'module' | 'render'> & { gate: Gate }) {
  // One `use` per render, of one promise per gate: React matches the promises a component uses
  // by their order, so waiting for the gate and then for the code must be a single promise.
  const now = gate.closed ? undefined : module.current();
  gate.ready ??= gate.opened.then(() => module.load());
  const loaded = now !== undefined ? now : (use(gate.ready) as M | null);
  // Failed to load: while hydrating, suspending keeps the prerendered part as it is; in a fresh
  // render the boundary shows its fallback, which says so.
  if (loaded === null) use(NEVER);
  useEffect(() => gate.settle(), [gate]);
  return render(loaded as M);
}

/**
 * A part of a prerendered page that hydrates when it nears the viewport, is focused or touched,
 * the page is printed or the browser is idle. In any render but a prerendered page's hydration
 * it renders at once.
 */
export function Deferred<M>({ module, probeId, render, failed }: DeferredProps<M>) {
  const { t } = useTranslation('charts');
  const [gate] = useState(() => createGate(probeId));

  useEffect(() => {
    mounted.add(gate);
    let cancelled = false;
    const open = () => {
      if (cancelled) return;
      gate.open();
      // A part whose code failed to load never hydrates: a route change must not wait for it.
      void module.load().then((m) => m === null && gate.settle());
    };
    // A closed gate's part is in the document (createGate checked).
    const probe = gate.closed ? document.getElementById(probeId) : null;
    const area = probe?.closest('figure, section') ?? probe;
    // Captured at the document, before React's own listener: React stops a focus or pointer event
    // aimed at a part it has not hydrated. Opened first, a part whose code is already loaded
    // hydrates there and then, and React lets the event through.
    const onInput = (event: Event) => {
      if (area?.contains(event.target as Node)) open();
    };
    // Only a closed gate watches the viewport: a part rendered open has nothing to wait for.
    let observer: IntersectionObserver | undefined;
    if (probe) {
      observer = new IntersectionObserver(
        (entries) => entries.some((e) => e.isIntersecting) && open(),
        { rootMargin: ROOT_MARGIN },
      );
      observer.observe(probe);
      // Open anyway once the browser is idle, so that by the time a reader navigates (which waits
      // for every part: see hydrateDeferred) the parts are hydrated. React hydrates each in
      // slices of a few milliseconds.
      (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1500)))(open);
      for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, true);
      window.addEventListener('beforeprint', open);
    }
    return () => {
      cancelled = true;
      mounted.delete(gate);
      gate.settle();
      observer?.disconnect();
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, true);
      window.removeEventListener('beforeprint', open);
    };
  }, [gate, module, probeId]);

  return (
    <Suspense
      fallback={
        failed ?? (
          <p className="chart-load-failed" role="status">
            {t('partFailed')}
          </p>
        )
      }
    >
      <GateContent gate={gate} module={module} render={render} />
    </Suspense>
  );
}
