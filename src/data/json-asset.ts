import { createHash } from 'node:crypto';
import type { Rolldown } from 'vite';

/**
 * Emits `json` as a content-hashed asset of the browser build (`assets/<name>-<hash>.json`) and
 * returns a JS expression for its URL under the site's base, for a virtual module to export.
 * Shared by the build plugins that ship data and strings as JSON rather than as scripts.
 */
export function emitJsonAsset(
  context: Pick<Rolldown.PluginContext, 'emitFile'>,
  name: string,
  json: string,
): string {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const fileName = `assets/${name}-${hash}.json`;
  context.emitFile({ type: 'asset', fileName, source: json });
  return `import.meta.env.BASE_URL + ${JSON.stringify(fileName)}`;
}
