/**
 * `npm run studio -- [--port <n>]`: the curation studio, a local page for reviewing a drafted
 * article against its text and saving it to data/ and seeds/. It runs on Vite's dev server with a
 * small local API (scripts/studio/api.ts); nothing of it is in the readers' build.
 */
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { DEV_DEPENDENCIES } from './vite/dev-dependencies.ts';
import { stringsPlugin } from './vite/strings-plugin.ts';
import { studioApiPlugin } from './studio/api.ts';
import { freePort } from './studio/process.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const STUDIO_USAGE = 'usage: npm run studio -- [--port <n>] [--root <project dir>]';

export function parseStudioArgs(args: readonly string[]): { port: number; root: string } {
  let port = 5180;
  let root = ROOT;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--port' && value !== undefined) {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(
          `--port must be a port number 1–65535 (0 for any free one); got "${value}"\n${STUDIO_USAGE}`,
        );
      }
      i += 1;
    } else if (arg === '--root' && value !== undefined) {
      root = resolve(value);
      i += 1;
    } else {
      throw new Error(`unexpected argument "${arg}"\n${STUDIO_USAGE}`);
    }
  }
  return { port, root };
}

async function main(): Promise<void> {
  let options: { port: number; root: string };
  try {
    options = parseStudioArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const port = options.port === 0 ? await freePort() : options.port;
  const server = await createServer({
    configFile: false,
    root: ROOT,
    appType: 'mpa',
    plugins: [react(), stringsPlugin(), studioApiPlugin(options.root)],
    server: { port, strictPort: true, host: '127.0.0.1' },
    // Only the studio's page: the readers' entry needs the build's virtual data modules.
    optimizeDeps: { entries: ['studio/index.html'], include: [...DEV_DEPENDENCIES] },
    // A studio over another data folder (the browser tests' copies, several at once) pre-bundles
    // into that folder: studios sharing node_modules/.vite on a fresh clone re-optimised under
    // each other, and a page's import failed with 504 Outdated Optimize Dep.
    cacheDir: options.root === ROOT ? undefined : join(options.root, '.vite-studio'),
    logLevel: 'warn',
  });
  await server.listen();
  console.log(`studio: http://127.0.0.1:${port}/studio/ (data from ${options.root})`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
