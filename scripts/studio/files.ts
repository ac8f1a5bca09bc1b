import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ARTICLE_ID,
  FILE_KINDS,
  type ArticleFiles,
  type FileKind,
  type SaveRequest,
  type SaveResult,
} from '../../src/features/studio/studio-files.ts';

/**
 * The files the studio reads and writes for one article: data/<id>.json, seeds/<id>.txt and
 * seeds/<id>.json. Each is sent with a hash of what was read, and a save names the hashes it
 * started from: a file changed on disk since (by an editor, git, another tab) is never
 * overwritten; the studio gets its current text instead, to show what changed.
 */

export { ARTICLE_ID, FILE_KINDS } from '../../src/features/studio/studio-files.ts';
export type {
  ArticleFiles,
  FileKind,
  SaveRequest,
  SaveResult,
  StudioFile,
} from '../../src/features/studio/studio-files.ts';

export function hashText(text: string | null): string {
  return text === null ? 'absent' : createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function filePath(root: string, id: string, kind: FileKind): string {
  if (!ARTICLE_ID.test(id)) throw new Error(`not a kebab-case article id: ${JSON.stringify(id)}`);
  if (kind === 'data') return join(root, 'data', `${id}.json`);
  return join(root, 'seeds', `${id}.${kind === 'text' ? 'txt' : 'json'}`);
}

function readText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function readArticleFiles(root: string, id: string): ArticleFiles {
  const entries = FILE_KINDS.map((kind) => {
    const text = readText(filePath(root, id, kind));
    return [kind, { text, hash: hashText(text) }] as const;
  });
  return Object.fromEntries(entries) as ArticleFiles;
}

/** The articles that have a data file, in name order. */
export function listArticles(root: string): string[] {
  const dir = join(root, 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .filter((id) => ARTICLE_ID.test(id))
    .sort();
}

/**
 * Writes the three files, each through a temporary file and a rename so a reader never sees half
 * a file; refuses, writing nothing, when any file differs from what the studio started from.
 */
export function saveArticleFiles(root: string, request: SaveRequest): SaveResult {
  const current = readArticleFiles(root, request.id);
  const conflicts = FILE_KINDS.filter((kind) => current[kind].hash !== request.base[kind]).map(
    (kind) => ({ kind, current: current[kind].text }),
  );
  if (conflicts.length > 0) return { saved: false, conflicts };
  for (const kind of FILE_KINDS) {
    const path = filePath(root, request.id, kind);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.studio-${process.pid}.tmp`;
    writeFileSync(temporary, request.texts[kind]);
    renameSync(temporary, path);
  }
  return { saved: true, files: readArticleFiles(root, request.id) };
}
