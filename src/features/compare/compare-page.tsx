import { useEffect, useId, useMemo, useRef } from 'react';
import { LiveRegion, useAnnouncer } from '../../components/ui/live-region';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { deferredChart } from '../../components/charts/deferred-chart';
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
import { ComparePicker } from './compare-picker';
import { useCompareSelection, useItemName } from './use-compare';
import type { PageModule } from '../../store/url-state';
import './compare.css';

// Below the picker and the chosen items: loaded as they near the viewport, not with the page.
const charts = () => import('./compare-charts-part');
// The chosen items' panels (figure cards): a page that shows any is rendered afresh or after a
// navigation, both of which load this code first; the prerendered page has none.
const ComparePanels = deferredChart(() => charts().then((m) => m.ComparePanels));
const UnitComparison = deferredChart(() => charts().then((m) => m.UnitComparison));
const IndicatorComparison = deferredChart(() => charts().then((m) => m.IndicatorComparison));
const YoyComparison = deferredChart(() => charts().then((m) => m.YoyComparison));
const CompareDownloads = deferredChart(() => charts().then((m) => m.CompareDownloads));
// Only pages rendered afresh (never prerendered) show it, with its code loaded first.
const UnknownIdsNotice = deferredChart(() => charts().then((m) => m.UnknownIdsNotice));

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
      {unknownIds.length > 0 && <UnknownIdsNotice id="compare-unknown" ids={unknownIds} />}
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
        <ComparePanels id="compare-panels" panels={panels} />
      </section>

      {/* Charts of units need two figures or more (see UnitComparison). */}
      {items.filter((i) => i.kind === 'figure').length >= 2 && (
        <UnitComparison id="compare-units" items={items} />
      )}

      {panels.filter((p) => p.kind === 'indicator').length >= 2 && (
        <IndicatorComparison
          id="compare-indicators"
          panels={panels.filter((p) => p.kind === 'indicator')}
        />
      )}

      <YoyComparison id="compare-yoy" panels={panels} />

      <CompareDownloads
        id="compare-downloads"
        items={items}
        panels={panels}
        failed={
          <p className="notice" role="status">
            {t('downloadsFailed')}
          </p>
        }
      />
    </div>
  );
}

export const page: PageModule = { component: ComparePage };
