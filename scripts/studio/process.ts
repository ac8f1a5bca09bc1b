import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Starting local servers as child processes and reading the address they print: shared by the
 * studio command (a free port), its benchmark and its browser tests.
 */

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

export type Running = { url: string; stop: () => void };

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const ESC = String.fromCharCode(27);
/** Vite colours its output; the URL is read without the escape codes. */
const stripColours = (text: string): string =>
  text.split(new RegExp(`${ESC}\\[[0-9;]*m`, 'u')).join('');

/** Starts a command in the project and resolves with the first URL `pattern` finds in its output. */
export function startPrinting(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  pattern: RegExp,
): Promise<Running> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL from ${command}:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = pattern.exec(stripColours(output));
      if (m?.[1]) {
        clearTimeout(timer);
        resolveStart({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output}`)));
  });
}

/** `npm run studio -- --port 0 --root <root>`, resolved with the address it prints. */
export function startStudio(root: string): Promise<Running> {
  return startPrinting(
    TSX,
    [join(REPO_ROOT, 'scripts/studio.ts'), '--port', '0', '--root', root],
    process.env,
    /studio: (http:\/\/\S+)/u,
  );
}
