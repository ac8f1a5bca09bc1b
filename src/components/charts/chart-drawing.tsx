import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFrame } from './chart-frame-context';
import type { ChartKind, ChartSpec, SeriesChartData } from './chart-types';
import type { SeriesStillProps } from './series-still';
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
  /**
   * A drawing without Recharts, rendered on the server and shown from the first paint (a series
   * chart's: series-still.tsx). The Recharts drawing then loads only when the reader points at,
   * touches or focuses the chart, and replaces it in place.
   */
  still?: ComponentType<SeriesStillProps>;
}

/**
 * The width a still is drawn at before its box is measured (on the server, and while hydrating):
 * about a phone's, whose CPU gains most from a chart that needs no script; the SVG's viewBox fits
 * it to the box until the box is measured.
 */
export const STILL_WIDTH = 360;

/**
 * A box of the chart's height that loads and draws the chart when it comes near the viewport or
 * the page is printed (ChartFrame renders it). Before that, and on the server, it holds only the
 * summary. A chart with a still shows the still instead, and loads its drawing on the reader's
 * first touch, pointer or focus.
 */
export function ChartDrawing({
  chart,
  height,
  width,
  summary = [],
  summaryLabel,
  still: Still,
}: ChartDrawingProps) {
  const { t } = useTranslation('charts');
  const frame = useChartFrame();
  const box = useRef<HTMLDivElement>(null);
  const animate = !useReducedMotion();
  const [Drawing, setDrawing] = useState<ComponentType<DrawingProps<unknown>> | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  // Whether the box has come near the viewport (or the page is being printed); it stays so.
  const [near, setNear] = useState(false);
  // Whether the reader has pointed at, touched or focused a chart with a still.
  const [wanted, setWanted] = useState(false);
  const refocus = useRef(false);
  const stillSvg = useRef<SVGSVGElement>(null);
  const kind = chart.kind;
  // A chart with a still loads its drawing when the reader wants it, and measures its box only
  // near the viewport (until then its viewBox fits it to the box, so a long page does not redraw
  // every still at once); other charts load near the viewport and measure at once.
  const loading = Still !== undefined ? wanted : near;
  const measuring = width === undefined && (Still === undefined || near);

  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const reach = () => setNear(true);
    window.addEventListener('beforeprint', reach);
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reach(), {
            rootMargin: ROOT_MARGIN,
          });
    if (observer) observer.observe(element);
    else reach();
    return () => {
      observer?.disconnect();
      window.removeEventListener('beforeprint', reach);
    };
  }, [near]);

  useEffect(() => {
    const element = box.current;
    if (Still === undefined || wanted || !element) return;
    const want = () => setWanted(true);
    const onFocus = () => {
      refocus.current = true;
      want();
    };
    element.addEventListener('pointerenter', want);
    element.addEventListener('pointerdown', want);
    element.addEventListener('focusin', onFocus);
    return () => {
      element.removeEventListener('pointerenter', want);
      element.removeEventListener('pointerdown', want);
      element.removeEventListener('focusin', onFocus);
    };
  }, [Still, wanted]);

  useEffect(() => {
    if (!loading) return;
    let cancelled = false;
    (DRAWINGS[kind] as Loader<ChartKind>)().then(
      (component) => {
        if (!cancelled) setDrawing(() => component as ComponentType<DrawingProps<unknown>>);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [kind, loading]);

  useEffect(() => {
    const element = box.current;
    if (!measuring || !element) return;
    const measure = () => {
      const w = Math.floor(element.getBoundingClientRect().width);
      setMeasured(w > 0 ? w : FALLBACK_WIDTH);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measuring]);

  const reportDrawn = frame?.reportDrawn;
  const handleDrawn = useCallback(() => {
    const surface = box.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
    reportDrawn?.(surface);
    // Focus that brought in the drawing moves to it (the still it was on is gone).
    if (refocus.current && surface && !box.current?.contains(document.activeElement)) {
      surface.focus();
    }
    refocus.current = false;
  }, [reportDrawn]);
  useEffect(() => () => reportDrawn?.(null), [reportDrawn]);

  const drawWidth = width ?? measured;
  const ready = Drawing !== null && drawWidth !== null && !failed;
  const stillShown = Still !== undefined && !ready;

  // The still is a whole drawing: downloads take it until the Recharts drawing replaces it.
  useEffect(() => {
    if (stillShown && drawWidth !== null) reportDrawn?.(stillSvg.current);
  }, [stillShown, drawWidth, reportDrawn]);

  return (
    <div
      ref={box}
      className="chart-drawing"
      style={{ height }}
      data-chart-kind={kind}
      data-drawn={ready || (stillShown && drawWidth !== null) ? 'true' : 'false'}
    >
      {ready ? (
        <Drawing
          data={chart.data}
          width={drawWidth}
          height={height}
          animate={animate && Still === undefined}
          onDrawn={handleDrawn}
          labelledBy={frame?.titleId}
          describedBy={frame?.descriptionId}
        />
      ) : Still ? (
        <Still
          data={chart.data as SeriesChartData}
          width={drawWidth ?? STILL_WIDTH}
          height={height}
          labelledBy={frame?.titleId}
          describedBy={frame?.descriptionId}
          svgRef={stillSvg}
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
