import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../data/vocab';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import { MAX_COMPARE, hasItem, isFull, type CompareItem } from './compare-state';

interface ComparePickerProps {
  items: readonly CompareItem[];
  onToggle: (item: CompareItem, checked: boolean) => void;
}

/** Case- and width-insensitive text for matching a typed query. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Sectors as a fieldset of checkboxes, indicators and figures as lists of checkboxes grouped by
 * sector, both narrowed by one filter. Native controls: every choice is reachable by Tab and Space, and read with its group.
 */
export function ComparePicker({ items, onToggle }: ComparePickerProps) {
  const { t } = useTranslation('compare');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const figureIdsBySector = useAppStore((s) => s.figureIdsBySector);
  const indicators = useAppStore((s) => s.indicators);
  const [query, setQuery] = useState('');
  const id = useId();
  const headingId = `${id}-heading`;
  const limitId = `${id}-limit`;
  const filterId = `${id}-filter`;
  const full = isFull(items);

  const groups = useMemo(() => {
    const q = fold(query.trim());
    return SECTORS.map((sector) => ({
      sector,
      ids: (figureIdsBySector[sector] ?? []).filter((fid) => {
        if (!q) return true;
        const f = figures.get(fid);
        return f !== undefined && (fold(f.name[lang]).includes(q) || fid.includes(q));
      }),
    })).filter((g) => g.ids.length > 0);
  }, [query, lang, figures, figureIdsBySector]);
  const indicatorGroups = useMemo(() => {
    const q = fold(query.trim());
    const all = [...indicators.values()];
    return SECTORS.map((sector) => ({
      sector,
      list: all.filter(
        (i) =>
          i.sector === sector &&
          (!q || fold(i.name[lang]).includes(q) || fold(i.name.en).includes(q) || i.id.includes(q)),
      ),
    })).filter((g) => g.list.length > 0);
  }, [query, lang, indicators]);
  const shown = groups.reduce((n, g) => n + g.ids.length, 0);

  const checkbox = (item: CompareItem, label: string, key: string) => {
    const selected = hasItem(items, item);
    const disabled = full && !selected;
    return (
      <PickerOption
        key={key}
        item={item}
        label={label}
        selected={selected}
        disabled={disabled}
        describedBy={disabled ? limitId : undefined}
        onToggle={onToggle}
      />
    );
  };

  const sectorLabel = (sector: Sector) =>
    t('picker.sectorOption', {
      name: formatSector(sector, t),
      count: figureIdsBySector[sector]?.length ?? 0,
    });

  return (
    <section className="compare-picker no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('picker.heading')}</h2>
      <p id={limitId} className="compare-picker__limit" hidden={!full}>
        {t('picker.limit', { max: MAX_COMPARE })}
      </p>
      <fieldset className="compare-picker__sectors">
        <legend>{t('picker.sectors')}</legend>
        <ul>
          {SECTORS.filter((s) => (figureIdsBySector[s]?.length ?? 0) > 0).map((sector) =>
            checkbox({ kind: 'sector', sector }, sectorLabel(sector), sector),
          )}
        </ul>
      </fieldset>
      <label htmlFor={filterId} className="compare-picker__filter-label">
        {t('picker.filter')}
      </label>
      <input
        id={filterId}
        className="control compare-picker__filter"
        type="search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <p className="compare-picker__matches" aria-live="polite">
        {query.trim() === ''
          ? ''
          : shown === 0
            ? t('picker.noMatches', { query: query.trim() })
            : t('picker.matches', { count: shown, total: figureIds.length })}
      </p>
      {indicatorGroups.length > 0 && (
        <fieldset className="compare-picker__indicators">
          <legend>{t('picker.indicators')}</legend>
          <div className="compare-picker__list">
            {indicatorGroups.map((g) => (
              <fieldset key={g.sector} className="compare-picker__group">
                <legend>{formatSector(g.sector, t)}</legend>
                <ul>
                  {g.list.map((i) =>
                    checkbox({ kind: 'indicator', id: i.id }, i.name[lang], `indicator-${i.id}`),
                  )}
                </ul>
              </fieldset>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="compare-picker__figures">
        <legend>{t('picker.figures')}</legend>
        <div className="compare-picker__list">
          {groups.map((g) => (
            <fieldset key={g.sector} className="compare-picker__group">
              <legend>{formatSector(g.sector, t)}</legend>
              <ul>
                {g.ids.map((fid) =>
                  checkbox({ kind: 'figure', id: fid }, figures.get(fid)?.name[lang] ?? fid, fid),
                )}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

interface PickerOptionProps {
  item: CompareItem;
  label: string;
  /** Whether the item is in the selection the page shows. */
  selected: boolean;
  /** The selection is full and this item is not in it: a click is refused. */
  disabled: boolean;
  describedBy?: string;
  onToggle: (item: CompareItem, checked: boolean) => void;
}

/**
 * One choice. The box is left to the browser, which ticks it at once, while the view for the new
 * selection renders after the click's frame; it is set from the selection whenever that changes
 * (a pick, Back, a removed chip). A controlled box would be reset until then, or re-render the
 * whole picker on the click.
 */
function PickerOption({
  item,
  label,
  selected,
  disabled,
  describedBy,
  onToggle,
}: PickerOptionProps) {
  const input = useRef<HTMLInputElement>(null);
  // Set in the same commit as the rest of the view, so the box never disagrees with it on screen.
  useLayoutEffect(() => {
    if (input.current) input.current.checked = selected;
  }, [selected]);
  return (
    <li className="compare-picker__option">
      <label className={disabled ? 'is-disabled' : undefined}>
        <input
          ref={input}
          type="checkbox"
          defaultChecked={selected}
          // Still focusable when the selection is full, so keyboard and screen-reader users find
          // each choice with the reason it is unavailable; a click is refused with that reason.
          aria-disabled={disabled || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            if (disabled) e.currentTarget.checked = !next;
            onToggle(item, next);
          }}
        />
        <span>{label}</span>
      </label>
    </li>
  );
}
