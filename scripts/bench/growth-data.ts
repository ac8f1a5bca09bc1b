/**
 * Synthetic data for the growth benchmark: the curated data cloned N times with new ids (suffix
 * `-x<k>`), each clone citing a cloned article whose text is the original's, so every quote and
 * formula still checks. Written to a scratch directory, never into data/ or seeds/.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type Json = Record<string, unknown>;

const IDENTIFIER = /[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*/gi;

/** `cement.output-h1` → `cement.output-h1-x7`; `cement-h1-2023` → `cement-h1-2023-x7`. */
export function suffixId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-x${copy}`;
}

/** Renames the figure ids a formula uses; numbers and operators stay as they are. */
export function renameFormula(formula: string, ids: ReadonlySet<string>, copy: number): string {
  return formula.replace(IDENTIFIER, (token) => (ids.has(token) ? suffixId(token, copy) : token));
}

function renameSource(source: unknown, copy: number): unknown {
  if (!source || typeof source !== 'object') return source;
  const s = source as Json;
  return { ...s, article: typeof s.article === 'string' ? suffixId(s.article, copy) : s.article };
}

/**
 * Copy number `copy` of a data file (0 is the original): every figure and event id, every
 * reference between them (changeOf, reference, derived inputs and formula) and every article id
 * gets the suffix. Values, quotes and everything else are unchanged.
 */
export function cloneDataset(dataset: Json, copy: number): Json {
  if (copy === 0) return dataset;
  const figures = Array.isArray(dataset.figures) ? (dataset.figures as Json[]) : [];
  const events = Array.isArray(dataset.events) ? (dataset.events as Json[]) : [];
  const ids = new Set(
    [...figures, ...events].map((f) => f.id).filter((id): id is string => typeof id === 'string'),
  );
  const rename = (id: unknown): unknown =>
    typeof id === 'string' && ids.has(id) ? suffixId(id, copy) : id;
  return {
    ...dataset,
    article:
      typeof dataset.article === 'string' ? suffixId(dataset.article, copy) : dataset.article,
    figures: figures.map((f) => {
      const out: Json = { ...f, id: suffixId(String(f.id), copy) };
      if (f.changeOf !== undefined) out.changeOf = rename(f.changeOf);
      if (f.reference !== undefined) out.reference = rename(f.reference);
      if (f.source !== undefined) out.source = renameSource(f.source, copy);
      if (f.derived && typeof f.derived === 'object') {
        const d = f.derived as Json;
        out.derived = {
          ...d,
          formula: typeof d.formula === 'string' ? renameFormula(d.formula, ids, copy) : d.formula,
          inputs: Array.isArray(d.inputs) ? d.inputs.map(rename) : d.inputs,
        };
      }
      return out;
    }),
    events: events.map((e) => ({
      ...e,
      id: suffixId(String(e.id), copy),
      source: renameSource(e.source, copy),
    })),
  };
}

/** Copy number `copy` of an article sidecar (seeds/<id>.json). */
export function cloneArticle(article: Json, copy: number): Json {
  return { ...article, id: suffixId(String(article.id), copy) };
}

export type GeneratedData = {
  dataDir: string;
  seedsDir: string;
  files: number;
  figures: number;
  events: number;
};

/**
 * Writes `factor` copies of every data file and article (sidecar + text) into
 * `<outDir>/data` and `<outDir>/seeds`.
 */
export async function generateScaledData(options: {
  dataDir: string;
  seedsDir: string;
  outDir: string;
  factor: number;
}): Promise<GeneratedData> {
  const { dataDir, seedsDir, outDir, factor } = options;
  const outData = join(outDir, 'data');
  const outSeeds = join(outDir, 'seeds');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outData, { recursive: true });
  await mkdir(outSeeds, { recursive: true });

  const dataNames = (await readdir(dataDir)).filter((n) => n.endsWith('.json')).sort();
  const seedNames = (await readdir(seedsDir)).filter((n) => n.endsWith('.json')).sort();
  let figures = 0;
  let events = 0;
  for (const name of dataNames) {
    const dataset = JSON.parse(await readFile(join(dataDir, name), 'utf8')) as Json;
    const base = name.slice(0, -'.json'.length);
    for (let copy = 0; copy < factor; copy += 1) {
      const clone = cloneDataset(dataset, copy);
      figures += Array.isArray(clone.figures) ? clone.figures.length : 0;
      events += Array.isArray(clone.events) ? clone.events.length : 0;
      await writeFile(
        join(outData, `${suffixId(base, copy)}.json`),
        JSON.stringify(clone, null, 2),
      );
    }
  }
  for (const name of seedNames) {
    const article = JSON.parse(await readFile(join(seedsDir, name), 'utf8')) as Json;
    const base = name.slice(0, -'.json'.length);
    const text = await readFile(join(seedsDir, `${base}.txt`), 'utf8');
    for (let copy = 0; copy < factor; copy += 1) {
      const id = suffixId(base, copy);
      await writeFile(
        join(outSeeds, `${id}.json`),
        JSON.stringify(cloneArticle(article, copy), null, 2),
      );
      await writeFile(join(outSeeds, `${id}.txt`), text);
    }
  }
  return {
    dataDir: outData,
    seedsDir: outSeeds,
    files: dataNames.length * factor,
    figures,
    events,
  };
}
