import {
  Suspense,
  use,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { onRouteRender } from '../../store/route-hooks';

/*
 * The one primitive for a chart section: `deferredChart(() => import(…))` at module scope, then
 * `<Section id="…" …props />`. The id is the whole contract.
 *
 * A section renders inside an element marked with its id (`data-part`), which is how it finds its
 * prerendered HTML. While a prerendered page hydrates, the section (its frame, its table and the
 * code that shapes them) keeps that HTML, which reads and prints as it is, until it comes near
 * the viewport, is focused or touched, the page is printed or the browser is idle; only then does
 * its code load and React hydrate it. The drawing inside (Recharts: chart-drawing.tsx, rendered by
 * ChartFrame) loads when its own box comes near the viewport.
 *
 * React cannot update a part it has not hydrated: it would throw the server HTML away and show
 * the fallback. So before any route change (the only updates that reach these parts) every gate
 * is opened and the change waits until each part has hydrated (the route hook below).
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

const PART_ATTRIBUTE = 'data-part';

function partElement(id: string): Element | undefined {
  return [...document.querySelectorAll(`[${PART_ATTRIBUTE}]`)].find(
    (element) => element.getAttribute(PART_ATTRIBUTE) === id,
  );
}

/** Closed only while a prerendered page hydrates and the part's HTML is there. */
function createGate(id: string): Gate {
  let resolveOpened = () => {};
  let resolveSettled = () => {};
  const gate: Gate = {
    closed:
      deferring &&
      typeof document !== 'undefined' &&
      (partElement(id)?.firstElementChild ?? null) !== null,
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

/** Loads every section's code, so a fresh render shows them at once. */
async function preloadDeferred(): Promise<void> {
  await Promise.all([...loaders].map((load) => load()));
}

/** Opens every gate; resolves once every section has hydrated. Deferring ends here. */
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

/** Start hydrating a section this far before it scrolls into view. */
const ROOT_MARGIN = '600px 0px';
const NEVER = new Promise<never>(() => {});
const INPUT_EVENTS = ['focusin', 'pointerdown'] as const;

/** Props every deferred section takes: the id its frame, tables and downloads are named by. */
export interface ChartSectionProps {
  id: string;
}

interface DeferredModule<P> {
  load(): Promise<ComponentType<P> | null>;
  /** The component once loaded, null if it failed, undefined before either. */
  current(): ComponentType<P> | null | undefined;
}

function GateContent<P extends ChartSectionProps>({
  gate,
  module,
  props,
}: {
  gate: Gate;
  module: DeferredModule<P>;
  props: P;
}) {
  // One `use` per render, of one promise per gate: React matches the promises a component uses
  // by their order, so waiting for the gate and then for the code must be a single promise.
  const now = gate.closed ? undefined : module.current();
  gate.ready ??= gate.opened.then(() => module.load());
  const Section = now !== undefined ? now : (use(gate.ready) as ComponentType<P> | null);
  // Failed to load: while hydrating, suspending keeps the prerendered part as it is; in a fresh
  // render the boundary shows its fallback, which says so.
  if (Section === null) use(NEVER);
  useEffect(() => gate.settle(), [gate]);
  const Loaded = Section as ComponentType<P>;
  return <Loaded {...props} />;
}

/**
 * Declares a chart section whose code loads apart from the page (call it at module scope, as
 * with React.lazy). The component it returns takes the section's own props plus `id`, and
 * `failed`, what a fresh render shows if the code cannot be loaded (by default: that the chart
 * and its table could not be loaded).
 */
export function deferredChart<P extends ChartSectionProps>(
  importer: () => Promise<ComponentType<P>>,
): ComponentType<P & { failed?: ReactNode }> {
  let result: ComponentType<P> | null | undefined;
  let pending: Promise<ComponentType<P> | null> | undefined;
  const module: DeferredModule<P> = {
    load() {
      pending ??= importer().then(
        (component) => (result = component),
        () => (result = null),
      );
      return pending;
    },
    current: () => result,
  };
  loaders.add(module.load);

  function DeferredChart({ failed, ...rest }: P & { failed?: ReactNode }) {
    const props = rest as unknown as P;
    const { id } = props;
    const { t } = useTranslation('charts');
    const [gate] = useState(() => createGate(id));
    const box = useRef<HTMLDivElement>(null);

    useEffect(() => {
      mounted.add(gate);
      let cancelled = false;
      const open = () => {
        if (cancelled) return;
        gate.open();
        // A part whose code failed to load never hydrates: a route change must not wait for it.
        void module.load().then((m) => m === null && gate.settle());
      };
      const area = box.current;
      // Captured at the document, before React's own listener: React stops a focus or pointer
      // event aimed at a part it has not hydrated. Opened first, a part whose code is already
      // loaded hydrates there and then, and React lets the event through.
      const onInput = (event: Event) => {
        if (area?.contains(event.target as Node)) open();
      };
      // Only a closed gate watches the viewport: a part rendered open has nothing to wait for.
      // The part's box is display: contents (it adds nothing to the layout), so what scrolls into
      // view is its first element, the prerendered HTML it waits with.
      const target = gate.closed ? area?.firstElementChild : null;
      let observer: IntersectionObserver | undefined;
      if (target) {
        observer = new IntersectionObserver(
          (entries) => entries.some((e) => e.isIntersecting) && open(),
          { rootMargin: ROOT_MARGIN },
        );
        observer.observe(target);
        // Open anyway once the browser is idle, so that by the time a reader navigates (which
        // waits for every part: see hydrateDeferred) the parts are hydrated.
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
    }, [gate]);

    return (
      <div ref={box} className="deferred-chart" {...{ [PART_ATTRIBUTE]: id }}>
        <Suspense
          fallback={
            failed ?? (
              <p className="chart-load-failed" role="status">
                {t('partFailed')}
              </p>
            )
          }
        >
          <GateContent gate={gate} module={module} props={props} />
        </Suspense>
      </div>
    );
  }
  return DeferredChart;
}
