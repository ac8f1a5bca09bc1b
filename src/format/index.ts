export {
  formatChange,
  formatNumber,
  formatUnitLabel,
  formatValue,
  type FormattableFigure,
} from './number';
export { formatDate, formatEventDate, formatPeriod, type DatePrecision } from './date';
export { formatBasis, formatMeasure, formatQualifier, formatRegion, formatSector } from './labels';
