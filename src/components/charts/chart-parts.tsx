/**
 * Pieces shared by the lazily loaded drawings (this module is only imported by them, so it and
 * Recharts stay out of the page's initial JS).
 */
import { useEffect, useId, type ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';
import { wrapText } from './text-measure';
import { toneColor, type Tone } from './palette';

export const ANIMATION_MS = 500;
export const FONT_SIZE = 12.5;
export const LINE_HEIGHT = 16;

/** Calls `onDrawn` once the drawing has settled: at once without animation, else after it. */
export function useDrawnSignal(animate: boolean, onDrawn: () => void, width: number): void {
  useEffect(() => {
    const handle = window.setTimeout(onDrawn, animate ? ANIMATION_MS + 150 : 0);
    return () => window.clearTimeout(handle);
  }, [animate, onDrawn, width]);
}

/** An id usable in `url(#…)`: React's useId has characters that need escaping there. */
export function usePatternId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The hatch for computed values: diagonal lines in the derived tone over the surface. */
export function HatchPattern({ id, tone = 'derived' }: { id: string; tone?: Tone }) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={6}
        height={6}
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} style={{ fill: toneColor(tone), fillOpacity: 0.25 }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: toneColor(tone), strokeWidth: 3 }} />
      </pattern>
    </defs>
  );
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
        <tspan key={i} x={x} dy={i === 0 ? LINE_HEIGHT - 4 : LINE_HEIGHT}>
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
