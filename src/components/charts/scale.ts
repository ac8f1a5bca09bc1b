import { formatAxisTick } from '../../format/axis';
import type { Lang } from '../../i18n/languages';
import type { ValueAxis } from './chart-types';

/**
 * Evenly spaced round ticks covering [min, max], about `target` of them: (0, 3500) → 0, 1000, …,
 * 4000. Computed in the shaping step so the server-rendered summary, the drawing and tests agree.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new Error(`Cannot make axis ticks for [${min}, ${max}]: both ends must be finite`);
  }
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  const span = high - low || Math.abs(high) || 1;
  const rough = span / Math.max(1, target - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const ratio = rough / power;
  const step = (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 2.5 ? 2.5 : ratio <= 5 ? 5 : 10) * power;
  const first = Math.floor(low / step);
  const last = Math.max(Math.ceil(high / step), first + 1);
  const ticks: number[] = [];
  // toPrecision hides float noise (0.30000000000000004) without rounding any real tick.
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** A value axis spanning `values` (in axis units) and zero, its ticks printed in the language. */
export function valueAxis(
  title: string,
  values: readonly number[],
  lang: Lang,
  target = 5,
): ValueAxis {
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), target);
  return { title, ticks: ticks.map((value) => ({ value, label: formatAxisTick(value, lang) })) };
}
