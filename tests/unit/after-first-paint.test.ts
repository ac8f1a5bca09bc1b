import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/app/after-first-paint';

/** A PerformanceObserver stand-in that reports the entries a test hands it. */
class FakeObserver {
  static supportedEntryTypes = ['paint', 'event'];
  static instances: FakeObserver[] = [];
  disconnected = false;
  constructor(
    private readonly callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void,
  ) {
    FakeObserver.instances.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(names: string[]) {
    this.callback({ getEntriesByName: (n) => names.filter((name) => name === n) });
  }
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
}

function setReadyState(state: DocumentReadyState | undefined) {
  if (state) Object.defineProperty(document, 'readyState', { value: state, configurable: true });
  else Reflect.deleteProperty(document, 'readyState');
}

describe('afterFirstPaint: the app starts only once the prerendered page has painted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeObserver.instances = [];
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    setVisibility('visible');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    setVisibility('visible');
    setReadyState(undefined);
  });

  it('painted before the parser reached the end of a long page, waits until it has', () => {
    setReadyState('loading');
    const start = vi.fn();
    afterFirstPaint(start);
    FakeObserver.instances[0]!.report(['first-contentful-paint']);
    vi.advanceTimersByTime(10);
    expect(start).not.toHaveBeenCalled();

    setReadyState('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for the first contentful paint, then starts once', () => {
    const start = vi.fn();
    afterFirstPaint(start);
    vi.advanceTimersByTime(500);
    expect(start).not.toHaveBeenCalled();

    const observer = FakeObserver.instances[0]!;
    observer.report(['first-paint']);
    vi.advanceTimersByTime(10);
    expect(start).not.toHaveBeenCalled();

    observer.report(['first-contentful-paint']);
    vi.advanceTimersByTime(10);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);

    // The fallback timer fires later and must not start the app a second time.
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after 3 s when no paint is ever reported', () => {
    const start = vi.fn();
    afterFirstPaint(start);
    vi.advanceTimersByTime(2999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a tab opened in the background, which paints nothing', () => {
    setVisibility('hidden');
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('falls back to the next frame where paint timing is not supported', () => {
    FakeObserver.supportedEntryTypes = ['event'];
    try {
      const start = vi.fn();
      afterFirstPaint(start);
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      expect(start).toHaveBeenCalledTimes(1);
    } finally {
      FakeObserver.supportedEntryTypes = ['paint', 'event'];
    }
  });
});
