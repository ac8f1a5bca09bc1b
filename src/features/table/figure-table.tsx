import type { TFunction } from 'i18next';
import { memo, useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../data/schema';
import {
  formatBasis,
  formatPeriod,
  formatQualifier,
  formatRegion,
  formatSector,
  formatValue,
} from '../../format';
import type { Lang } from '../../i18n/languages';
import type { SortDir, SortKey } from '../../store/url-state';
import { SortHeader } from './sort-header';
import { SourceCell } from './source-cell';
import { TableScroll } from './table-scroll';

interface FigureTableProps {
  figures: readonly Figure[];
  lang: Lang;
  caption: string;
  sort?: SortKey;
  dir?: SortDir;
  onSort: (column: SortKey) => void;
  ref?: Ref<HTMLDivElement>;
}

/**
 * One page of figures. The table scrolls sideways inside a focusable region on narrow screens,
 * with the figure's name held in view, so it stays one real table with one set of sort controls.
 */
export function FigureTable({ figures, lang, caption, sort, dir, onSort, ref }: FigureTableProps) {
  const { t } = useTranslation('table');
  const valueNote = t('figures.valueNote');
  const order = sort
    ? t('figures.sortedBy', {
        column: t(`column.${sort}`),
        direction: t(dir === 'desc' ? 'figures.descending' : 'figures.ascending'),
      })
    : t('figures.curatedOrder');
  const header = { sort, dir, onSort };
  const noteId = useId();
  return (
    <>
      {/* Outside the scroller so it stays readable on a phone; the table points to it. */}
      <p id={noteId} className="table-note">
        {order}
        {sort === 'value' && ` ${valueNote}`}
      </p>
      <p className="scroll-hint no-print" aria-hidden="true">
        {t('figures.scrollHint')}
      </p>
      <TableScroll ref={ref} label={t('figures.scrollLabel')}>
        <table className="data-table figure-table" aria-describedby={noteId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <SortHeader column="name" rowHeader {...header} />
              <SortHeader column="value" title={valueNote} {...header} />
              <SortHeader column="sector" {...header} />
              <SortHeader column="period" {...header} />
              <SortHeader column="region" {...header} />
              <th scope="col">{t('column.qualifier')}</th>
              <th scope="col">{t('column.basis')}</th>
              <th scope="col" className="source-col">
                {t('column.source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <FigureRow key={figure.id} figure={figure} lang={lang} t={t} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

interface FigureRowProps {
  figure: Figure;
  lang: Lang;
  /** The table's `t`: one translation hook per table rather than two per row. */
  t: TFunction<'table'>;
}

/**
 * One figure's row. A component of its own so React can pause between rows while it hydrates a
 * long page, and skip unchanged rows when only the sort order changes.
 */
const FigureRow = memo(function FigureRow({ figure, lang, t }: FigureRowProps) {
  return (
    <tr className={figure.derived ? 'is-derived' : undefined}>
      <th scope="row" className="sticky-col">
        {figure.name[lang]}
      </th>
      <td className="value-cell">
        <span className="value">{formatValue(figure, lang, t)}</span>
        {figure.derived && <span className="tag">{t('cell.computed')}</span>}
      </td>
      <td>{formatSector(figure.sector, t)}</td>
      <td className="nowrap">{formatPeriod(figure.period, t)}</td>
      <td>{formatRegion(figure.region, t)}</td>
      <td>{formatQualifier(figure.qualifier, t)}</td>
      <td>
        {figure.basis?.length
          ? figure.basis.map((b) => formatBasis(b, t)).join(t('cell.listSeparator'))
          : t('cell.noBasis')}
      </td>
      <td className="source-col">
        <SourceCell t={t} item={figure} lang={lang} />
      </td>
    </tr>
  );
});
