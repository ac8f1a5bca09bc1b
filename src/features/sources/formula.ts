import { formulaParts } from '../../components/charts/formula';

/** A derived figure's formula with each input id replaced by a short symbol: `a / (1 + b / 100)`. */
export interface SymbolicFormula {
  text: string;
  symbols: { symbol: string; id: string }[];
}

const SYMBOLS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Replaces the formula's input ids by letters in input order, so a reader sees its shape before
 * its names. An id is replaced only where it stands whole (not inside a longer id).
 */
export function symbolizeFormula(formula: string, inputs: readonly string[]): SymbolicFormula {
  const unique = [...new Set(inputs)];
  const symbols = unique.map((id, i) => ({ symbol: SYMBOLS[i] ?? `x${i + 1}`, id }));
  const bySymbol = new Map(symbols.map((s) => [s.id, s.symbol]));
  const text = formulaParts(formula)
    .map((part) => {
      if (part.kind === 'figure') return bySymbol.get(part.id) ?? part.id;
      return part.kind === 'operator' ? part.operator : part.text;
    })
    .join('');
  return { text, symbols };
}
