import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import { itemKey, readSelection, selectionParams, type CompareItem } from './compare-state';

/** The compare selection read from the route, and a way to change it (a new history entry). */
export function useCompareSelection() {
  const sectors = useAppStore((s) => s.route.params.sectors);
  const ids = useAppStore((s) => s.route.params.ids);
  const chosenIndicators = useAppStore((s) => s.route.params.indicators);
  const figures = useAppStore((s) => s.figures);
  const indicators = useAppStore((s) => s.indicators);
  const navigate = useAppStore((s) => s.navigate);
  const selection = useMemo(
    () => readSelection({ sectors, ids, indicators: chosenIndicators }, figures, indicators),
    [sectors, ids, chosenIndicators, figures, indicators],
  );
  const setItems = useCallback(
    (items: readonly CompareItem[]) =>
      navigate({ view: 'compare', params: selectionParams(items) }),
    [navigate],
  );
  return { ...selection, setItems };
}

/** The name of an item in the page's language: the sector's, the figure's or the indicator's. */
export function useItemName() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const indicators = useAppStore((s) => s.indicators);
  return useCallback(
    (item: CompareItem) =>
      item.kind === 'sector'
        ? formatSector(item.sector, t)
        : ((item.kind === 'indicator' ? indicators.get(item.id) : figures.get(item.id))?.name[
            lang
          ] ?? itemKey(item)),
    [t, lang, figures, indicators],
  );
}
