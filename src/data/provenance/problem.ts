/**
 * What the provenance checks report, and the helpers their messages share. The checks are pure:
 * text and parsed files in, problems out, so the `check:data` command and the browser run the same
 * code; only reading files stays with the command (scripts/check-data.ts).
 */

/** One thing wrong in one file; `path` is a JSON path such as `figures[3].source.quote`, `$` for the root. */
export type Problem = { file: string; path: string; message: string };

/** A data or sidecar file: its name, as messages show it, and its parsed JSON. */
export type LoadedJson = { file: string; json: unknown };

/** `data/cement-h1-2023.json: figures[0].value: …` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a message shows it: strings quoted and cut short, objects and arrays named. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  }
  return String(value);
}
