export {
  formatAxisScale,
  formatAxisTick,
  formatChange,
  formatNumber,
  formatUnitLabel,
  formatValue,
  type AxisScale,
  type FormattableFigure,
} from './number';
export { formatDate, formatEventDate, formatPeriod, type DatePrecision } from './date';
export { formatBasis, formatMeasure, formatQualifier, formatRegion, formatSector } from './labels';
