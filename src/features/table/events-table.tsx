import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardEvent } from '../../data/schema';
import { formatEventDate, formatSector } from '../../format';
import type { Lang } from '../../i18n/languages';
import { SourceCell } from './source-cell';
import { TableScroll } from './table-scroll';
import { PAGE_SIZE } from './table-state';

interface EventsTableProps {
  events: readonly DashboardEvent[];
  lang: Lang;
  caption: string;
}

/**
 * Milestones in date order. Few today; should there be hundreds, they show a page's worth at a
 * time with a button for more, so the page never renders them all at once.
 */
export function EventsTable({ events, lang, caption }: EventsTableProps) {
  const { t } = useTranslation('table');
  const [shown, setShown] = useState(PAGE_SIZE);
  if (events.length === 0) return <p>{t('events.empty')}</p>;
  const visible = events.slice(0, shown);
  const more = Math.min(PAGE_SIZE, events.length - visible.length);
  return (
    <>
      <p className="scroll-hint no-print" aria-hidden="true">
        {t('figures.scrollHint')}
      </p>
      <TableScroll label={t('events.scrollLabel')}>
        <table className="data-table events-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky-col">
                {t('events.column.name')}
              </th>
              <th scope="col">{t('events.column.date')}</th>
              <th scope="col">{t('events.column.sector')}</th>
              <th scope="col">{t('events.column.kind')}</th>
              <th scope="col" className="source-col">
                {t('events.column.source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((event) => (
              <tr key={event.id}>
                <th scope="row" className="sticky-col">
                  {event.name[lang]}
                </th>
                <td className="nowrap">{formatEventDate(event.date, event.datePrecision, t)}</td>
                <td>{formatSector(event.sector, t)}</td>
                <td>{t(`events.kind.${event.kind}`)}</td>
                <td className="source-col">
                  <SourceCell t={t} item={event} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {more > 0 && (
        <p className="events-more no-print">
          <span>{t('events.shown', { shown: visible.length, total: events.length })}</span>{' '}
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {t('events.showMore', { count: more })}
          </button>
        </p>
      )}
    </>
  );
}
