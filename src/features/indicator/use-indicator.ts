import { useMemo } from 'react';
import { indicatorSeries, type IndicatorSeries } from '../../data/indicators';
import { CHANGE_MEASURES } from '../../data/vocab';
import { useAppStore } from '../../store/app-store';

const isChange = (measure: string) => CHANGE_MEASURES.has(measure);

/** The series of the indicator the route names; null when the data has no such indicator. */
export function useIndicatorSeries(id: string | undefined): IndicatorSeries | null {
  const indicators = useAppStore((s) => s.indicators);
  const figures = useAppStore((s) => s.figures);
  return useMemo(() => {
    const info = id === undefined ? undefined : indicators.get(id);
    if (!info) return null;
    const own = [...figures.values()].filter((f) => f.indicator === info.id);
    return indicatorSeries(info, own, isChange);
  }, [id, indicators, figures]);
}
