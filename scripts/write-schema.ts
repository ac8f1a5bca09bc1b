/**
 * Writes the JSON Schemas that data/*.json and seeds/*.json point at with `$schema`,
 * generated from the zod schemas in src/data/schema.ts (the single source of truth).
 *
 * Usage: `npm run schema`. `renderSchemas()` is exported so a check can compare the
 * committed files in schemas/ with fresh output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { articleSchema, datasetSchema, dateSchema } from '../src/data/schema.ts';

export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

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
export function renderSchemas(): Record<string, string> {
  return {
    'dataset.schema.json': stringify(toJsonSchema(datasetSchema)),
    'article.schema.json': stringify(withSchemaKey(toJsonSchema(articleSchema))),
  };
}

export function writeSchemas(dir: string = SCHEMAS_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(renderSchemas()).map(([name, text]) => {
    const path = resolve(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  for (const path of writeSchemas()) console.log(`wrote ${path}`);
}
