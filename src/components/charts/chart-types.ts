/**
 * The data a chart drawing receives: already shaped, scaled and formatted (see the `*-state.ts`
 * modules of each feature), so the lazily loaded Recharts modules only draw. No Recharts import
 * here: these types are shared with server-rendered code.
 */
import type { Tone } from './palette';

/** A tick of a value axis, placed at `value` (in axis units) and printed as `label`. */
export interface AxisTick {
  value: number;
  label: string;
}

/** A value axis: its title (scale and unit, e.g. 亿元 / CNY billion) and its ticks, low to high. */
export interface ValueAxis {
  title: string;
  ticks: AxisTick[];
}

/** Marker drawn for a single value (a range with equal ends, or a dated event). */
export const MARKERS = ['circle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

/** What every drawn item has: a key, its category, its value printed, tooltip lines and a tone. */
interface Datum {
  key: string;
  /** The category: above a row's bar, under a column. */
  label: string;
  /** The figure's formatted value, printed beside the bar or above the column. */
  valueLabel: string;
  /** Further tooltip lines: period, region, formula. */
  details: string[];
  tone: Tone;
}

/**
 * One bar of a horizontal bar chart. `value` is in axis units: a number draws a bar from zero;
 * a `[low, high]` pair draws a floating bar, or a point marker when both ends are equal.
 */
export interface BarDatum extends Datum {
  value: number | readonly [number, number];
  /** A computed value: drawn hatched. */
  derived?: boolean;
  /** The range runs on past the axis end (…起 / from a date on). */
  openEnd?: boolean;
  /** Shape of a single-value marker; defaults to a circle. */
  marker?: Marker;
}

export interface BarChartData {
  bars: BarDatum[];
  axis: ValueAxis;
  /** Lines reserved for each bar's label (see chart-layout.ts). */
  labelLines: number;
}

/** One row of a bullet chart: a rate on a 0–100 track, with an optional reference mark. */
export interface BulletDatum extends Datum {
  value: number;
  reference?: { value: number; label: string };
}

export interface BulletChartData {
  rows: BulletDatum[];
  axis: ValueAxis;
  labelLines: number;
}

/** One column of a column chart (e.g. a figure beside its computed prior-year value). */
export interface ColumnDatum extends Datum {
  value: number;
  /** A computed value: drawn hatched. */
  derived?: boolean;
}

export interface ColumnChartData {
  columns: ColumnDatum[];
  axis: ValueAxis;
}

/** One value of a series at one category (a period), with its texts. */
export interface SeriesCell {
  value: number;
  valueLabel: string;
  /** A computed value: hatched column, hollow point. */
  computed: boolean;
  details: string[];
}

/** One series of a series chart: a basis of an indicator, or an indicator of its own. */
export interface SeriesLine {
  key: string;
  label: string;
  tone: Tone;
}

/** A category of a series chart (a period) and each series' value there, if it has one. */
export interface SeriesCategory {
  key: string;
  label: string;
  cells: Record<string, SeriesCell>;
}

/**
 * Values over periods: grouped columns (levels, and any series of one or two points) or lines
 * (three or more points of a rate), one series per basis so values of different 口径 are never
 * joined as if alike.
 */
export interface SeriesChartData {
  mode: 'columns' | 'lines';
  categories: SeriesCategory[];
  series: SeriesLine[];
  axis: ValueAxis;
}

/** Every drawing the lazy loader knows, by kind. */
export type ChartSpec =
  | { kind: 'bars'; data: BarChartData }
  | { kind: 'bullets'; data: BulletChartData }
  | { kind: 'columns'; data: ColumnChartData }
  | { kind: 'series'; data: SeriesChartData };

export type ChartKind = ChartSpec['kind'];

/** A row of a chart's data table: display text in column order, and the item it states. */
export interface ChartTableRow {
  key: string;
  cells: string[];
  /** Figure or event id: the row links to `/{lang}/sources/?figure=<id>`. */
  sourceId?: string;
  /** The name used in the source link's accessible name. */
  sourceName?: string;
  derived?: boolean;
}

export interface ChartTableData {
  columns: string[];
  rows: ChartTableRow[];
}

/** A legend entry, drawn as HTML in the frame and into downloads. */
export interface LegendItem {
  key: string;
  label: string;
  tone: Tone;
  /** How the swatch looks: a filled bar, a hatched (computed) bar, a reference line or a point. */
  swatch: 'solid' | 'hatched' | 'line' | 'circle' | 'diamond';
}
