import { useEffect, useId, useMemo, useRef } from 'react';
import { LiveRegion, useAnnouncer } from '../../components/ui/live-region';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { Deferred, deferredModule } from '../../components/ui/deferred';
import { useAppStore } from '../../store/app-store';
import {
  MAX_COMPARE,
  addItem,
  buildPanels,
  itemKey,
  removeItem,
  suggestions,
  type CompareItem,
} from './compare-state';
import { CompareChips } from './compare-chips';
import { ComparePanels } from './compare-panels';
import { ComparePicker } from './compare-picker';
import { useCompareSelection, useItemName } from './use-compare';
import './compare.css';

const charts = deferredModule(() => import('./compare-charts-part'));
const DOWNLOADS_ID = 'compare-downloads';

function Suggestions() {
  const { t } = useTranslation('compare');
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const figureIdsBySector = useAppStore((s) => s.figureIdsBySector);
  const list = useMemo(
    () => suggestions(figures, figureIdsBySector, figureIds),
    [figures, figureIdsBySector, figureIds],
  );
  const headingId = useId();
  if (list.length === 0) return null;
  return (
    <nav className="compare-suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('selection.suggestionsHeading')}</h3>
      <ul>
        {list.map((s) => (
          <li key={s.key}>
            <AppLink to={{ view: 'compare', params: s.params }}>
              {t(`selection.suggestion.${s.key}`, { count: s.params.ids.length })}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ComparePage() {
  const { t } = useTranslation('compare');
  const figures = useAppStore((s) => s.figures);
  const figureIdsBySector = useAppStore((s) => s.figureIdsBySector);
  const { items, unknownIds, setItems } = useCompareSelection();
  const nameOf = useItemName();
  // Announced from a region of its own: a click re-renders that region, not the whole page.
  const { announcer, announce } = useAnnouncer();
  const chipButtons = useRef(new Map<string, HTMLButtonElement>());
  const selectionHeading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once a chip's removal has rendered: another chip, or the heading. */
  const pendingFocus = useRef<string | null>(null);

  const panels = useMemo(
    () => buildPanels(items, figures, figureIdsBySector),
    [items, figures, figureIdsBySector],
  );

  const itemsKey = items.map(itemKey).join(',');
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const button = chipButtons.current.get(target);
    if (button) button.focus();
    else selectionHeading.current?.focus();
  }, [itemsKey]);

  const add = (item: CompareItem) => {
    const next = addItem(items, item);
    if (next === null) {
      announce(t('announce.full', { max: MAX_COMPARE }));
      return;
    }
    const added = t('announce.added', { name: nameOf(item) });
    announce(
      next.length >= MAX_COMPARE ? `${added} ${t('announce.full', { max: MAX_COMPARE })}` : added,
    );
    void setItems(next);
  };

  const remove = (item: CompareItem, moveFocus: boolean) => {
    const index = items.findIndex((i) => itemKey(i) === itemKey(item));
    const next = removeItem(items, item);
    if (moveFocus) {
      const neighbour = next[Math.min(index, next.length - 1)];
      pendingFocus.current = neighbour ? itemKey(neighbour) : '';
    }
    announce(t('announce.removed', { name: nameOf(item) }));
    void setItems(next);
  };

  return (
    <div className="compare">
      <header className="compare__header">
        <h1 id="page-title">{t('title')}</h1>
        <p className="compare__intro">{t('intro', { max: MAX_COMPARE })}</p>
      </header>

      {/* Only an address with unknown ids shows this; such a page is never prerendered. */}
      {unknownIds.length > 0 && (
        <Deferred
          module={charts}
          probeId="compare-unknown"
          render={(m) => <m.UnknownIdsNotice ids={unknownIds} />}
        />
      )}
      <LiveRegion announcerRef={announcer} />

      <ComparePicker
        items={items}
        onToggle={(item, checked) => (checked ? add(item) : remove(item, false))}
      />

      <section className="compare__selection" aria-labelledby="compare-selection-heading">
        <div className="compare__selection-head">
          <h2 id="compare-selection-heading" ref={selectionHeading} tabIndex={-1}>
            {t('selection.heading')}
          </h2>
          <p className="compare__count">
            {t('selection.count', { count: items.length, max: MAX_COMPARE })}
          </p>
        </div>
        <CompareChips
          items={items}
          onRemove={(item) => remove(item, true)}
          buttonRefs={chipButtons}
        />
        {items.length < 2 && (
          <div className="compare__prompt">
            <p>{items.length === 0 ? t('selection.prompt') : t('selection.promptOne')}</p>
            <Suggestions />
          </div>
        )}
        <ComparePanels panels={panels} />
      </section>

      {/* Charts of units need two figures or more (see UnitComparison). */}
      {items.filter((i) => i.kind === 'figure').length >= 2 && (
        <Deferred
          module={charts}
          probeId="compare-units-heading"
          render={(m) => <m.UnitComparison items={items} />}
        />
      )}

      <Deferred module={charts} probeId="compare-yoy-title" render={(m) => <m.YoyComparison />} />

      <Deferred
        module={charts}
        probeId={DOWNLOADS_ID}
        failed={
          <p className="notice" role="status">
            {t('downloadsFailed')}
          </p>
        }
        render={(m) => (
          <m.CompareDownloads items={items} panels={panels} headingId={DOWNLOADS_ID} />
        )}
      />
    </div>
  );
}
