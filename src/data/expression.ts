/**
 * A tiny arithmetic language for derived figures: numbers, figure ids, + - * / and parentheses.
 * Hand-written so that formulas from data files are never run as code (no eval, no Function).
 *
 * Figure ids contain `-` (`cement.output-h1`), so subtraction needs spaces: `a - b`, not `a-b`.
 */

export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string }
  | { kind: 'negate'; operand: Expression }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression };

type BinaryOperator = '+' | '-' | '*' | '/';

export class ExpressionError extends Error {
  /** 0-based character offset into the formula, when the error is about one place in it. */
  readonly position: number | undefined;
  constructor(message: string, position?: number) {
    super(message);
    this.name = 'ExpressionError';
    this.position = position;
  }
}

/** A piece of a formula, at its 0-based character offset; `end` closes every list. */
export type FormulaToken =
  | { kind: 'number'; value: number; text: string; position: number }
  | { kind: 'variable'; text: string; position: number }
  | { kind: 'symbol'; text: '+' | '-' | '*' | '/' | '(' | ')'; position: number }
  | { kind: 'end'; text: ''; position: number };

const NUMBER = /\d+(?:\.\d+)?|\.\d+/y;
const IDENTIFIER = /[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*/iy;
const SYMBOLS = new Set(['+', '-', '*', '/', '(', ')']);

function matchAt(pattern: RegExp, source: string, position: number): string {
  pattern.lastIndex = position;
  return pattern.exec(source)?.[0] ?? '';
}

/**
 * Splits a formula into numbers, variables (figure ids) and symbols, skipping white space. The
 * parser reads these tokens, and so does every place that shows a formula, so an id is read the
 * same way everywhere. Throws ExpressionError at a character that starts no token.
 */
export function tokenizeFormula(source: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/u.test(ch)) {
      i += 1;
    } else if (SYMBOLS.has(ch)) {
      tokens.push({ kind: 'symbol', text: ch as '+', position: i });
      i += 1;
    } else {
      const number = matchAt(NUMBER, source, i);
      const identifier = matchAt(IDENTIFIER, source, i);
      // `360.attack-samples` is an id; `1.5` is a number.
      if (identifier.length > number.length && /[a-z]/iu.test(identifier)) {
        tokens.push({ kind: 'variable', text: identifier, position: i });
        i += identifier.length;
      } else if (number !== '') {
        tokens.push({ kind: 'number', value: Number(number), text: number, position: i });
        i += number.length;
      } else {
        throw new ExpressionError(`unexpected character "${ch}" at position ${i + 1}`, i);
      }
    }
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

/** Parses a formula such as `a / (1 + b / 100)`; throws ExpressionError saying where it fails. */
export function parseExpression(source: string): Expression {
  const tokens = tokenizeFormula(source);
  let index = 0;
  const peek = (): FormulaToken => tokens[index] as FormulaToken;
  const describe = (token: FormulaToken): string =>
    token.kind === 'end'
      ? 'the end of the formula'
      : `"${token.text}" at position ${token.position + 1}`;

  const primary = (): Expression => {
    const token = peek();
    index += 1;
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind === 'variable') return { kind: 'variable', name: token.text };
    if (token.kind === 'symbol' && token.text === '(') {
      const inner = sum();
      const close = peek();
      if (close.kind !== 'symbol' || close.text !== ')') {
        throw new ExpressionError(`expected ")" but found ${describe(close)}`, close.position);
      }
      index += 1;
      return inner;
    }
    throw new ExpressionError(
      `expected a number, an id or "(" but found ${describe(token)}`,
      token.position,
    );
  };
  const unary = (): Expression => {
    const token = peek();
    if (token.kind === 'symbol' && (token.text === '-' || token.text === '+')) {
      index += 1;
      const operand = unary();
      return token.text === '-' ? { kind: 'negate', operand } : operand;
    }
    return primary();
  };
  // One precedence level: operands from `next`, joined left to right by `operators`.
  const level = (operators: readonly BinaryOperator[], next: () => Expression) => () => {
    let left = next();
    for (let token = peek(); token.kind === 'symbol'; token = peek()) {
      const operator = operators.find((o) => o === token.text);
      if (!operator) break;
      index += 1;
      left = { kind: 'binary', operator, left, right: next() };
    }
    return left;
  };
  const product = level(['*', '/'], unary);
  const sum = level(['+', '-'], product);

  const expression = sum();
  const rest = peek();
  if (rest.kind !== 'end') {
    throw new ExpressionError(`unexpected ${describe(rest)}`, rest.position);
  }
  return expression;
}

/** The variable names a formula uses, each once, in order of first use. */
export function expressionVariables(expression: Expression): string[] {
  const names = new Set<string>();
  const visit = (node: Expression): void => {
    if (node.kind === 'variable') names.add(node.name);
    else if (node.kind === 'negate') visit(node.operand);
    else if (node.kind === 'binary') {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(expression);
  return [...names];
}

/** Evaluates a parsed formula; throws ExpressionError on an unknown variable or division by zero. */
export function evaluateExpression(
  expression: Expression,
  variables: Readonly<Record<string, number>>,
): number {
  switch (expression.kind) {
    case 'number':
      return expression.value;
    case 'variable': {
      const value = Object.hasOwn(variables, expression.name)
        ? variables[expression.name]
        : undefined;
      if (value === undefined) {
        const hint = expression.name.includes('-') ? ' (put spaces around "-" to subtract)' : '';
        throw new ExpressionError(`unknown variable "${expression.name}"${hint}`);
      }
      return value;
    }
    case 'negate':
      return -evaluateExpression(expression.operand, variables);
    case 'binary': {
      const left = evaluateExpression(expression.left, variables);
      const right = evaluateExpression(expression.right, variables);
      switch (expression.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          if (right === 0) throw new ExpressionError('division by zero');
          return left / right;
      }
    }
  }
}
