/** What the studio's local API exchanges (scripts/studio/): shared by the page and the server. */

export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
export const FILE_KINDS = ['data', 'text', 'sidecar'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** A file as the studio sees it: its text (null when absent) and the hash of that text. */
export type StudioFile = { text: string | null; hash: string };
export type ArticleFiles = Record<FileKind, StudioFile>;

/** The file each kind names, as messages show it. */
export function fileName(id: string, kind: FileKind): string {
  if (kind === 'data') return `data/${id}.json`;
  return `seeds/${id}.${kind === 'text' ? 'txt' : 'json'}`;
}

export type SaveRequest = {
  id: string;
  /** The hash of each file when the studio opened it (`absent` for a new file). */
  base: Record<FileKind, string>;
  texts: Record<FileKind, string>;
};

export type SaveResult =
  | { saved: true; files: ArticleFiles }
  | { saved: false; conflicts: { kind: FileKind; current: string | null }[] };
