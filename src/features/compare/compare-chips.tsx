import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { itemKey, type CompareItem } from './compare-state';
import { useItemName } from './use-compare';

interface CompareChipsProps {
  items: readonly CompareItem[];
  onRemove: (item: CompareItem) => void;
  /** Remove buttons by item key, so the page can move focus after a removal. */
  buttonRefs: RefObject<Map<string, HTMLButtonElement>>;
}

/** The chosen items as a list of chips, each with its own remove button. */
export function CompareChips({ items, onRemove, buttonRefs }: CompareChipsProps) {
  const { t } = useTranslation('compare');
  const nameOf = useItemName();
  if (items.length === 0) return null;
  return (
    <ul className="compare-chips" aria-label={t('selection.chipsLabel')}>
      {items.map((item) => {
        const key = itemKey(item);
        const name = nameOf(item);
        return (
          <li key={key} className={`compare-chip compare-chip--${item.kind}`}>
            <span className="compare-chip__name">
              {item.kind === 'sector' ? t('selection.sectorChip', { name }) : name}
            </span>
            <button
              type="button"
              className="compare-chip__remove no-print"
              aria-label={t('selection.remove', { name })}
              title={t('selection.remove', { name })}
              ref={(el) => {
                if (el) buttonRefs.current.set(key, el);
                else buttonRefs.current.delete(key);
              }}
              onClick={() => onRemove(item)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
