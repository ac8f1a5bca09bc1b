import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { freePort, startPrinting, type Running } from '../../../scripts/studio/process';

export { startStudio, type Running } from '../../../scripts/studio/process';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const VITE = join(REPO_ROOT, 'node_modules/.bin/vite');

/** A copy of the project's data and seeds, for a test to write to. */
export function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
  for (const dir of ['data', 'seeds'])
    cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
  return root;
}

/** The dashboard's dev server (`npm run dev`) showing the data under `root`. */
export async function startDashboard(root: string): Promise<Running> {
  const env = {
    ...process.env,
    EID_DATA_DIR: relative(REPO_ROOT, join(root, 'data')),
    EID_SEEDS_DIR: relative(REPO_ROOT, join(root, 'seeds')),
  };
  const port = String(await freePort());
  return startPrinting(
    VITE,
    ['--port', port, '--strictPort', '--host', '127.0.0.1'],
    env,
    /Local:\s+(http:\/\/\S+)/u,
  );
}

/** `npm run check:data` on the copy: its exit code and output. */
export function checkData(root: string): { status: number | null; output: string } {
  const run = spawnSync(
    TSX,
    [
      join(REPO_ROOT, 'scripts/check-data.ts'),
      '--data',
      join(root, 'data'),
      '--seeds',
      join(root, 'seeds'),
      '--no-schemas',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
