import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { loadFiles, type LoadResult, type RawFile } from '../../src/data/load.ts';
import { indicatorData, summaryData } from '../../src/data/subsets.ts';
import { dataVocabularyDir, readVocabulary } from '../vocabulary.ts';
import { jsonModulePlugin } from './json-asset.ts';

export const DATASETS_MODULE = 'virtual:datasets';
const RESOLVED = `\0${DATASETS_MODULE}`;

function readJsonFiles(
  root: string,
  dir: string,
): { files: RawFile[]; broken: LoadResult['errors'] } {
  const files: RawFile[] = [];
  const broken: LoadResult['errors'] = [];
  let names: string[] = [];
  try {
    names = readdirSync(join(root, dir))
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return { files, broken };
  }
  for (const name of names) {
    const file = relative(root, join(root, dir, name));
    try {
      files.push({ file, json: JSON.parse(readFileSync(join(root, dir, name), 'utf8')) });
    } catch (error) {
      broken.push({
        file,
        problems: [{ path: '$', message: `invalid JSON: ${(error as Error).message}` }],
      });
    }
  }
  return { files, broken };
}

/**
 * Where the data lives, relative to the project root. EID_DATA_DIR / EID_SEEDS_DIR point a build
 * at another data set (the benchmark's generated ones) without touching data/.
 */
export function dataDirs(): { data: string; seeds: string } {
  return { data: process.env.EID_DATA_DIR ?? 'data', seeds: process.env.EID_SEEDS_DIR ?? 'seeds' };
}

/** Reads and validates data/*.json and seeds/*.json from disk: the app's data loader. */
export function loadFromDisk(root: string, dirs = dataDirs()): LoadResult {
  const data = readJsonFiles(root, dirs.data);
  const seeds = readJsonFiles(root, dirs.seeds);
  const result = loadFiles(
    data.files,
    seeds.files,
    readVocabulary(dataVocabularyDir(join(root, dirs.data))),
  );
  return { ...result, errors: [...seeds.broken, ...data.broken, ...result.errors] };
}

/**
 * Serves the curated data to the app as `virtual:datasets`, validated with the same zod schema
 * as `check:data` when the app is built (or on each change in dev). The browser receives checked
 * data and the list of files that failed, so it ships no validator: a failing file still reaches
 * the reader as an error card naming it.
 *
 * In the browser build the data is a hashed JSON asset fetched beside the page's chunk (data is
 * not code: it stays out of the JS budget and parses faster as JSON); the server renderer, the
 * dev server and tests get it inline.
 */
export function datasetsPlugin(): Plugin {
  return {
    ...jsonModulePlugin({
      name: 'eid-datasets',
      id: DATASETS_MODULE,
      watchDirs: () => [dataDirs().data, `${dataDirs().data}/vocabulary`, dataDirs().seeds],
      load: ({ root, browserBuild, emit, emitAt }) => {
        const full = loadFromDisk(root);
        const json = JSON.stringify(full);
        if (!browserBuild) {
          return `export const LOAD_RESULT = ${json};\nexport const DATA_URL = null;\nexport const SUMMARY_URL = null;\nexport const INDICATOR_DATA = null;`;
        }
        // A page starts from the part of the data it shows (src/data/subsets.ts): the overview
        // and the index from a summary, an indicator's page from its own file; one hash, that of
        // the whole data, names every indicator's file, so the app needs no list of them.
        const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
        for (const indicator of full.indicators) {
          emitAt(
            `assets/indicator-data/${indicator.id}-${hash}.json`,
            JSON.stringify(indicatorData(full, indicator.id)),
          );
        }
        return [
          'export const LOAD_RESULT = null;',
          `export const DATA_URL = ${emit('datasets', json)};`,
          `export const SUMMARY_URL = ${emit('datasets-summary', JSON.stringify(summaryData(full)))};`,
          `export const INDICATOR_DATA = { prefix: import.meta.env.BASE_URL + "assets/indicator-data/", suffix: ${JSON.stringify(`-${hash}.json`)} };`,
        ].join('\n');
      },
    }),
    handleHotUpdate({ file, server }) {
      if (/[\\/](data|seeds)[\\/](?:vocabulary[\\/])?[^\\/]+\.json$/.test(file)) {
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
