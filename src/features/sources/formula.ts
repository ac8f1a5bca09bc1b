/** A derived figure's formula with each input id replaced by a short symbol: `a / (1 + b / 100)`. */
export interface SymbolicFormula {
  text: string;
  symbols: { symbol: string; id: string }[];
}

const SYMBOLS = 'abcdefghijklmnopqrstuvwxyz';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * Replaces the formula's input ids by letters in input order, so a reader sees its shape before
 * its names. An id is replaced only where it stands whole (not inside a longer id).
 */
export function symbolizeFormula(formula: string, inputs: readonly string[]): SymbolicFormula {
  const unique = [...new Set(inputs)];
  const symbols = unique.map((id, i) => ({ symbol: SYMBOLS[i] ?? `x${i + 1}`, id }));
  // Longest ids first, so `a.b-c` is never cut short by an input named `a.b`.
  const byLength = [...symbols].sort((x, y) => y.id.length - x.id.length);
  const pattern = new RegExp(
    byLength.map((s) => `(?<![a-z0-9.-])${escapeRegExp(s.id)}(?![a-z0-9.-])`).join('|'),
    'g',
  );
  const bySymbol = new Map(symbols.map((s) => [s.id, s.symbol]));
  const text =
    symbols.length === 0 ? formula : formula.replace(pattern, (id) => bySymbol.get(id) ?? id);
  return { text, symbols };
}
