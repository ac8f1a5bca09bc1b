import './styles.css';

/*
 * The entry is tiny on purpose: the prerendered page paints first, as fast as plain HTML, and only
 * then does the app (React, i18next, the view, the data) download and hydrate it. Nothing the app
 * needs is requested before that first paint, so none of it can delay it.
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
