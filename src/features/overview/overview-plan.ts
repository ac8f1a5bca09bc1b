/**
 * Which chart shows which figures, decided from the data alone so a new article's figures appear
 * without code changes. Per sector:
 * - a level with a derived partner (a `derived` figure whose inputs include it, same unit) →
 *   current vs implied prior value, the partner marked computed;
 * - two or more amounts in yuan → bars on one axis;
 * - rates → bullet rows on 0–100%, a rate's `reference` drawn as its mark;
 * - adjustments (per unit) → floating range bars, a single value as a point;
 * - dated events → a timeline (one per sector, so each section tells its own story and
 *   `?sector=` shows it whole);
 * - everything else (counts with their own units, year-on-year changes, lone amounts) → cards.
 * The printed level of a current-vs-implied pair is also a card: it is the sector's headline.
 */
import type { DashboardEvent, Figure } from '../../data/schema';
import type { Sector, Unit } from '../../data/vocab';

/** Units whose levels are amounts to compare on one axis. */
export const AMOUNT_UNITS: readonly Unit[] = ['yuan'];
/** Fewest amounts worth a bar chart; a lone amount is a card. */
export const MIN_AMOUNTS = 2;

export type ChartPlan =
  | {
      kind: 'implied';
      id: string;
      sector: Sector;
      currentId: string;
      impliedId: string;
      inputIds: string[];
    }
  | { kind: 'amounts'; id: string; sector: Sector; unit: Unit; figureIds: string[] }
  | { kind: 'rates'; id: string; sector: Sector; figureIds: string[]; referenceIds: string[] }
  | { kind: 'adjustments'; id: string; sector: Sector; unit: Unit; figureIds: string[] }
  | { kind: 'timeline'; id: string; sector: Sector; eventIds: string[] };

export type ChartPlanKind = ChartPlan['kind'];

export interface SectorPlan {
  sector: Sector;
  /** Figures shown as cards, in curated order. */
  cardIds: string[];
  charts: ChartPlan[];
}

/** Figure ids a chart plots or states in its table (references, formula inputs). */
export function chartFigureIds(plan: ChartPlan): string[] {
  switch (plan.kind) {
    case 'implied':
      return [...new Set([plan.impliedId, plan.currentId, ...plan.inputIds])];
    case 'amounts':
    case 'adjustments':
      return plan.figureIds;
    case 'rates':
      return [...plan.figureIds, ...plan.referenceIds];
    case 'timeline':
      return [];
  }
}

function groupByUnit(figures: Figure[]): Map<Unit, Figure[]> {
  const groups = new Map<Unit, Figure[]>();
  for (const f of figures) groups.set(f.unit, [...(groups.get(f.unit) ?? []), f]);
  return groups;
}

/** Chart ids are kebab-case: DOM ids, table-toggle keys, download names. */
function idOf(figureId: string): string {
  return figureId.replace(/\./g, '-');
}

/** Plans one sector's section from its figures (curated order) and events (date order). */
export function planSector(
  sector: Sector,
  figures: readonly Figure[],
  events: readonly DashboardEvent[],
): SectorPlan {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const plotted = new Set<string>();
  const headline = new Set<string>();
  const implied: ChartPlan[] = [];

  for (const derived of figures) {
    if (!derived.derived || derived.measure !== 'level' || plotted.has(derived.id)) continue;
    const current = derived.derived.inputs
      .map((id) => byId.get(id))
      .find(
        (f) =>
          f && !f.derived && f.measure === 'level' && f.unit === derived.unit && !plotted.has(f.id),
      );
    if (!current) continue;
    plotted.add(derived.id);
    plotted.add(current.id);
    headline.add(current.id);
    implied.push({
      kind: 'implied',
      id: idOf(current.id),
      sector,
      currentId: current.id,
      impliedId: derived.id,
      inputIds: derived.derived.inputs.filter((id) => id !== current.id && byId.has(id)),
    });
  }

  const free = (f: Figure) => !plotted.has(f.id);
  const amounts: ChartPlan[] = [];
  for (const unit of AMOUNT_UNITS) {
    const group = figures.filter((f) => free(f) && f.measure === 'level' && f.unit === unit);
    if (group.length < MIN_AMOUNTS) continue;
    group.forEach((f) => plotted.add(f.id));
    const suffix = AMOUNT_UNITS.length > 1 ? `-${unit}` : '';
    amounts.push({
      kind: 'amounts',
      id: `${sector}-amounts${suffix}`,
      sector,
      unit,
      figureIds: group.map((f) => f.id),
    });
  }

  const rates: ChartPlan[] = [];
  const rateFigures = figures.filter((f) => free(f) && f.measure === 'rate');
  const referenced = new Set(
    rateFigures
      .map((f) => f.reference)
      .filter((id): id is string => id !== undefined && byId.has(id)),
  );
  const rows = rateFigures.filter((f) => !referenced.has(f.id));
  if (rows.length > 0) {
    const referenceIds = [
      ...new Set(rows.map((f) => f.reference).filter((id) => id && byId.has(id))),
    ];
    [...rows.map((f) => f.id), ...(referenceIds as string[])].forEach((id) => plotted.add(id));
    rates.push({
      kind: 'rates',
      id: `${sector}-rates`,
      sector,
      figureIds: rows.map((f) => f.id),
      referenceIds: referenceIds as string[],
    });
  }

  const adjustments: ChartPlan[] = [];
  const adjustmentGroups = groupByUnit(
    figures.filter((f) => free(f) && f.measure === 'adjustment'),
  );
  for (const [unit, group] of adjustmentGroups) {
    group.forEach((f) => plotted.add(f.id));
    const suffix = adjustmentGroups.size > 1 ? `-${unit}` : '';
    adjustments.push({
      kind: 'adjustments',
      id: `${sector}-adjustments${suffix}`,
      sector,
      unit,
      figureIds: group.map((f) => f.id),
    });
  }

  const timeline: ChartPlan[] =
    events.length > 0
      ? [{ kind: 'timeline', id: `${sector}-timeline`, sector, eventIds: events.map((e) => e.id) }]
      : [];

  return {
    sector,
    cardIds: figures.filter((f) => !plotted.has(f.id) || headline.has(f.id)).map((f) => f.id),
    charts: [...implied, ...amounts, ...rates, ...adjustments, ...timeline],
  };
}
