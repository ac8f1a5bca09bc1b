/**
 * Builds the client, then prerenders every route in both languages to static HTML so titles,
 * cards, tables and text paint before any script runs. Writes an index.html for every path, so
 * any static host serves them without rewrite rules. BASE=/sub/ builds for a sub-path;
 * SITE_URL=https://example.org makes canonical and hreflang links absolute.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { HeadInfo } from '../src/app/head';
import type { RenderedPage } from '../src/entry-server';
import { LANGS } from '../src/i18n/languages';
import { allViewPaths } from '../src/store/url-state';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SSR_OUT = join(ROOT, 'dist-ssr');

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
    `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
    ...head.alternates.map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}" />`,
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

async function main() {
  const base = process.env.BASE ?? '/';
  const origin = (process.env.SITE_URL ?? '').replace(/\/$/, '');
  await rm(DIST, { recursive: true, force: true });
  await build({ root: ROOT, base, logLevel: 'warn' });
  await build({
    root: ROOT,
    base,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: SSR_OUT, emptyOutDir: true },
  });
  // The data asset starts downloading with the HTML, in parallel with the scripts.
  const dataAsset = (await readdir(join(DIST, 'assets'))).find((f) =>
    /^datasets-.*\.json$/.test(f),
  );
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const preload = dataAsset
    ? `<link rel="preload" href="${prefix}assets/${dataAsset}" as="fetch" crossorigin="anonymous" />\n  </head>`
    : '</head>';
  const template = (await readFile(join(DIST, 'index.html'), 'utf8')).replace('</head>', preload);
  const { render, renderRoot } = (await import(
    pathToFileURL(join(SSR_OUT, 'entry-server.js')).href
  )) as {
    render: (path: string, base: string, origin: string) => Promise<RenderedPage>;
    renderRoot: (base: string) => string;
  };

  const written: string[] = [];
  for (const path of allViewPaths(LANGS)) {
    const page = await render(path, base, origin);
    const file = join(DIST, path, 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, fillTemplate(template, page));
    written.push(path);
  }

  // 404.html for hosts that serve it on unknown paths; the client re-renders it in the
  // language of the path that was asked for.
  const notFound = await render('/en/404/', base, origin);
  await writeFile(join(DIST, '404.html'), fillTemplate(template, notFound));

  // The root sends a visitor to their language (saved choice, else the browser's); without
  // script it offers both.
  const rootPage = await render('/', base, origin);
  await writeFile(
    join(DIST, 'index.html'),
    fillTemplate(template, {
      ...rootPage,
      routeKey: 'root',
      html: renderRoot(base),
    }),
  );
  await rm(SSR_OUT, { recursive: true, force: true });
  console.log(`prerendered ${written.length} pages + 404.html + index.html into dist/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
