import type { Problem } from './problem.ts';

/**
 * Reading a data file's text: JSON or a problem that says where it breaks, so a curator sees the
 * line and column of a stray comma rather than the engine's bare message.
 */

class JsonSyntaxOffset {
  constructor(readonly offset: number) {}
}

/** Offset of the first JSON syntax error, for engines whose message gives no position. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxOffset(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const string = (): void => {
    i += 1;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i += 1;
        return;
      }
      if (c === '\\') {
        i += 1;
        if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i += 1;
        else if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(i + 1, i + 5))) i += 5;
        else fail();
      } else if (c < ' ') {
        fail();
      } else {
        i += 1;
      }
    }
    fail();
  };
  const members = (close: string, member: () => void): void => {
    i += 1;
    space();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] === ',') i += 1;
      else if (text[i] === close) {
        i += 1;
        return;
      } else fail();
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      members('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i += 1;
        value();
      });
    } else if (c === '[') {
      members(']', value);
    } else if (c === '"') {
      string();
    } else {
      const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
      number.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      const match = number.exec(text)?.[0] ?? literal;
      if (match === undefined) fail();
      else i += match.length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (error) {
    if (error instanceof JsonSyntaxOffset) return error.offset;
    throw error;
  }
  return text.length;
}

/** Parses JSON or explains where it breaks: `invalid JSON at line 5, column 3: Expected ',' …`. */
export function parseJsonFile(
  file: string,
  text: string,
): { json: unknown; problem?: undefined } | { json?: undefined; problem: Problem } {
  const source = text.replace(/^\uFEFF/u, '');
  try {
    return { json: JSON.parse(source) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reported = /at position (\d+)/u.exec(message);
    const offset = reported ? Number(reported[1]) : jsonErrorOffset(source);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/su, '')
      .replace(/, ".*" is not valid JSON$/su, '');
    return {
      problem: {
        file,
        path: '$',
        message: `invalid JSON at line ${line}, column ${column}: ${reason}`,
      },
    };
  }
}
