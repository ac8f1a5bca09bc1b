/**
 * Pieces shared by the lazily loaded drawings (this module is only imported by them, so it and
 * Recharts stay out of the page's initial JS).
 */
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';
import { FONT_SIZE, ROW_LAYOUT, rowHeight } from './chart-layout';
import type { ValueAxis } from './chart-types';
import { estimateTextWidth, wrapText } from './text-measure';
import { toneColor, type Tone } from './palette';

export { HatchPattern, usePatternId } from './hatch-pattern';

export const ANIMATION_MS = 500;

/** A Bar's animation: the drawings' common length, or none. */
export function barAnimation(animate: boolean) {
  return { isAnimationActive: animate, animationDuration: ANIMATION_MS };
}

/** The chart element's size and accessible name and description, alike in every drawing. */
export function chartProps(props: {
  width: number;
  height: number;
  labelledBy?: string;
  describedBy?: string;
}) {
  return {
    width: props.width,
    height: props.height,
    role: 'img',
    'aria-labelledby': props.labelledBy,
    'aria-describedby': props.describedBy,
  };
}

/** An axis as Recharts takes it: tick values, the ends of the domain, and each tick's label. */
export function axisDomain(axis: ValueAxis) {
  const ticks = axis.ticks.map((t) => t.value);
  const tickLabel = new Map(axis.ticks.map((t) => [t.value, t.label]));
  return {
    ticks,
    low: ticks[0] ?? 0,
    high: ticks[ticks.length - 1] ?? 1,
    tickFormatter: (v: number) => tickLabel.get(v) ?? String(v),
  };
}

/**
 * Props shared by the horizontal charts (bars and bullets): rows laid out as in chart-layout.ts,
 * the value labels in a right margin wide enough for the longest, and the value axis below.
 */
export function rowChartProps(axis: ValueAxis, valueLabels: readonly string[], width: number) {
  const domain = axisDomain(axis);
  const longest = Math.max(0, ...valueLabels.map((l) => estimateTextWidth(l, FONT_SIZE)));
  // Bold labels run a little wider than the estimate; the last tick label needs room too.
  const right = Math.min(Math.max(Math.ceil(longest * 1.15) + 14, 24), Math.floor(width * 0.45));
  const plotWidth = Math.max(1, width - ROW_LAYOUT.left - right);
  const span = domain.high - domain.low || 1;
  return {
    domain,
    plotWidth,
    /** A value's x position on the plot. */
    scale: (v: number) => ROW_LAYOUT.left + ((v - domain.low) / span) * plotWidth,
    chart: {
      layout: 'vertical',
      margin: { top: ROW_LAYOUT.top, right, bottom: 0, left: ROW_LAYOUT.left },
      barCategoryGap: 0,
    },
    xAxis: {
      type: 'number',
      domain: [domain.low, domain.high],
      ticks: domain.ticks,
      tickFormatter: domain.tickFormatter,
      height: ROW_LAYOUT.axisHeight,
      label: {
        value: axis.title,
        position: 'insideBottom',
        offset: 2,
        className: 'chart-axis-title',
      },
    },
  } as const;
}

/**
 * Where row `index` of a horizontal chart sits: its top, its bar's top and middle, and the
 * baseline that centres a value label on the bar.
 */
export function rowPlace(index: number, labelLines: number) {
  const top = ROW_LAYOUT.top + index * rowHeight(labelLines);
  const barTop = top + labelLines * ROW_LAYOUT.lineHeight + ROW_LAYOUT.labelGap;
  const mid = barTop + ROW_LAYOUT.barThickness / 2;
  return { top, barTop, mid, valueY: mid + FONT_SIZE * 0.35 };
}

/** A row's label above its bar, cut to the lines its chart reserves and set on the bar. */
export function RowLabel({
  label,
  width,
  top,
  reservedLines,
}: {
  label: string;
  width: number;
  top: number;
  reservedLines: number;
}) {
  const lines = labelLines(label, width - 4, reservedLines);
  return (
    <SvgLabel
      lines={lines}
      x={2}
      top={top + (reservedLines - lines.length) * ROW_LAYOUT.lineHeight}
    />
  );
}

/** A figure's value printed beside its bar or, centred with `textAnchor`, above its column. */
export function ValueLabel({
  x,
  y,
  textAnchor,
  children,
}: {
  x: number;
  y: number;
  textAnchor?: 'middle';
  children: ReactNode;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      className="chart-value-label"
      style={{ fontSize: FONT_SIZE }}
    >
      {children}
    </text>
  );
}

/** A bar's paint: its tone, or for a computed value the hatch inside a dashed outline. */
export function barPaint(datum: { tone: Tone; derived?: boolean }, hatchId: string): CSSProperties {
  return {
    fill: datum.derived ? `url(#${hatchId})` : toneColor(datum.tone),
    stroke: datum.derived ? toneColor('derived') : 'none',
    strokeDasharray: datum.derived ? '4 2' : undefined,
    strokeWidth: datum.derived ? 1.5 : 0,
  };
}

/** Calls `onDrawn` once the drawing has settled: at once without animation, else after it. */
export function useDrawnSignal(animate: boolean, onDrawn: () => void, width: number): void {
  useEffect(() => {
    const handle = window.setTimeout(onDrawn, animate ? ANIMATION_MS + 150 : 0);
    return () => window.clearTimeout(handle);
  }, [animate, onDrawn, width]);
}

/** What a tooltip shows for any datum of ours. */
export interface TooltipDatum {
  label: string;
  valueLabel: string;
  details: string[];
}

/** Tooltip content in the page's colours (text and muted on surface: AA in both themes). */
export function ChartTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const datum = payload?.[0]?.payload as TooltipDatum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{datum.label}</p>
      {datum.valueLabel !== '' && <p className="chart-tooltip-value">{datum.valueLabel}</p>}
      {datum.details.map((line, i) => (
        <p key={i} className="chart-tooltip-detail">
          {line}
        </p>
      ))}
    </div>
  );
}

/** Renders a tooltip body for Recharts' `content` prop. */
export function renderTooltip(props: TooltipContentProps): ReactNode {
  return <ChartTooltip {...props} />;
}

/** Up to `maxLines` lines of a label within `width`, the last one ending in … if cut. */
export function labelLines(text: string, width: number, maxLines: number): string[] {
  const lines = wrapText(text, width, FONT_SIZE);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S?$/u, '')}…`;
  return kept;
}

/** A multi-line label drawn in SVG at (x, top). */
export function SvgLabel({
  lines,
  x,
  top,
  className = 'chart-label',
}: {
  lines: string[];
  x: number;
  top: number;
  className?: string;
}) {
  return (
    <text x={x} y={top} className={className} style={{ fontSize: FONT_SIZE }}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? ROW_LAYOUT.lineHeight - 4 : ROW_LAYOUT.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Point marker for a single value or a dated event. */
export function MarkerShape({
  marker,
  cx,
  cy,
  tone,
}: {
  marker: 'circle' | 'diamond';
  cx: number;
  cy: number;
  tone: Tone;
}) {
  const style = { fill: toneColor(tone), stroke: 'var(--surface)', strokeWidth: 1.5 };
  if (marker === 'diamond') {
    const r = 8;
    return (
      <path
        d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`}
        style={style}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={7} style={style} />;
}
