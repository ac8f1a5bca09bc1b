import { basisKey, periodKey, sameFigureValue } from '../indicators.ts';
import { formatJsonPath } from '../load.ts';
import type { Figure } from '../schema.ts';
import type { Vocabulary } from '../vocabulary.ts';
import type { Located } from './figure-problems.ts';
import type { Problem } from './problem.ts';

/**
 * The checks that need every data file at once: each figure agrees with its indicator (sector,
 * unit, measure, fixed region and basis), and no two articles give one indicator, period, region
 * and basis different values unless the curator has explained why (`conflictsWith` + `note`).
 */

/** Changes may be relative (percent, percentage points) or in the indicator's own unit. */
const RELATIVE_UNITS: ReadonlySet<string> = new Set(['percent', 'percentage-point']);

function periodText(figure: Figure): string {
  return periodKey(figure.period).replace(':', ' ');
}

function printed(figure: Figure): string {
  return figure.derived
    ? `${figure.value as number} (computed: ${figure.derived.formula})`
    : `${JSON.stringify(figure.asPrinted)} in «${figure.source?.quote ?? ''}»`;
}

function agreeingExample(
  figures: readonly Located<Figure>[],
  test: (f: Figure) => boolean,
): string {
  const example = figures.find((f) => test(f.item));
  return example ? ` (as ${example.item.id} in ${example.file})` : '';
}

export function indicatorProblems(
  figures: readonly Located<Figure>[],
  vocabulary: Vocabulary,
): Problem[] {
  const problems: Problem[] = [];
  const indicators = new Map(vocabulary.indicators.map((i) => [i.id, i]));
  const changeMeasures = new Set(
    vocabulary.measures.filter((m) => m.kind === 'change').map((m) => m.id),
  );
  const byIndicator = new Map<string, Located<Figure>[]>();
  for (const located of figures) {
    const group = byIndicator.get(located.item.indicator);
    if (group) group.push(located);
    else byIndicator.set(located.item.indicator, [located]);
  }

  for (const located of figures) {
    const { file, item } = located;
    const indicator = indicators.get(item.indicator);
    if (!indicator) continue; // the schema reports an unknown id
    const at = (field: string) => formatJsonPath([...located.path, field]);
    const group = byIndicator.get(item.indicator) ?? [];
    const name = `indicator "${indicator.id}"`;
    if (item.sector !== indicator.sector) {
      problems.push({
        file,
        path: at('sector'),
        message: `sector "${item.sector}" disagrees with ${name}, which is in "${indicator.sector}"`,
      });
    }
    const allowed = [indicator.measure, ...(indicator.changes ?? [])];
    if (!allowed.includes(item.measure)) {
      const hint = changeMeasures.has(item.measure)
        ? `; if its ${item.measure} describes this indicator, add "${item.measure}" to the indicator's changes in data/vocabulary/indicators.json`
        : '; give the figure an indicator of its own';
      problems.push({
        file,
        path: at('measure'),
        message: `measure "${item.measure}" disagrees with ${name}, whose figures are ${allowed.map((m) => `"${m}"`).join(' or ')}${agreeingExample(group, (f) => f.measure === indicator.measure)}${hint}`,
      });
    } else if (item.measure === indicator.measure && item.unit !== indicator.unit) {
      problems.push({
        file,
        path: at('unit'),
        message: `unit "${item.unit}" disagrees with ${name}, whose figures are in "${indicator.unit}"${agreeingExample(group, (f) => f.measure === indicator.measure && f.unit === indicator.unit)}`,
      });
    } else if (
      item.measure !== indicator.measure &&
      item.unit !== indicator.unit &&
      !RELATIVE_UNITS.has(item.unit)
    ) {
      problems.push({
        file,
        path: at('unit'),
        message: `unit "${item.unit}" disagrees with ${name}: a change of it is in percent, percentage points or its own unit "${indicator.unit}"`,
      });
    }
    if (indicator.region !== undefined && item.region !== indicator.region) {
      problems.push({
        file,
        path: at('region'),
        message: `region "${item.region}" disagrees with ${name}, which is fixed to "${indicator.region}"`,
      });
    }
    const missing = (indicator.basis ?? []).filter((b) => !(item.basis ?? []).includes(b));
    if (missing.length > 0) {
      problems.push({
        file,
        path: at('basis'),
        message: `basis lacks ${missing.map((b) => `"${b}"`).join(', ')}, which every figure of ${name} is on`,
      });
    }
  }

  problems.push(...conflictProblems(figures));
  return problems;
}

/** Same indicator, measure, unit, period, region and basis: the figures must agree. */
function conflictKey(f: Figure): string {
  return [f.indicator, f.measure, f.unit, periodKey(f.period), f.region, basisKey(f.basis)].join(
    '|',
  );
}

function conflictProblems(figures: readonly Located<Figure>[]): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, Located<Figure>[]>();
  for (const located of figures) {
    const key = conflictKey(located.item);
    const group = groups.get(key);
    if (group) group.push(located);
    else groups.set(key, [located]);
  }
  const explained = (a: Figure, b: Figure) =>
    (a.conflictsWith ?? []).includes(b.id) || (b.conflictsWith ?? []).includes(a.id);
  const byId = new Map(figures.map((f) => [f.item.id, f]));

  for (const group of groups.values()) {
    for (let j = 1; j < group.length; j += 1) {
      const later = group[j]!;
      for (let i = 0; i < j; i += 1) {
        const earlier = group[i]!;
        if (sameFigureValue(earlier.item.value, later.item.value)) continue;
        if (explained(earlier.item, later.item)) continue;
        const f = later.item;
        problems.push({
          file: later.file,
          path: formatJsonPath([...later.path, 'value']),
          message: `conflicts with ${earlier.item.id} in ${earlier.file}: both give indicator "${f.indicator}" (${f.measure}, ${f.unit}) for ${periodText(f)}, region "${f.region}", basis "${basisKey(f.basis) || 'none'}", but this figure is ${printed(f)} and that one is ${printed(earlier.item)}; correct the one that is wrong, or explain the difference: add "conflictsWith": ["${earlier.item.id}"] and a note saying why they differ`,
        });
      }
    }
  }

  // conflictsWith must name figures that do conflict.
  for (const located of figures) {
    (located.item.conflictsWith ?? []).forEach((id, k) => {
      const other = byId.get(id);
      const path = formatJsonPath([...located.path, 'conflictsWith', k]);
      if (!other) {
        problems.push({ file: located.file, path, message: `no figure "${id}" in the data` });
      } else if (
        conflictKey(other.item) !== conflictKey(located.item) ||
        sameFigureValue(other.item.value, located.item.value)
      ) {
        problems.push({
          file: located.file,
          path,
          message: `${id} does not conflict with this figure: it gives ${conflictKey(other.item) === conflictKey(located.item) ? 'the same value' : 'another indicator, period, region or basis'}; remove it from conflictsWith`,
        });
      }
    });
  }
  return problems;
}
