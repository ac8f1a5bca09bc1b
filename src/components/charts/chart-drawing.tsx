import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFrame } from './chart-frame-context';
import type { ChartKind, ChartSpec } from './chart-types';
import { useReducedMotion } from './use-reduced-motion';

/** What every lazily loaded drawing receives. */
export interface DrawingProps<D> {
  data: D;
  width: number;
  height: number;
  /** False when the reader prefers reduced motion. */
  animate: boolean;
  /** Called once the drawing is complete (after its animation), so downloads can start. */
  onDrawn: () => void;
  /** Ids naming and describing the drawing (the frame's title and description). */
  labelledBy?: string;
  describedBy?: string;
}

type DataOf<K extends ChartKind> = Extract<ChartSpec, { kind: K }>['data'];
type Loader<K extends ChartKind> = () => Promise<ComponentType<DrawingProps<DataOf<K>>>>;

/** One module per drawing; Recharts comes in with the first of them, never with the page. */
const DRAWINGS: { [K in ChartKind]: Loader<K> } = {
  bars: () => import('./bar-chart').then((m) => m.BarChartDrawing),
  bullets: () => import('./bullet-chart').then((m) => m.BulletChartDrawing),
  columns: () => import('./column-chart').then((m) => m.ColumnChartDrawing),
  series: () => import('./series-chart').then((m) => m.SeriesChartDrawing),
};

/** Width used when the box cannot be measured (jsdom, a hidden box). */
export const FALLBACK_WIDTH = 640;

/**
 * Load a drawing this far before its box scrolls into view: near enough that a phone's first
 * screen does not bring in Recharts for a chart below it while the page starts, far enough that
 * it is drawn by the time the reader gets there.
 */
const ROOT_MARGIN = '300px 0px';

export interface ChartDrawingProps {
  chart: ChartSpec;
  /** The drawing's height in px, reserved from the first (server) render on. */
  height: number;
  /** A fixed width in px (tests); by default the box's measured width. */
  width?: number;
  /** Lines shown in the reserved box until the drawing loads (and without script). */
  summary?: string[];
  summaryLabel?: string;
}

/**
 * A box of the chart's height that loads and draws the chart when it comes near the viewport or
 * the page is printed (ChartFrame renders it). Before that, and on the server, it holds only the
 * summary.
 */
export function ChartDrawing({
  chart,
  height,
  width,
  summary = [],
  summaryLabel,
}: ChartDrawingProps) {
  const { t } = useTranslation('charts');
  const frame = useChartFrame();
  const box = useRef<HTMLDivElement>(null);
  const animate = !useReducedMotion();
  const [Drawing, setDrawing] = useState<ComponentType<DrawingProps<unknown>> | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const kind = chart.kind;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cancelled = false;
    let started = false;
    const load = () => {
      if (started) return;
      started = true;
      observer?.disconnect();
      (DRAWINGS[kind] as Loader<ChartKind>)().then(
        (component) => {
          if (!cancelled) setDrawing(() => component as ComponentType<DrawingProps<unknown>>);
        },
        () => {
          if (!cancelled) setFailed(true);
        },
      );
    };
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
            rootMargin: ROOT_MARGIN,
          });
    if (observer) observer.observe(element);
    else load();
    window.addEventListener('beforeprint', load);
    return () => {
      cancelled = true;
      observer?.disconnect();
      window.removeEventListener('beforeprint', load);
    };
  }, [kind]);

  useEffect(() => {
    if (width !== undefined) return;
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const w = Math.floor(element.getBoundingClientRect().width);
      setMeasured(w > 0 ? w : FALLBACK_WIDTH);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);

  const reportDrawn = frame?.reportDrawn;
  const handleDrawn = useCallback(() => {
    reportDrawn?.(box.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null);
  }, [reportDrawn]);
  useEffect(() => () => reportDrawn?.(null), [reportDrawn]);

  const drawWidth = width ?? measured;
  const ready = Drawing !== null && drawWidth !== null && !failed;
  return (
    <div
      ref={box}
      className="chart-drawing"
      style={{ height }}
      data-chart-kind={kind}
      data-drawn={ready ? 'true' : 'false'}
    >
      {ready ? (
        <Drawing
          data={chart.data}
          width={drawWidth}
          height={height}
          animate={animate}
          onDrawn={handleDrawn}
          labelledBy={frame?.titleId}
          describedBy={frame?.descriptionId}
        />
      ) : failed ? (
        <p className="chart-load-failed" role="status">
          {t('loadFailed')}
        </p>
      ) : (
        summary.length > 0 && (
          <div className="chart-summary-wrap">
            {summaryLabel && <p className="chart-summary-label">{summaryLabel}</p>}
            <ul className="chart-summary">
              {summary.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        )
      )}
    </div>
  );
}
