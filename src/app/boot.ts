import { bundledData } from '../data/bundled';
import type { LoadResult } from '../data/load';
import { createI18n } from '../i18n';
import { createAppStore } from '../store/app-store';
import { serializeParams, type ParsedLocation } from '../store/url-state';

/** The shipped data, validated with the same schema as `check:data`. */
export function loadBundledData(): Promise<LoadResult> {
  return bundledData();
}

/** Identifies what a prerendered page shows, so the client hydrates only the same route. */
export function routeKey(parsed: ParsedLocation): string {
  const { route } = parsed;
  // A not-found page names the path asked for, so it only hydrates over its own HTML.
  if (route.notFound) return `${route.lang}:not-found:${parsed.notices[0]?.value ?? ''}`;
  // A URL with unusable parts shows notices the prerendered page doesn't have: render afresh.
  const flagged = parsed.notices.length > 0 ? '!' : '';
  return `${route.lang}:${route.view}${serializeParams(route.view, route.params)}${flagged}`;
}

/** Store and i18n for one page render, shared by the server renderer and the browser. */
export function bootApp(parsed: ParsedLocation, data: LoadResult) {
  const store = createAppStore({ data, route: parsed.route, notices: parsed.notices });
  const i18n = createI18n(parsed.route.lang);
  return { store, i18n };
}
