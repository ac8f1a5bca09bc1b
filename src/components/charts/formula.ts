import { ExpressionError, tokenizeFormula } from '../../data/expression';

/** A run of a formula as shown to readers: text as written, a figure id, or `*` or `/`. */
export type FormulaPart =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; id: string }
  | { kind: 'operator'; operator: '*' | '/' };

/** How × and ÷ stand for the formula's `*` and `/`. */
export const OPERATOR_SIGN = { '*': '×', '/': '÷' } as const;

/**
 * A formula (`cement.output-h1 / (1 + cement.output-yoy / 100)`) as its figure ids and its `*`
 * and `/`, with everything between them (spaces, numbers, other operators) as text as written.
 * A formula that does not tokenize is one run of text.
 */
export function formulaParts(formula: string): FormulaPart[] {
  let tokens;
  try {
    tokens = tokenizeFormula(formula);
  } catch (error) {
    if (error instanceof ExpressionError) return [{ kind: 'text', text: formula }];
    throw error;
  }
  const parts: FormulaPart[] = [];
  // Where the text since the last id or operator starts: everything between is kept as written.
  let from = 0;
  for (const token of tokens) {
    const part: FormulaPart | undefined =
      token.kind === 'variable'
        ? { kind: 'figure', id: token.text }
        : token.kind === 'symbol' && (token.text === '*' || token.text === '/')
          ? { kind: 'operator', operator: token.text }
          : undefined;
    if (!part) continue;
    if (token.position > from)
      parts.push({ kind: 'text', text: formula.slice(from, token.position) });
    parts.push(part);
    from = token.position + token.text.length;
  }
  if (from < formula.length) parts.push({ kind: 'text', text: formula.slice(from) });
  return parts;
}

/**
 * A formula in words: each figure id replaced by what `nameOf` returns for it (e.g. its quoted
 * localized name), `*` and `/` shown as × and ÷. Ids `nameOf` does not know stay as written.
 */
export function describeFormula(
  formula: string,
  nameOf: (id: string) => string | undefined,
): string {
  return formulaParts(formula)
    .map((part) => {
      if (part.kind === 'operator') return OPERATOR_SIGN[part.operator];
      if (part.kind === 'figure') return nameOf(part.id) ?? part.id;
      return part.text;
    })
    .join('');
}
