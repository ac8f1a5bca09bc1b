/**
 * The compare view's charts (each with its frame, table and the code that shapes it) and its
 * downloads, all below the picker and the chosen items: loaded as they near the viewport
 * (components/charts/deferred-chart.tsx), not with the page. Also the notice of unknown ids, which only
 * pages rendered afresh (never prerendered) show, with this code loaded first.
 */
export { ComparePanels } from './compare-panels';
export { UnitComparison } from './unit-comparison';
export { IndicatorComparison } from './indicator-comparison';
export { YoyComparison } from './yoy-comparison';
export { CompareDownloads } from './compare-downloads';
export { UnknownIdsNotice } from './unknown-ids-notice';
