import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../src/i18n/register-all';

// jsdom measures every element as 0×0 and has no observers: charts are rendered at fixed sizes in
// tests, and anything waiting to scroll into view is treated as visible at once.
class ImmediateIntersectionObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ isIntersecting: true, target, intersectionRatio: 1 } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.IntersectionObserver ??=
  ImmediateIntersectionObserver as unknown as typeof IntersectionObserver;
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => {
  // Node-environment test files (scripts, servers) share this setup but have no DOM.
  if (typeof window === 'undefined') return;
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
