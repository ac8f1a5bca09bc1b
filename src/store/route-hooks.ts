/**
 * How a route is about to be rendered: hydrating a prerendered page, rendering one afresh (first
 * load with notices, the server renderer, tests), or after navigation in the browser.
 */
export type RenderPhase = 'hydrate' | 'render' | 'navigate';
type Hook = (phase: RenderPhase) => unknown;

const hooks = new Set<Hook>();

/**
 * Registers work a page's code needs done before a route renders (the deferred parts' bookkeeping,
 * components/charts/deferred-chart.tsx). Page chunks register at load, so the entry chunk carries only this.
 */
export function onRouteRender(hook: Hook): void {
  hooks.add(hook);
}

/** Runs every registered hook for `phase`, after the route's page chunk has loaded. */
export async function beforeRouteRender(phase: RenderPhase): Promise<void> {
  await Promise.all([...hooks].map((hook) => hook(phase)));
}
