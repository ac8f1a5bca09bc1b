import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { readVocabularyTexts, vocabularyDir } from '../vocabulary.ts';
import { addVocabularyEntry } from './vocabulary-entry.ts';
import {
  ARTICLE_ID,
  FILE_KINDS,
  listArticles,
  readArticleFiles,
  saveArticleFiles,
  type SaveRequest,
} from './files.ts';

/** A save carries three files; an article's text is refused by curate above 1 MiB. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function isSaveRequest(value: unknown): value is SaveRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) =>
    typeof x === 'object' &&
    x !== null &&
    FILE_KINDS.every((k) => typeof (x as Record<string, unknown>)[k] === 'string');
  return typeof v.id === 'string' && ARTICLE_ID.test(v.id) && strings(v.base) && strings(v.texts);
}

/**
 * The studio's local API, served by its dev server only (never part of the readers' build):
 * read the vocabulary and an article's files, list articles, save an article's three files.
 */
export function studioApiPlugin(root: string): Plugin {
  return {
    name: 'eid-studio-api',
    configureServer(server) {
      server.middlewares.use('/api/', (req, res) => {
        void (async () => {
          const url = new URL(req.url ?? '/', 'http://studio.local');
          try {
            if (req.method === 'GET' && url.pathname === '/articles') {
              send(res, 200, { articles: listArticles(root) });
            } else if (req.method === 'GET' && url.pathname === '/article') {
              const id = url.searchParams.get('id') ?? '';
              if (!ARTICLE_ID.test(id))
                send(res, 400, { error: `bad article id ${JSON.stringify(id)}` });
              else send(res, 200, { id, files: readArticleFiles(root, id) });
            } else if (req.method === 'GET' && url.pathname === '/datasets') {
              // Every data file's text, so the page checks ids and references across articles.
              send(res, 200, {
                files: listArticles(root).map((id) => ({
                  id,
                  text: readArticleFiles(root, id).data.text,
                })),
              });
            } else if (req.method === 'GET' && url.pathname === '/vocabulary') {
              send(res, 200, { texts: readVocabularyTexts(vocabularyDir(root)) });
            } else if (req.method === 'POST' && url.pathname === '/vocabulary') {
              let body: { kind?: unknown; entry?: unknown };
              try {
                body = JSON.parse(await readBody(req)) as { kind?: unknown; entry?: unknown };
              } catch (error) {
                send(res, 400, { error: `the entry is not JSON: ${(error as Error).message}` });
                return;
              }
              const result = addVocabularyEntry(root, String(body.kind), body.entry);
              send(res, result.added ? 200 : 400, result);
            } else if (req.method === 'POST' && url.pathname === '/save') {
              let body: unknown;
              try {
                body = JSON.parse(await readBody(req));
              } catch (error) {
                send(res, 400, { error: `the save is not JSON: ${(error as Error).message}` });
                return;
              }
              if (!isSaveRequest(body)) {
                send(res, 400, {
                  error: 'a save needs id, base and texts for data, text and sidecar',
                });
                return;
              }
              const result = saveArticleFiles(root, body);
              send(res, result.saved ? 200 : 409, result);
            } else {
              send(res, 404, { error: `no such endpoint: ${req.method} /api${url.pathname}` });
            }
          } catch (error) {
            send(res, 500, { error: (error as Error).message });
          }
        })();
      });
    },
  };
}
