import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';
import { AppLink } from '../ui/app-link';
import { ChartFrameContext, type ChartFrameContextValue } from './chart-frame-context';
import { ChartDrawing, type ChartDrawingProps } from './chart-drawing';
import type { ChartTableData, LegendItem } from './chart-types';
import { toneColor, toneToken } from './palette';
import './charts.css';

export interface ChartFrameProps {
  /**
   * Stable chart id (kebab-case): DOM ids, the store's `tablesShown` key and download file names
   * (`<id>-<lang>.svg`).
   */
  id: string;
  title: string;
  /** Units, period and region in words, e.g. 单位：亿元 · 截至2023年8月 · 全国. */
  subtitle: string;
  /** What the chart shows, in a sentence or two, for screen readers. */
  description: string;
  /** Colour key, rendered as HTML and into downloads. */
  legend?: LegendItem[];
  /** The data-table equivalent; each row can link to its source. */
  table: ChartTableData;
  /** The source line, e.g. 来源：《…》 / Source: … . */
  source: string;
  /** Heading level of the title within the page (default 3). */
  headingLevel?: 2 | 3 | 4;
  /**
   * The drawing: loaded once its box nears the viewport (chart-drawing.tsx). It reports its
   * <svg> through useChartFrame() so the download buttons enable once it has drawn.
   */
  drawing: ChartDrawingProps;
  /** Shown above the drawing (a caveat, say). */
  children?: ReactNode;
  /** The data table is open until the reader hides it (a page whose chart is its subject). */
  tableOpen?: boolean;
  /** Rows the whole table has, when `table` holds only the latest of them. */
  tableTotal?: number;
  /** Asks for every row (the frame then receives them in `table`). */
  onShowAllRows?: () => void;
  className?: string;
}

function Swatch({ item }: { item: LegendItem }) {
  return (
    <span
      className={`chart-swatch chart-swatch-${item.swatch}`}
      style={{ ['--swatch' as string]: toneColor(item.tone) }}
      aria-hidden="true"
    />
  );
}

/**
 * A chart's frame, rendered on the server: title, subtitle, table toggle, legend, the reserved
 * drawing, the data table, source line and downloads. Only the drawing inside loads lazily.
 */
export function ChartFrame({
  id,
  title,
  subtitle,
  description,
  legend = [],
  table,
  source,
  headingLevel = 3,
  drawing,
  children,
  className,
  tableOpen = false,
  tableTotal,
  onShowAllRows,
}: ChartFrameProps) {
  const { t } = useTranslation('charts');
  const lang = useAppStore((s) => s.route.lang) as Lang;
  const shown = useAppStore((s) => s.tablesShown[id] ?? tableOpen);
  const showTable = useAppStore((s) => s.showTable);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const Heading = `h${headingLevel}` as const;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-desc`;
  const tableId = `${id}-table`;
  // Four or more columns do not fit a phone's width side by side.
  const wide = table.columns.length > 3;

  const context = useMemo<ChartFrameContextValue>(
    () => ({ reportDrawn: setSvg, titleId, descriptionId }),
    [titleId, descriptionId],
  );

  const download = useCallback(
    async (format: 'svg' | 'png') => {
      if (!svg) return;
      setExportError(null);
      try {
        // The export code loads on the first download, not with the page.
        const { exportChart, exportFileName, resolveToken } = await import('./export-chart');
        await exportChart(
          svg,
          {
            title,
            subtitle,
            source,
            legend: legend.map((item) => ({
              label: item.label,
              swatch: item.swatch,
              color: resolveToken(toneToken(item.tone)),
            })),
          },
          format,
          exportFileName(id, lang, format),
        );
      } catch (error) {
        setExportError(
          t('download.failed', { format: format.toUpperCase(), reason: String(error) }),
        );
      }
    },
    [svg, title, subtitle, source, legend, id, lang, t],
  );

  return (
    <figure
      className={['chart-frame', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <div className="chart-head">
        <Heading id={titleId} className="chart-title">
          {title}
        </Heading>
        <p className="chart-subtitle">{subtitle}</p>
        <button
          type="button"
          className="button chart-table-toggle no-print"
          aria-expanded={shown}
          aria-controls={tableId}
          onClick={() => showTable(id, !shown)}
        >
          {shown ? t('table.hide') : t('table.show')}
        </button>
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      {legend.length > 0 && (
        <ul className="chart-legend" aria-label={t('legend.label')}>
          {legend.map((item) => (
            <li key={item.key}>
              <Swatch item={item} />
              <span>{item.label}</span>
            </li>
          ))}
        </ul>
      )}
      {children}
      <ChartFrameContext.Provider value={context}>
        <ChartDrawing {...drawing} />
      </ChartFrameContext.Provider>
      <div id={tableId} className="chart-table-wrap" hidden={!shown}>
        {/* Roles spelled out: a wide table is laid out as a card per row on a phone (charts.css),
            and a browser drops a table's semantics once its rows are not displayed as rows. */}
        <table className={wide ? 'chart-table is-wide' : 'chart-table'} role="table">
          <caption className="visually-hidden">{t('table.caption', { title })}</caption>
          <thead>
            <tr role="row">
              {table.columns.map((column) => (
                <th key={column} scope="col" role="columnheader">
                  {column}
                </th>
              ))}
              <th scope="col" role="columnheader">
                {t('table.source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} role="row" className={row.derived ? 'is-derived' : undefined}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" role="rowheader">
                      {cell}
                    </th>
                  ) : (
                    // jsx-a11y counts a td as interactive (a grid's cell); here it is a table's.
                    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
                    <td key={i} role="cell" data-label={table.columns[i]}>
                      {cell}
                    </td>
                  ),
                )}
                {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role */}
                <td role="cell">
                  {row.sourceId !== undefined && (
                    <AppLink
                      to={{ view: 'sources', params: { figure: row.sourceId } }}
                      aria-label={t('table.sourceOf', { name: row.sourceName ?? row.cells[0] })}
                    >
                      {t('table.source')}
                    </AppLink>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {tableTotal !== undefined && tableTotal > table.rows.length && (
          <p className="chart-table-more no-print">
            {t('table.limited', { shown: table.rows.length, count: tableTotal })}{' '}
            {onShowAllRows && (
              <button type="button" className="button" onClick={onShowAllRows}>
                {t('table.showAll', { count: tableTotal })}
              </button>
            )}
          </p>
        )}
      </div>
      <p className="chart-source">{source}</p>
      <div className="chart-downloads no-print">
        {(['svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={!svg}
            aria-describedby={titleId}
            onClick={() => void download(format)}
          >
            {t(`download.${format}`)}
          </button>
        ))}
        {exportError && (
          <p role="alert" className="chart-export-error">
            {exportError}
          </p>
        )}
      </div>
    </figure>
  );
}
