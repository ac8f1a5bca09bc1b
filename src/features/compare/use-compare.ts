import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import { itemKey, readSelection, selectionParams, type CompareItem } from './compare-state';

/** The compare selection read from the route, and a way to change it (a new history entry). */
export function useCompareSelection() {
  const sectors = useAppStore((s) => s.route.params.sectors);
  const ids = useAppStore((s) => s.route.params.ids);
  const figures = useAppStore((s) => s.figures);
  const navigate = useAppStore((s) => s.navigate);
  const selection = useMemo(
    () => readSelection({ sectors, ids }, figures),
    [sectors, ids, figures],
  );
  const setItems = useCallback(
    (items: readonly CompareItem[]) =>
      navigate({ view: 'compare', params: selectionParams(items) }),
    [navigate],
  );
  return { ...selection, setItems };
}

/** The name of an item in the page's language: the sector's name or the figure's. */
export function useItemName() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  return useCallback(
    (item: CompareItem) =>
      item.kind === 'sector'
        ? formatSector(item.sector, t)
        : (figures.get(item.id)?.name[lang] ?? itemKey(item)),
    [t, lang, figures],
  );
}
