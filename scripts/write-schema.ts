/**
 * Writes the JSON Schemas that data/*.json, seeds/*.json and data/vocabulary/*.json point at with
 * `$schema`, generated from the zod schemas in src/data/ (the single source of truth) and the
 * vocabulary's ids (the allowed sectors, units, measures, bases and regions). `npm run build` and
 * `npm run check:data` regenerate them, so they cannot go stale when the vocabulary grows.
 *
 * Usage: `npm run schema`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { dataSchemas, dateSchema } from '../src/data/schema.ts';
import {
  PROJECT_VOCABULARY,
  VOCABULARY_FILES,
  VOCABULARY_KINDS,
  type Vocabulary,
} from '../src/data/vocabulary.ts';

export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url).href);

/** JSON Schema cannot express dateSchema's refine, so the same three shapes are given as one pattern. */
const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

const toJsonSchema = (schema: z.ZodType): Record<string, unknown> =>
  z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // The files are inputs: optional and defaulted fields (events, basis, note…) may be omitted.
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === dateSchema) jsonSchema.pattern = DATE_PATTERN;
    },
  });

const withSchemaKey = (schema: Record<string, unknown>): Record<string, unknown> => {
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (!properties || '$schema' in properties) return schema;
  // Sidecars carry "$schema" for editors; zod strips it on parse, so the JSON Schema must allow it.
  return { ...schema, properties: { $schema: { type: 'string' }, ...properties } };
};

const stringify = (schema: Record<string, unknown>): string =>
  `${JSON.stringify(schema, null, 2)}\n`;

/** File name in schemas/ → JSON text, exactly as `npm run schema` writes it. */
export function renderSchemas(vocabulary: Vocabulary = PROJECT_VOCABULARY): Record<string, string> {
  const { datasetSchema, articleSchema } = dataSchemas(vocabulary);
  return {
    'dataset.schema.json': stringify(toJsonSchema(datasetSchema)),
    'article.schema.json': stringify(withSchemaKey(toJsonSchema(articleSchema))),
    ...Object.fromEntries(
      VOCABULARY_KINDS.map((kind) => [
        `vocabulary/${kind}.schema.json`,
        stringify(toJsonSchema(VOCABULARY_FILES[kind])),
      ]),
    ),
  };
}

/**
 * Writes the schemas that differ from what `dir` holds; returns the paths written. Unchanged
 * files are left alone, so a build or check on up-to-date schemas writes nothing.
 */
export function writeSchemas(
  dir: string = SCHEMAS_DIR,
  vocabulary: Vocabulary = PROJECT_VOCABULARY,
): string[] {
  const written: string[] = [];
  for (const [name, text] of Object.entries(renderSchemas(vocabulary))) {
    const path = resolve(dir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8').replace(/\r\n/gu, '\n') : null;
    if (current === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const written = writeSchemas();
  for (const path of written) console.log(`wrote ${path}`);
  if (written.length === 0) console.log('schemas/ is up to date');
}
