import type { z } from 'zod';
import { formatJsonPath } from '../load.ts';
import { isRecord, show, type Problem } from './problem.ts';

/**
 * Schema problems in words a curator reads: zod's issues turned into `expected X but got Y` at a
 * JSON path, plus the fields zod would drop silently (misspelt optional fields).
 */

function lookup(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') {
      if (segment >= current.length) return { present: false, value: undefined };
      current = current[segment];
    } else if (
      isRecord(current) &&
      typeof segment === 'string' &&
      Object.hasOwn(current, segment)
    ) {
      current = current[segment];
    } else {
      return { present: false, value: undefined };
    }
  }
  return { present: current !== undefined, value: current };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

type Issue = z.core.$ZodIssue;

/** What the issue's schema wanted, for "expected X or Y" in union messages. */
function expectation(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') return TYPE_NAMES[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => String(v)).join(' or ');
  return undefined;
}

function describeIssue(
  issue: Issue,
  json: unknown,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  const path = [...prefix, ...issue.path];
  const { present, value } = lookup(json, path);
  const got = present ? ` but got ${show(value)}` : '';
  const one = (message: string): Problem[] => [{ file: '', path: formatJsonPath(path), message }];
  const wanted = (what: string): Problem[] =>
    one(present ? `expected ${what}${got}` : `missing: expected ${what}`);

  switch (issue.code) {
    case 'invalid_type':
      return wanted(TYPE_NAMES[issue.expected] ?? issue.expected);
    case 'invalid_value':
      // The vocabulary's enums say where their ids are defined (data/vocabulary/…): keep that.
      if (issue.message.includes('data/vocabulary/')) return one(issue.message);
      return wanted(
        issue.values.length === 1
          ? JSON.stringify(issue.values[0])
          : `one of ${issue.values.map((v) => String(v)).join(', ')}`,
      );
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const atLeast = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(bound) === 1) {
        return one('must not be empty');
      }
      if (issue.origin === 'string') return one(`must have ${atLeast} ${bound} characters${got}`);
      if (issue.origin === 'array') {
        return one(`must have ${atLeast} ${bound} item${Number(bound) === 1 ? '' : 's'}`);
      }
      return one(`must be ${atLeast} ${bound}${got}`);
    }
    case 'invalid_format':
      return one(`${issue.message}${got}`);
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      if (issue.discriminator !== undefined && options) {
        return wanted(`one of ${options.map((o) => String(o)).join(', ')}`);
      }
      // A branch whose issues all lie deeper matched the shape: report those (`value.max: missing`).
      const deeper = issue.errors.find(
        (branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0),
      );
      if (deeper) return deeper.flatMap((inner) => describeIssue(inner, json, path));
      const branches = issue.errors
        .map((branch) => (branch.length === 1 && branch[0] ? expectation(branch[0]) : undefined))
        .filter((o): o is string => o !== undefined);
      if (branches.length === 0) return one(`${issue.message}${got}`);
      const labels = branches.map((o) =>
        o === 'an object' && path.at(-1) === 'value' ? 'a range { min, max }' : o,
      );
      return wanted(labels.join(' or '));
    }
    case 'custom':
      return one(issue.message.startsWith('expected') ? `${issue.message}${got}` : issue.message);
    default:
      return one(issue.message);
  }
}

/** Problems from validating `json` with a zod schema, with paths and messages for people. */
export function schemaProblems(file: string, schema: z.ZodType, json: unknown): Problem[] {
  const result = schema.safeParse(json);
  if (result.success) return [];
  return result.error.issues
    .flatMap((issue) => describeIssue(issue, json))
    .map((p) => ({ ...p, file }));
}

type SchemaNode = {
  def: {
    type: string;
    shape?: Record<string, SchemaNode>;
    innerType?: SchemaNode;
    element?: SchemaNode;
    options?: SchemaNode[];
    discriminator?: string;
    values?: unknown[];
    in?: SchemaNode;
  };
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * zod drops fields it does not know, so a misspelt optional field (`chnageOf`, `Draft`) would
 * vanish silently; this walks the schema beside the data and reports such fields.
 */
export function unknownFieldProblems(
  file: string,
  node: SchemaNode,
  value: unknown,
  path: PropertyKey[],
  allowed: readonly string[] = [],
): Problem[] {
  const def = node.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return def.innerType ? unknownFieldProblems(file, def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownFieldProblems(file, def.in, value, path) : [];
    case 'array':
      if (!Array.isArray(value) || !def.element) return [];
      return value.flatMap((item, i) =>
        unknownFieldProblems(file, def.element as SchemaNode, item, [...path, i]),
      );
    case 'union': {
      if (!isRecord(value)) return [];
      const options = (def.options ?? []).filter((o) => o.def.type === 'object');
      const discriminator = def.discriminator;
      const option = discriminator
        ? options.find((o) =>
            o.def.shape?.[discriminator]?.def.values?.includes(value[discriminator]),
          )
        : options[0];
      return option ? unknownFieldProblems(file, option, value, path) : [];
    }
    case 'object': {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      const known = Object.keys(shape);
      return Object.entries(value).flatMap(([key, inner]) => {
        const child = shape[key];
        if (child) return unknownFieldProblems(file, child, inner, [...path, key]);
        if (allowed.includes(key)) return [];
        const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
        const hint = near ? `; did you mean "${near}"?` : `; known fields: ${known.join(', ')}`;
        return [
          { file, path: formatJsonPath([...path, key]), message: `unknown field "${key}"${hint}` },
        ];
      });
    }
    default:
      return [];
  }
}

export function asNode(schema: z.ZodType): SchemaNode {
  return schema as unknown as SchemaNode;
}
