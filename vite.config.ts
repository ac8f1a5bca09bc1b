import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { afterFirstPaint } from './src/app/after-first-paint.ts';
import { firstFrameThemeScript } from './src/store/theme.ts';
import { articleTextsPlugin } from './scripts/vite/article-texts-plugin.ts';
import { datasetsPlugin } from './scripts/vite/datasets-plugin.ts';
import { DEV_DEPENDENCIES } from './scripts/vite/dev-dependencies.ts';
import { stringsPlugin } from './scripts/vite/strings-plugin.ts';
import { vocabularyPlugin } from './scripts/vite/vocabulary-plugin.ts';

/**
 * Replaces the entry's `<script type="module" src>` with an inline script that imports it once
 * the prerendered page has painted. The page then paints exactly as fast as it would with no
 * script at all: nothing of the app is downloaded, parsed or run before that paint.
 * `data-entry` names the entry for tools that read the HTML (the benchmark).
 */
function startAfterFirstPaint(): Plugin {
  return {
    name: 'eid:start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const match = entry.exec(html);
        if (!match) throw new Error('index.html: the built entry script was not found');
        const src = match[1] as string;
        const inline = `(${afterFirstPaint.toString()})(function () { import(${JSON.stringify(src)}); });`;
        return html.replace(entry, () => `<script data-entry="${src}">${inline}</script>`);
      },
    },
  };
}

/**
 * Writes the first-frame theme script (src/store/theme.ts) into the page's <head>, in the dev
 * server and the build alike, so one module knows where the theme is saved and how it is applied.
 */
function firstFrameTheme(): Plugin {
  return {
    name: 'eid:first-frame-theme',
    transformIndexHtml(html) {
      if (!html.includes('<!--app-theme-->')) {
        throw new Error('index.html: the <!--app-theme--> placeholder was not found');
      }
      return html.replace('<!--app-theme-->', () => `<script>${firstFrameThemeScript()}</script>`);
    },
  };
}

// BASE lets the build run under a sub-path (e.g. BASE=/dashboard/ npm run build).
export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [
    react(),
    datasetsPlugin(),
    articleTextsPlugin(),
    stringsPlugin(),
    vocabularyPlugin(),
    firstFrameTheme(),
    startAfterFirstPaint(),
  ],
  // The dev server pre-bundles these at start: found later (zod, reached only through the strings
  // loaded on demand), a dependency makes Vite re-optimise mid-page and fail that page's imports.
  optimizeDeps: { include: [...DEV_DEPENDENCIES] },
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(new URL('./src/app/sync-external-store.ts', import.meta.url)),
      },
    ],
  },
  build: {
    // One stylesheet linked from every prerendered page, so a view's styles are there before its
    // chunk loads and nothing shifts.
    cssCodeSplit: false,
    // No modulepreload links, neither in the HTML (anything it asks for before first paint delays
    // that paint) nor for lazy chunks: each <link> Vite's helper appends to <head> makes Chromium
    // recalculate the whole page's style, a long task on the table page on a slow phone. A lazy
    // chunk's own imports are found by the browser instead.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React DOM's small `react-dom` module (createPortal, flushSync), which the client
          // renderer and Recharts both import, goes into the client renderer's chunk instead of
          // a tiny chunk of its own: one request fewer before the page starts, and less gzipped
          // than two files. Only those two packages: their dependency, react, stays in the entry
          // chunk (with it, the group came out larger).
          groups: [
            {
              name: 'client',
              test: /node_modules[\\/](react-dom|scheduler)[\\/]/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'format',
              test: /src[\\/](format[\\/](date|index|labels|translate)|components[\\/]charts[\\/]formula)\.ts/,
            },
          ],
        },
      },
    },
  },
});
