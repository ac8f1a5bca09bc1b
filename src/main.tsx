import './styles.css';

/*
 * The entry is tiny on purpose: the prerendered page paints first, and the app (React, i18next,
 * the view) runs after. Its chunks are fetched meanwhile (modulepreload links in each page's head),
 * so nothing waits on the network; only their evaluation and hydration move after the first paint.
 */
let started = false;
function start(): void {
  if (started) return;
  started = true;
  void import('./client').then((m) => m.start());
}
requestAnimationFrame(() => setTimeout(start, 0));
// A tab opened in the background runs no animation frames: start anyway.
setTimeout(start, 1000);
