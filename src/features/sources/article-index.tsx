import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardEvent, Figure } from '../../data/schema';
import { AppLink } from '../../components/ui/app-link';
import { formatEventDate, formatValue } from '../../format';
import type { Lang } from '../../i18n/languages';
import type { MappedItem } from './article-map';

interface Props {
  items: readonly MappedItem[];
  selectedId: string | undefined;
  lang: Lang;
  figures: ReadonlyMap<string, Figure>;
  eventsById: ReadonlyMap<string, DashboardEvent>;
}

/** Wide enough for the side column: there the list opens by itself; on a phone it stays folded. */
const WIDE = '(min-width: 60em)';

/** Every figure and milestone of the article, in the order they appear, each linking to its source. */
export function ArticleIndex({ items, selectedId, lang, figures, eventsById }: Props) {
  const { t } = useTranslation('sources');
  const details = useRef<HTMLDetailsElement>(null);

  // Rendered folded on server and client alike; opened after hydration where there is room.
  useEffect(() => {
    if (details.current && window.matchMedia?.(WIDE).matches) details.current.open = true;
  }, []);

  if (items.length === 0) return null;
  return (
    <details className="article-index no-print" ref={details}>
      <summary>{t('index.title', { count: items.length })}</summary>
      <ol>
        {items.map((item) => {
          const figure = item.kind === 'figure' ? figures.get(item.id) : undefined;
          const event = item.kind === 'event' ? eventsById.get(item.id) : undefined;
          const name = figure?.name[lang] ?? event?.name[lang] ?? item.id;
          const detail = figure
            ? formatValue(figure, lang, t)
            : event
              ? formatEventDate(event.date, event.datePrecision, t)
              : '';
          const tag = item.derived
            ? t('index.derived')
            : item.kind === 'event'
              ? t('index.event')
              : item.ranges.length === 0
                ? t('index.notFound')
                : null;
          return (
            <li key={item.id}>
              <AppLink
                to={{ view: 'sources', params: { figure: item.id, article: undefined } }}
                aria-current={item.id === selectedId ? 'true' : undefined}
              >
                <span className="article-index-name">{name}</span>
                <span className="article-index-detail">
                  {detail}
                  {tag ? <span className="article-index-tag">{tag}</span> : null}
                </span>
              </AppLink>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
