import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const MODULEPRELOAD = /<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>/gi;

/**
 * The no-JS floor of a page: its HTML with every `<script>` (inline or not) and every
 * modulepreload link removed, so the browser paints the prerendered HTML and CSS only.
 */
export function stripScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(MODULEPRELOAD, '');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Copies a built site to `dest` with the scripts stripped from every HTML file. */
export async function writeNoJsCopy(src: string, dest: string): Promise<number> {
  await rm(dest, { recursive: true, force: true });
  await cp(src, dest, { recursive: true });
  const files = await htmlFiles(dest);
  for (const file of files) {
    await writeFile(file, stripScripts(await readFile(file, 'utf8')));
  }
  return files.length;
}
