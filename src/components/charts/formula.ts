/** Ids inside a derived figure's formula (`cement.output-h1 / (1 + cement.output-yoy / 100)`). */
const TOKEN = /[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+|[*/]/gi;

/**
 * A formula in words: each figure id replaced by what `nameOf` returns for it (e.g. its quoted
 * localized name), `*` and `/` shown as × and ÷. Ids `nameOf` does not know stay as written.
 */
export function describeFormula(
  formula: string,
  nameOf: (id: string) => string | undefined,
): string {
  return formula.replace(TOKEN, (token) => {
    if (token === '*') return '×';
    if (token === '/') return '÷';
    return nameOf(token) ?? token;
  });
}
