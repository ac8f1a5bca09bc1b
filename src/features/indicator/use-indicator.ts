import { useMemo } from 'react';
import type { IndicatorSeries } from '../../data/indicators';
import { seriesOf } from '../../data/indicator-series';
import { useAppStore } from '../../store/app-store';

/** The series of the indicator the route names; null when the data has no such indicator. */
export function useIndicatorSeries(id: string | undefined): IndicatorSeries | null {
  const indicators = useAppStore((s) => s.indicators);
  const figures = useAppStore((s) => s.figures);
  return useMemo(() => {
    const info = id === undefined ? undefined : indicators.get(id);
    return info ? seriesOf(info, figures.values()) : null;
  }, [id, indicators, figures]);
}
