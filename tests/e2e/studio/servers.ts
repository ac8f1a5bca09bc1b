import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';

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

export type Running = { url: string; stop: () => void };

const ESC = String.fromCharCode(27);
/** Vite colours its output; the URL is read without the escape codes. */
const stripColours = (text: string): string =>
  text.split(new RegExp(`${ESC}\\[[0-9;]*m`, 'u')).join('');

/** Starts a command and resolves with the first URL it prints. */
function startPrinting(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  pattern: RegExp,
): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command, args, {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL from ${command}:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = pattern.exec(stripColours(output));
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output}`)));
  });
}

/** `npm run studio -- --port 0 --root <root>`. */
export function startStudio(root: string): Promise<Running> {
  return startPrinting(
    TSX,
    [join(REPO_ROOT, 'scripts/studio.ts'), '--port', '0', '--root', root],
    process.env,
    /studio: (http:\/\/\S+)/u,
  );
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
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
