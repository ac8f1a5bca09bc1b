import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

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

export interface JsonModuleContext {
  /** The project root. */
  root: string;
  /** The browser build: JSON ships as hashed assets (see emitJsonAsset), not inline. */
  browserBuild: boolean;
  /** Emits `json` as `assets/<name>-<hash>.json`; returns a JS expression for its URL. */
  emit(name: string, json: string): string;
  /** Emits `json` at `fileName` (under the output directory), as it is. */
  emitAt(fileName: string, json: string): void;
}

/**
 * A Vite plugin serving one virtual module (`id`) whose code `load` writes: inline JSON for the
 * dev server, the server renderer and tests, URLs of emitted JSON assets in the browser build.
 * The files of `watchDirs()` (folders under the root) are watched, so dev reloads the module when
 * one changes. Shared by the data, article-text and strings plugins.
 */
export function jsonModulePlugin(options: {
  name: string;
  id: string;
  watchDirs?: () => string[];
  load: (context: JsonModuleContext) => string;
}): Plugin {
  const resolved = `\0${options.id}`;
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  return {
    name: options.name,
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId(id) {
      return id === options.id ? resolved : undefined;
    },
    load(id, loadOptions) {
      if (id !== resolved) return undefined;
      for (const dir of options.watchDirs?.() ?? []) {
        try {
          for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
            if (entry.isFile()) this.addWatchFile(join(root, dir, entry.name));
          }
        } catch {
          // directory absent: nothing to watch
        }
      }
      return options.load({
        root,
        browserBuild: command === 'build' && !loadOptions?.ssr,
        emit: (name, json) => emitJsonAsset(this, name, json),
        emitAt: (fileName, json) => {
          this.emitFile({ type: 'asset', fileName, source: json });
        },
      });
    },
  };
}
