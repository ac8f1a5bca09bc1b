import type { AxisTick, BarDatum, LegendItem } from '../../components/charts/chart-types';
import type { DashboardEvent } from '../../data/schema';
import { formatDate, formatEventDate, formatSector } from '../../format';
import type { ChartPlan } from './overview-plan';
import {
  barsChart,
  itemsText,
  listOf,
  sourceLineOf,
  summaryLine,
  type ShapeContext,
  type ShapedChart,
} from './chart-state';

type TimelinePlan = Extract<ChartPlan, { kind: 'timeline' }>;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date as months since year 0, so dates of any precision share one axis: 2023-08 → the start
 * of August, 2023-08-20 → 19/31 into it; `end` (月底) moves to the end of the period.
 */
export function monthPosition(date: string, precision?: DashboardEvent['datePrecision']): number {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Cannot place date "${date}" on a timeline: expected YYYY[-MM[-DD]]`);
  const year = Number(match[1]);
  if (match[2] === undefined) return year * 12 + (precision === 'end' ? 12 : 0);
  const month = Number(match[2]) - 1;
  if (match[3] === undefined) return year * 12 + month + (precision === 'end' ? 1 : 0);
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return year * 12 + month + (Number(match[3]) - 1) / days;
}

const STEPS = [1, 3, 6, 12] as const;
const MAX_TICKS = 5;
/** The axis covers at least this many months, so a lone event still has a visible span. */
const MIN_SPAN = 3;

function monthDate(position: number): string {
  const year = Math.floor(position / 12);
  const month = Math.round(position - year * 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Month or year ticks covering [first, last] (month positions), at most five of them. */
export function timelineTicks(
  first: number,
  last: number,
  ctx: Pick<ShapeContext, 'lang' | 't'>,
): AxisTick[] {
  // Half a month of room on either side, so no marker sits on an end of the axis.
  const start = first - 0.5;
  const end = Math.max(last + 1, first + MIN_SPAN);
  const step = STEPS.find((s) => Math.ceil(end / s) - Math.floor(start / s) + 1 <= MAX_TICKS) ?? 12;
  const low = Math.floor(start / step) * step;
  const high = Math.max(Math.ceil(end / step) * step, low + step);
  const ticks: AxisTick[] = [];
  for (let p = low; p <= high; p += step) {
    const date = monthDate(p);
    ticks.push({
      value: p,
      label: formatDate(step === 12 ? date.slice(0, 4) : date, ctx.t),
    });
  }
  return ticks;
}

/**
 * Dated milestones on one time axis, one row each: policies as diamonds, market turns as circles,
 * a `from` date (…起) as an arrow running on to the axis end.
 */
export function shapeTimeline(plan: TimelinePlan, ctx: ShapeContext): ShapedChart {
  const events = plan.eventIds.map((id) => {
    const event = ctx.events.get(id);
    if (!event) throw new Error(`Chart "${plan.id}" needs event "${id}", which is not loaded`);
    return event;
  });
  const positions = events.map((e) => monthPosition(e.date, e.datePrecision));
  const ticks = timelineTicks(Math.min(...positions), Math.max(...positions), ctx);
  const axisEnd = ticks[ticks.length - 1]!.value;
  const dates = events.map((e) => formatEventDate(e.date, e.datePrecision, ctx.t));
  const kinds = events.map((e) => ctx.t(`overview:eventKind.${e.kind}`));
  const bars: BarDatum[] = events.map((e, i) => {
    const at = positions[i]!;
    const openEnd = e.datePrecision === 'from';
    return {
      key: e.id,
      label: ctx.t('overview:chart.timeline.label', { date: dates[i], name: e.name[ctx.lang] }),
      value: [at, openEnd ? axisEnd : at] as const,
      valueLabel: '',
      details: [dates[i]!, kinds[i]!],
      tone: e.kind === 'policy' ? 'series-1' : 'series-3',
      marker: e.kind === 'policy' ? 'diamond' : 'circle',
      openEnd,
    };
  });
  const present = new Set(events.map((e) => e.kind));
  const legend: LegendItem[] = [];
  if (present.has('policy')) {
    legend.push({
      key: 'policy',
      label: ctx.t('overview:eventKind.policy'),
      tone: 'series-1',
      swatch: 'diamond',
    });
  }
  if (present.has('market')) {
    legend.push({
      key: 'market',
      label: ctx.t('overview:eventKind.market'),
      tone: 'series-3',
      swatch: 'circle',
    });
  }
  const sector = formatSector(plan.sector, ctx.t);
  const items = events.map((e, i) => summaryLine(dates[i]!, e.name[ctx.lang], ctx));
  const first = formatEventDate(events[0]!.date, undefined, ctx.t);
  const last = formatEventDate(events[events.length - 1]!.date, undefined, ctx.t);
  return {
    id: plan.id,
    sector: plan.sector,
    title: ctx.t('overview:chart.timeline.title', { sector }),
    subtitle: ctx.t('overview:chart.timeline.subtitle', {
      kinds: listOf(kinds, ctx.t),
      span: first === last ? first : ctx.t('overview:chart.timeline.span', { first, last }),
    }),
    description: ctx.t('overview:chart.timeline.description', {
      count: events.length,
      items: itemsText(items, ctx),
    }),
    legend,
    table: {
      columns: ['date', 'milestone', 'kind'].map((c) => ctx.t(`overview:column.${c}`)),
      rows: events.map((e, i) => ({
        key: e.id,
        cells: [dates[i]!, e.name[ctx.lang], kinds[i]!],
        sourceId: e.id,
        sourceName: e.name[ctx.lang],
      })),
    },
    ...barsChart(bars, { title: ctx.t('overview:chart.timeline.axis'), ticks }),
    summary: items,
    source: sourceLineOf(
      events.map((e) => e.source.article),
      ctx,
      false,
    ),
  };
}
