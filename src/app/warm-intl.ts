/**
 * The Intl calls a worker makes to set up ICU for one locale: numbers (plain and compact, as
 * figures print), plural rules (i18next's counts), lists and collation. Then it reports back.
 */
export function warmIntlSource(locale: string): string {
  const l = JSON.stringify(locale);
  return [
    `new Intl.NumberFormat(${l}).format(1)`,
    `new Intl.NumberFormat(${l},{notation:'compact'}).format(1e8)`,
    `new Intl.PluralRules(${l}).select(1)`,
    `new Intl.ListFormat(${l}).format(['a','b'])`,
    `new Intl.Collator(${l}).compare('a','b')`,
    'postMessage(0)',
  ].join(';');
}

/**
 * Sets up ICU on another thread before the app needs it. The first Intl object a page creates
 * makes Chromium load ICU's data for the locale, 47–76 ms on this machine's main thread
 * (measured; four times that on Lighthouse's phone). That set-up is shared by the whole renderer
 * process, so when a short-lived worker has done it, the app's first number format takes under
 * 1 ms. Best effort: where workers or blob URLs are refused (a strict CSP), nothing happens and
 * the app pays the set-up itself, as before.
 *
 * The build writes this function into every page's HTML beside afterFirstPaint, with the map
 * from `<html lang>` to Intl locale; like that function it must stand alone (no imports, nothing
 * from outside), because it is serialized with `toString()`. `source` builds the worker's script.
 */
export function warmIntl(
  localeByHtmlLang: Record<string, string>,
  source: (locale: string) => string,
): void {
  const locale = localeByHtmlLang[document.documentElement.lang];
  if (!locale || typeof Worker !== 'function' || typeof Blob !== 'function') return;
  let url = '';
  try {
    url = URL.createObjectURL(new Blob([source(locale)], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const done = () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    };
    worker.onmessage = done;
    worker.onerror = done;
  } catch {
    if (url) URL.revokeObjectURL(url);
  }
}
