import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';

/**
 * What the initial budget must hold before any of the app's own code: the libraries the stack
 * prescribes, each bundled alone with the app's Vite settings (minified, production) and
 * gzipped at zlib's default level, as the static server sends it.
 */
export const FLOOR_LIBRARIES = {
  'react + react-dom/client': `import { hydrateRoot } from 'react-dom/client'; import { jsx } from 'react/jsx-runtime'; globalThis.x = [hydrateRoot, jsx];`,
  i18next: `import { createInstance } from 'i18next'; globalThis.x = createInstance;`,
  'react-i18next': `import { useTranslation, I18nextProvider, initReactI18next } from 'react-i18next'; globalThis.x = [useTranslation, I18nextProvider, initReactI18next];`,
  'zustand (+ persist)': `import { createStore, useStore } from 'zustand'; import { persist } from 'zustand/middleware'; globalThis.x = [createStore, useStore, persist];`,
} as const;

export type LibraryFloor = {
  /** Each library alone (react-i18next alone also pulls in part of react). */
  libraries: { name: string; gzipBytes: number }[];
  /** All of them in one bundle, shared code counted once. */
  togetherGzipBytes: number;
};

const VIRTUAL = '\0eid-library-floor';

async function gzipOfBundle(root: string, code: string): Promise<number> {
  const entry: Plugin = {
    name: 'eid:library-floor-entry',
    resolveId: (id) => (id === VIRTUAL ? id : null),
    load: (id) => (id === VIRTUAL ? code : null),
  };
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [entry],
    build: {
      write: false,
      modulePreload: false,
      rolldownOptions: { input: VIRTUAL, preserveEntrySignatures: false },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
    .reduce((sum, c) => sum + gzipSync(c.code).length, 0);
}

export async function libraryFloor(root: string): Promise<LibraryFloor> {
  const libraries: LibraryFloor['libraries'] = [];
  for (const [name, code] of Object.entries(FLOOR_LIBRARIES)) {
    libraries.push({ name, gzipBytes: await gzipOfBundle(root, code) });
  }
  const together = await gzipOfBundle(root, Object.values(FLOOR_LIBRARIES).join('\n'));
  return { libraries, togetherGzipBytes: together };
}
