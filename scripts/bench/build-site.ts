/**
 * Builds and prerenders the site into any directory, like scripts/build.ts does into dist/, so
 * the growth benchmark can build the app over generated data (EID_DATA_DIR, EID_SEEDS_DIR, read
 * by the datasets plugin) without touching dist/. Runs as its own process so each build reads
 * its data afresh:
 *
 *   tsx scripts/bench/build-site.ts --out <dir> [--paths /en/table/,/en/]
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSite as buildInProcess } from '../build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function buildInto(outDir: string, paths: string[]): Promise<void> {
  await buildInProcess({ outDir, paths, logLevel: 'error' });
}

/**
 * Builds in a child process with the given data directories (relative to the project root, as
 * the datasets plugin expects) and resolves with the build's wall time in ms.
 */
export function buildSite(options: {
  outDir: string;
  paths: string[];
  dataDir?: string;
  seedsDir?: string;
}): Promise<number> {
  const env = { ...process.env };
  if (options.dataDir) env.EID_DATA_DIR = options.dataDir;
  if (options.seedsDir) env.EID_SEEDS_DIR = options.seedsDir;
  const start = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--out',
        resolve(options.outDir),
        '--paths',
        options.paths.join(','),
      ],
      { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise(performance.now() - start);
      else
        reject(
          new Error(`build of ${options.outDir} failed (exit ${code}):\n${stderr.slice(-2000)}`),
        );
    });
  });
}

function parseArgs(argv: string[]): { outDir: string; paths: string[] } {
  const out = argv[argv.indexOf('--out') + 1];
  const paths = argv.includes('--paths') ? argv[argv.indexOf('--paths') + 1] : '/en/table/';
  if (!argv.includes('--out') || !out) {
    throw new Error('usage: tsx scripts/bench/build-site.ts --out <dir> [--paths /en/table/,…]');
  }
  return { outDir: resolve(out), paths: (paths ?? '/en/table/').split(',').filter(Boolean) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outDir, paths } = parseArgs(process.argv.slice(2));
  buildInto(outDir, paths).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
