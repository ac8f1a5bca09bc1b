import { useTranslation } from 'react-i18next';
import type { SortDir, SortKey } from '../../store/url-state';

interface SortHeaderProps {
  column: SortKey;
  sort?: SortKey;
  dir?: SortDir;
  onSort: (column: SortKey) => void;
  /** A hint for mouse users; the same text is in the caption for everyone. */
  title?: string;
  rowHeader?: boolean;
}

/** A column heading whose button sorts by it; `aria-sort` tells assistive technology the order. */
export function SortHeader({ column, sort, dir, onSort, title, rowHeader }: SortHeaderProps) {
  const { t } = useTranslation('table');
  const active = sort === column;
  const descending = active && dir === 'desc';
  return (
    <th
      scope="col"
      className={rowHeader ? 'sticky-col' : undefined}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="sort-button" title={title} onClick={() => onSort(column)}>
        {t(`column.${column}`)}
        <span className="sort-icon" aria-hidden="true">
          {active ? (descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
