import { indicatorSeries, type IndicatorInfo, type IndicatorSeries } from './indicators';
import type { Figure } from './schema';
import { CHANGE_MEASURES } from './vocab';

/** Whether figures of a measure describe a point (a change) rather than being one. */
export const isChangeMeasure = (measure: string): boolean => CHANGE_MEASURES.has(measure);

/** The series of an indicator from the loaded figures: its own, by the project's vocabulary. */
export function seriesOf(info: IndicatorInfo, figures: Iterable<Figure>): IndicatorSeries {
  const own = [...figures].filter((f) => f.indicator === info.id);
  return indicatorSeries(info, own, isChangeMeasure);
}
