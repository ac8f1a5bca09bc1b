/**
 * Calls `start` once the browser reports the page's first contentful paint (or at once in a tab
 * opened in the background, which paints nothing until shown; or after 3 s if no paint is ever
 * reported), and the page is parsed: a long page paints its top before the parser reaches its
 * end, and the app's start-up must not hold back the rest of its first paint. The build writes
 * this function into every page's HTML as an inline script that fetches the app's entry, so
 * nothing of the app is requested before the prerendered page has painted and nothing of it can
 * delay that paint. It is serialized with `toString()`: it must stand alone, without imports or
 * references to anything outside it.
 */
export function afterFirstPaint(start: () => void): void {
  let started = false;
  const run = () => {
    if (started) return;
    started = true;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => start(), { once: true });
    } else start();
  };
  if (document.visibilityState === 'hidden') return run();
  const types =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes;
  if (!types || !types.includes('paint')) {
    requestAnimationFrame(() => setTimeout(run, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(run, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(run, 3000);
}
