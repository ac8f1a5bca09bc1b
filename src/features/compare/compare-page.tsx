import { useEffect, useId, useMemo, useRef } from 'react';
import { LiveRegion, useAnnouncer } from '../../components/ui/live-region';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { DownloadMenu } from '../../components/ui/download-menu';
import type { Figure } from '../../data/schema';
import { useAppStore } from '../../store/app-store';
import {
  MAX_COMPARE,
  addItem,
  buildPanels,
  figuresInView,
  itemKey,
  removeItem,
  suggestions,
  type CompareItem,
} from './compare-state';
import { CompareChips } from './compare-chips';
import { ComparePanels } from './compare-panels';
import { ComparePicker } from './compare-picker';
import { UnitComparison } from './unit-comparison';
import { useCompareSelection, useItemName } from './use-compare';
import { YoyComparison } from './yoy-comparison';
import './compare.css';

function UnknownIdsNotice({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation('compare');
  if (ids.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('unknown.intro', { count: ids.length })}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

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

/** A short name for download files: the chosen sectors and figures, or `compare`. */
function downloadScope(items: readonly CompareItem[]): string {
  const parts = items.map((i) => (i.kind === 'sector' ? i.sector : i.id.replace(/\./g, '-')));
  const scope = parts.join('-').slice(0, 60).replace(/-+$/, '');
  return scope ? `compare-${scope}` : 'compare';
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
  const figureIds = useAppStore((s) => s.figureIds);
  const allFigures = useMemo(
    () => figureIds.flatMap((id): Figure[] => (figures[id] ? [figures[id]] : [])),
    [figureIds, figures],
  );
  const inView = useMemo(
    () => figuresInView(panels).flatMap((id): Figure[] => (figures[id] ? [figures[id]] : [])),
    [panels, figures],
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

      <UnknownIdsNotice ids={unknownIds} />
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

      <UnitComparison items={items} />

      <YoyComparison />

      {/* Nothing chosen, or every figure in view: the menu offers one set, all figures. */}
      <DownloadMenu
        inView={inView.length > 0 ? inView : allFigures}
        scope={
          inView.length === 0 || inView.length === allFigures.length ? 'all' : downloadScope(items)
        }
      />
    </div>
  );
}
