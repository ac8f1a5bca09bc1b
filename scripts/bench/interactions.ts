import { shimEsbuildNames } from './chromium.ts';
import type { Browser, Locator, Page } from 'playwright-core';
import { median } from './stats.ts';

/** Event Timing reports only entries at least this long (the API's minimum). */
export const EVENT_TIMING_THRESHOLD_MS = 16;
export const CPU_THROTTLING = 4;

export type InteractionSpec = {
  id: string;
  label: string;
  path: string;
  /** The element to click, or a reason why the page has none (reported as n/a). */
  target: (page: Page) => Promise<Locator | string>;
};

export type InteractionSample = {
  /** Longest Event Timing entry of the click (pointerdown…click), INP-style; null below 16 ms. */
  eventTimingMs: number | null;
  /** pointerdown → first frame after the click handlers (rAF, then a task). */
  rafMs: number | null;
  /** pointerdown → the last change to the DOM tree or text (attribute-only changes, such as chart
   * animation frames, do not count; nothing changed for 500 ms after). */
  settledMs: number | null;
  /** The click loaded a new document instead of updating the page in place. */
  fullNavigation: boolean;
};

export type InteractionResult = {
  id: string;
  label: string;
  path: string;
  status: 'ok' | 'n/a';
  reason?: string;
  samples: InteractionSample[];
  median: { eventTimingMs: number | null; rafMs: number | null; settledMs: number | null };
  /** Some repetitions had every Event Timing entry under the 16 ms threshold. */
  belowThreshold: number;
};

const SECTOR_LABEL_EN_POWER = /^(guangxi )?power$/i;

/** The interactions from the issue: the language switch on two views, adding a compare sector. */
export const INTERACTIONS: InteractionSpec[] = [
  {
    id: 'lang-switch-overview',
    label: 'Switch language on /en/',
    path: '/en/',
    target: async (page) => {
      const link = page.locator('a.lang-switch').first();
      return (await link.count()) > 0 ? link : 'no <a class="lang-switch"> on the page';
    },
  },
  {
    id: 'lang-switch-table',
    label: 'Switch language on /en/table/',
    path: '/en/table/',
    target: async (page) => {
      const link = page.locator('a.lang-switch').first();
      return (await link.count()) > 0 ? link : 'no <a class="lang-switch"> on the page';
    },
  },
  {
    id: 'compare-add-sector',
    label: 'Add the power sector on /en/compare/?sectors=cement',
    path: '/en/compare/?sectors=cement',
    target: async (page) => {
      let box = page.getByRole('checkbox', { name: SECTOR_LABEL_EN_POWER });
      if ((await box.count()) === 0) box = page.getByRole('checkbox', { name: /power/i });
      if ((await box.count()) === 0) return 'no "power" sector checkbox in the compare picker';
      const first = box.first();
      if (await first.isChecked())
        return 'the "power" checkbox is already checked at ?sectors=cement';
      return first;
    },
  },
];

/** Resolves once React has hydrated the element (it carries React's props key). */
async function waitForHydration(locator: Locator, timeoutMs = 15_000): Promise<boolean> {
  try {
    await locator.evaluate(
      (el, timeout) =>
        new Promise<void>((resolve, reject) => {
          const start = performance.now();
          const check = () => {
            if (Object.keys(el).some((k) => k.startsWith('__reactProps'))) resolve();
            else if (performance.now() - start > timeout) reject(new Error('not hydrated'));
            else setTimeout(check, 50);
          };
          check();
        }),
      timeoutMs,
    );
    return true;
  } catch {
    return false;
  }
}

type PageProbe = {
  t0: number | null;
  raf: number | null;
  lastMutation: number | null;
  events: { name: string; duration: number; startTime: number }[];
  origin: number;
};

async function installProbe(page: Page): Promise<number> {
  return page.evaluate((threshold) => {
    const probe = {
      t0: null as number | null,
      raf: null as number | null,
      lastMutation: null as number | null,
      events: [] as { name: string; duration: number; startTime: number }[],
      origin: performance.timeOrigin,
    };
    (window as unknown as { __benchProbe: typeof probe }).__benchProbe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.events.push({ name: e.name, duration: e.duration, startTime: e.startTime });
      }
    }).observe({ type: 'event', durationThreshold: threshold } as PerformanceObserverInit);
    addEventListener(
      'pointerdown',
      (e) => {
        probe.t0 ??= e.timeStamp;
      },
      { capture: true },
    );
    addEventListener(
      'click',
      () => {
        requestAnimationFrame(() =>
          setTimeout(() => {
            probe.raf ??= performance.now();
          }, 0),
        );
      },
      { capture: true },
    );
    new MutationObserver(() => {
      probe.lastMutation = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
    return performance.timeOrigin;
  }, EVENT_TIMING_THRESHOLD_MS);
}

async function readProbe(page: Page): Promise<PageProbe | null> {
  return page
    .evaluate(() => (window as unknown as { __benchProbe?: PageProbe }).__benchProbe ?? null)
    .catch(() => null);
}

const INTERACTION_EVENTS = new Set(['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click']);

/** Figures of one click from the in-page probe. */
export function sampleFromProbe(probe: PageProbe): InteractionSample {
  const t0 = probe.t0;
  if (t0 === null) {
    return { eventTimingMs: null, rafMs: null, settledMs: null, fullNavigation: false };
  }
  const durations = probe.events
    .filter((e) => INTERACTION_EVENTS.has(e.name) && e.startTime >= t0 - 1)
    .map((e) => e.duration);
  return {
    eventTimingMs: durations.length > 0 ? Math.max(...durations) : null,
    rafMs: probe.raf === null ? null : probe.raf - t0,
    settledMs:
      probe.lastMutation !== null && probe.lastMutation > t0 ? probe.lastMutation - t0 : null,
    fullNavigation: false,
  };
}

async function measureOnce(
  browser: Browser,
  url: string,
  spec: InteractionSpec,
): Promise<InteractionSample | string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await shimEsbuildNames(context);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const target = await spec.target(page);
    if (typeof target === 'string') return target;
    if (!(await waitForHydration(target))) return 'the page did not hydrate within 15 s';
    // The click is raw input at the target's centre, as a reader's mouse makes it: the pointer
    // arrives first (hover), then the button goes down and up. Playwright's locator.click also
    // checks, inside the page's own event handling, that the events reach the target (listeners
    // of its own, elementsFromPoint): in a CPU profile of the click on compare these ran in the
    // measured task and forced a style recalculation there, work no reader's click does.
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) return 'the target has no box on the page';
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
    const origin = await installProbe(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.mouse.down();
    await page.mouse.up();
    // Wait for the first frame and for the DOM to stay unchanged for 500 ms (at most 10 s).
    const start = Date.now();
    let probe: PageProbe | null = null;
    while (Date.now() - start < 10_000) {
      await page.waitForTimeout(100);
      probe = await readProbe(page);
      if (!probe || probe.origin !== origin) break;
      const now = await page.evaluate(() => performance.now());
      if (probe.raf !== null && now - (probe.lastMutation ?? 0) >= 500) break;
    }
    await page.waitForTimeout(200);
    probe = await readProbe(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    if (!probe || probe.origin !== origin) {
      return { eventTimingMs: null, rafMs: null, settledMs: null, fullNavigation: true };
    }
    return sampleFromProbe(probe);
  } finally {
    await context.close();
  }
}

function medianOrNull(values: (number | null)[]): number | null {
  return median(values.filter((v): v is number => v !== null));
}

/**
 * Clicks the target `reps` times, each in a fresh page under 4× CPU throttling (applied after
 * load and hydration), and takes the median of each measure. Event Timing entries under 16 ms
 * are not reported by the browser: such a repetition counts as 16 ms (an upper bound).
 */
export async function measureInteraction(
  browser: Browser,
  origin: string,
  spec: InteractionSpec,
  reps: number,
  onRep?: (rep: number, sample: InteractionSample | string) => void,
): Promise<InteractionResult> {
  const url = new URL(spec.path, origin).href;
  const samples: InteractionSample[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const sample = await measureOnce(browser, url, spec);
    onRep?.(rep + 1, sample);
    if (typeof sample === 'string') {
      return {
        id: spec.id,
        label: spec.label,
        path: spec.path,
        status: 'n/a',
        reason: sample,
        samples,
        median: { eventTimingMs: null, rafMs: null, settledMs: null },
        belowThreshold: 0,
      };
    }
    samples.push(sample);
  }
  const valid = samples.filter((s) => !s.fullNavigation);
  const belowThreshold = valid.filter((s) => s.eventTimingMs === null).length;
  return {
    id: spec.id,
    label: spec.label,
    path: spec.path,
    status: valid.length > 0 ? 'ok' : 'n/a',
    ...(valid.length === 0
      ? { reason: 'every click loaded a new document (no in-place update)' }
      : {}),
    samples,
    median: {
      eventTimingMs: medianOrNull(valid.map((s) => s.eventTimingMs ?? EVENT_TIMING_THRESHOLD_MS)),
      rafMs: medianOrNull(valid.map((s) => s.rafMs)),
      settledMs: medianOrNull(valid.map((s) => s.settledMs)),
    },
    belowThreshold,
  };
}
