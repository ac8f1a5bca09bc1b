import { useMemo } from 'react';
import type { IndicatorSeries } from '../../data/indicators';
import { seriesOf } from '../../data/indicator-series';
import { useAppStore } from '../../store/app-store';
import { EMBED_COMPARE } from '../../store/url-state';

/** What an embed shows: compare's chosen indicators, or the one indicator its path names. */
export interface EmbedSubject {
  compare: boolean;
  /** The ids asked for, known or not. */
  ids: string[];
  /** The series of those the data has, in the order asked. */
  series: IndicatorSeries[];
}

export function useEmbedSubject(): EmbedSubject {
  const params = useAppStore((s) => s.route.params);
  const indicators = useAppStore((s) => s.indicators);
  const figures = useAppStore((s) => s.figures);
  return useMemo(() => {
    const compare = params.indicator === EMBED_COMPARE;
    const ids = compare ? (params.indicators ?? []) : params.indicator ? [params.indicator] : [];
    const series = ids.flatMap((id) => {
      const info = indicators.get(id);
      return info ? [seriesOf(info, figures.values())] : [];
    });
    return { compare, ids, series };
  }, [params, indicators, figures]);
}
