import { draftArticle } from '../../curate/draft';
import { parseJsonFile } from '../../data/provenance/json-text';
import type { Vocabulary } from '../../data/vocabulary';
import { fileName, FILE_KINDS, type ArticleFiles } from './studio-files';
import { startHistory, type EditedFigure, type History, type Session } from './studio-state';

/** Opening and keeping a session: from files on disk, from pasted text, from this browser. */

export const SESSION_KEY = 'eid.studio.session';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An article on disk as a session; throws a message naming the file and where it breaks. */
export function sessionFromFiles(id: string, files: ArticleFiles): Session {
  const data = files.data.text;
  if (data === null) throw new Error(`${fileName(id, 'data')} does not exist`);
  const parse = (kind: 'data' | 'sidecar', text: string | null): Record<string, unknown> => {
    if (text === null) return {};
    const parsed = parseJsonFile(fileName(id, kind), text);
    if (parsed.problem) {
      throw new Error(`${parsed.problem.file}: ${parsed.problem.path}: ${parsed.problem.message}`);
    }
    if (!isRecord(parsed.json)) throw new Error(`${fileName(id, kind)}: $: expected an object`);
    return parsed.json;
  };
  const dataset = parse('data', data);
  const figures = Array.isArray(dataset.figures) ? dataset.figures : [];
  if (!figures.every((f) => isRecord(f) && typeof f.id === 'string')) {
    throw new Error(`${fileName(id, 'data')}: figures: every figure needs an id`);
  }
  const typed = figures as EditedFigure[];
  return {
    id,
    text: files.text.text ?? '',
    dataset: { ...dataset, figures: typed },
    sidecar: parse('sidecar', files.sidecar.text),
    base: Object.fromEntries(FILE_KINDS.map((k) => [k, files[k].hash])) as Session['base'],
    // A file without the draft mark was reviewed by a person before.
    reviewed: dataset.draft === true ? [] : typed.map((f) => f.id),
    selected: typed[0]?.id ?? null,
  };
}

/** Pasted or picked text, drafted by the same drafter as npm run curate. */
export function sessionFromText(
  raw: string,
  options: {
    id: string;
    date: string;
    sector: string;
    vocabulary: Vocabulary;
    files: ArticleFiles;
  },
): Session {
  const result = draftArticle(raw, {
    articleId: options.id,
    date: options.date,
    sector: options.sector === '' ? undefined : options.sector,
    vocabulary: options.vocabulary,
  });
  const figures = result.dataset.figures as unknown as EditedFigure[];
  return {
    id: options.id,
    text: result.text,
    dataset: { ...(result.dataset as unknown as Record<string, unknown>), figures },
    sidecar: result.article as unknown as Record<string, unknown>,
    base: Object.fromEntries(FILE_KINDS.map((k) => [k, options.files[k].hash])) as Session['base'],
    reviewed: [],
    selected: figures[0]?.id ?? null,
  };
}

/** Keeps the session in this browser, so a reload or a closed tab loses nothing. */
export function keepSession(history: History | null): void {
  try {
    if (history === null) localStorage.removeItem(SESSION_KEY);
    else localStorage.setItem(SESSION_KEY, JSON.stringify(history.present));
  } catch {
    // storage full or blocked: the work stays in the page
  }
}

/** The session kept in this browser, if there is one and it reads as one. */
export function restoreSession(): History | null {
  try {
    const text = localStorage.getItem(SESSION_KEY);
    if (text === null) return null;
    const session = JSON.parse(text) as Session;
    const valid =
      isRecord(session) &&
      typeof session.id === 'string' &&
      typeof session.text === 'string' &&
      isRecord(session.dataset) &&
      Array.isArray(session.dataset.figures) &&
      Array.isArray(session.reviewed);
    return valid ? startHistory(session) : null;
  } catch {
    return null;
  }
}
