import { useMemo } from 'react';
import { indicatorSeries, type IndicatorSeries } from '../../data/indicators';
import { CHANGE_MEASURES } from '../../data/vocab';
import { useAppStore } from '../../store/app-store';
import { EMBED_COMPARE } from '../../store/url-state';

const isChange = (measure: string) => CHANGE_MEASURES.has(measure);

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
      if (!info) return [];
      const own = [...figures.values()].filter((f) => f.indicator === id);
      return [indicatorSeries(info, own, isChange)];
    });
    return { compare, ids, series };
  }, [params, indicators, figures]);
}
