/**
 * Builds the client, then prerenders every route in both languages to static HTML so titles,
 * cards, tables and text paint before any script runs. Writes an index.html for every path, so
 * any static host serves them without rewrite rules. BASE=/sub/ builds for a sub-path;
 * SITE_URL=https://example.org writes canonical, hreflang, og:url and og:image with absolute
 * URLs; without it those tags are left out (a relative one is wrong), with one warning.
 * Every page's preview image is drawn into og/<lang>/<name>.png (scripts/og/preview-image.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { HeadInfo } from '../src/app/head';
import type { RenderedPage } from '../src/entry-server';
import { LANGS } from '../src/i18n/languages';
import { allViewPaths } from '../src/store/url-state';
import { readVocabulary, vocabularyDir } from './vocabulary';
import { loadFromDisk } from './vite/datasets-plugin';
import { SCHEMAS_DIR, writeSchemas } from './write-schema';
import { cachedPreviewPng } from './og/preview-image';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function headHtml(head: HeadInfo): string {
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    ...(head.canonical ? [`<link rel="canonical" href="${escapeHtml(head.canonical)}" />`] : []),
    ...head.alternates.map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}" />`,
    ),
    // Open Graph tags are properties; Twitter's are names.
    ...head.social.map(
      ([name, content]) =>
        `<meta ${name.startsWith('og:') ? 'property' : 'name'}="${escapeHtml(name)}" content="${escapeHtml(content)}" />`,
    ),
  ].join('\n    ');
}

export function fillTemplate(template: string, page: RenderedPage): string {
  return template
    .replace('<html lang="en">', `<html lang="${page.head.htmlLang}">`)
    .replace('<!--app-head-->', headHtml(page.head))
    .replace(
      '<div id="root"><!--app-html--></div>',
      `<div id="root" data-route="${escapeHtml(page.routeKey)}">${page.html}</div>`,
    );
}

export interface BuildOptions {
  outDir: string;
  base?: string;
  /** Site origin for absolute canonical, hreflang, og:url and og:image URLs (SITE_URL). */
  origin?: string;
  /** Draw the preview images (default true; the bench's growth builds time them apart). */
  previews?: boolean;
  /** Paths to prerender (default: every view in both languages). */
  paths?: string[];
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** Builds the client and prerenders pages, 404.html and the root into outDir. */
export async function buildSite(options: BuildOptions): Promise<string[]> {
  const { outDir, base = '/', origin = '', logLevel = 'warn' } = options;
  const ssrOut = `${outDir}-ssr`;
  const paths =
    options.paths ??
    allViewPaths(
      LANGS,
      loadFromDisk(ROOT).indicators.map((i) => i.id),
    );
  await rm(outDir, { recursive: true, force: true });
  await build({ root: ROOT, base, logLevel, build: { outDir, emptyOutDir: true } });
  await build({
    root: ROOT,
    base,
    logLevel,
    build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true },
  });
  // No preloads: whatever the HTML asks for before its first paint, Lighthouse's simulation
  // counts against that paint. The app, its data and its strings are fetched once the page has
  // painted (the inline start script vite.config.ts writes; see src/app/after-first-paint.ts).
  const template = await readFile(join(outDir, 'index.html'), 'utf8');
  const { render, renderRoot } = (await import(
    pathToFileURL(join(ssrOut, 'entry-server.js')).href
  )) as {
    render: (path: string, base: string, origin: string) => Promise<RenderedPage>;
    renderRoot: (base: string) => string;
  };

  if (!origin) {
    console.warn(
      'SITE_URL is not set: canonical, hreflang, og:url and og:image tags are left out, as they ' +
        'need absolute URLs. Build with SITE_URL=https://your.site to write them.',
    );
  }
  const previews = new Map<string, RenderedPage['preview']['card']>();
  for (const path of paths) {
    const page = await render(path, base, origin);
    const file = join(outDir, path, 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, fillTemplate(template, page));
    previews.set(page.preview.path, page.preview.card);
  }
  if (options.previews !== false) {
    const started = performance.now();
    for (const [path, card] of previews) {
      const file = join(outDir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await cachedPreviewPng(card));
    }
    if (logLevel !== 'silent' && logLevel !== 'error') {
      console.log(
        `preview images: ${previews.size} in ${Math.round(performance.now() - started)} ms`,
      );
    }
  }

  // 404.html for hosts that serve it on unknown paths; the client re-renders it in the
  // language of the path that was asked for.
  const notFound = await render('/en/404/', base, origin);
  await writeFile(join(outDir, '404.html'), fillTemplate(template, notFound));

  // The root sends a visitor to their language (saved choice, else the browser's); without
  // script it offers both.
  const rootPage = await render('/', base, origin);
  await writeFile(
    join(outDir, 'index.html'),
    fillTemplate(template, { ...rootPage, routeKey: 'root', html: renderRoot(base) }),
  );
  await rm(ssrOut, { recursive: true, force: true });
  return paths;
}

async function main() {
  // The schemas data files point at follow the vocabulary: regenerate any that changed.
  for (const path of writeSchemas(
    SCHEMAS_DIR,
    readVocabulary(vocabularyDir(resolve(SCHEMAS_DIR, '..'))),
  )) {
    console.log(`regenerated ${path}`);
  }
  const written = await buildSite({
    outDir: DIST,
    base: process.env.BASE ?? '/',
    origin: (process.env.SITE_URL ?? '').replace(/\/$/, ''),
  });
  console.log(`prerendered ${written.length} pages + 404.html + index.html into dist/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
