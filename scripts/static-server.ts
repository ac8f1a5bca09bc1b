/**
 * A small static file server that behaves like a plain static host (directory index, slash
 * redirects, gzip, cache headers, a 404 page), so browser tests exercise the built site the way a
 * visitor would meet it. node:http + node:zlib only.
 *
 * CLI: tsx scripts/static-server.ts dist [--port 4173] [--base /sub/] [--no-gzip]
 */
import { createHash } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type StaticServerOptions = {
  /** Directory whose files are served. */
  root: string;
  /** URL path the site lives under, e.g. '/' or '/sub/'. Default '/'. */
  base?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Compress text responses when the client accepts gzip. Default true. */
  gzip?: boolean;
};

export type StaticServer = {
  /** Address of the site's base, e.g. http://127.0.0.1:4173/sub/ */
  url: string;
  close(): Promise<void>;
};

const HOST = '127.0.0.1';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
const CACHE_REVALIDATE = 'no-cache';

const gzipAsync = promisify(zlib.gzip);

/** The Content-Type a static host would send for a file name. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** '/sub' or 'sub/' or '' → '/sub/' ; '/' stays '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

type Resolved =
  | { kind: 'file'; filePath: string; stats: Stats }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request'; reason: string };

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function statOrNull(filePath: string): Promise<Stats | null> {
  try {
    return await fs.stat(filePath);
  } catch {
    return null;
  }
}

async function resolveRequest(
  realRoot: string,
  base: string,
  rawPath: string,
  query: string,
): Promise<Resolved> {
  // The base itself without its slash ('/sub') is a directory request like any other.
  if (base !== '/' && rawPath === base.slice(0, -1)) {
    return { kind: 'redirect', location: `${base}${query}` };
  }
  if (!rawPath.startsWith(base)) return { kind: 'not-found' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.slice(base.length));
  } catch {
    return { kind: 'bad-request', reason: 'Malformed percent-encoding in the URL path.' };
  }
  if (decoded.includes('\0')) return { kind: 'bad-request', reason: 'NUL byte in the URL path.' };
  // Refuse any '..' segment outright (raw, percent-encoded or with backslashes) rather than
  // normalising it away: a static host has no legitimate use for one.
  const segments = decoded.split(/[\\/]/);
  if (segments.some((s) => s === '..')) {
    return { kind: 'bad-request', reason: 'Path traversal ("..") is not allowed.' };
  }

  const candidate = path.resolve(realRoot, ...segments.filter((s) => s !== '' && s !== '.'));
  if (!isInside(realRoot, candidate)) return { kind: 'bad-request', reason: 'Path outside root.' };

  const stats = await statOrNull(candidate);
  if (!stats) return { kind: 'not-found' };

  if (stats.isDirectory()) {
    if (!rawPath.endsWith('/')) {
      // Collapse leading slashes so '//host' can never become a protocol-relative redirect.
      return { kind: 'redirect', location: `/${rawPath.replace(/^\/+/, '')}/${query}` };
    }
    const indexPath = path.join(candidate, 'index.html');
    const indexStats = await statOrNull(indexPath);
    if (!indexStats?.isFile()) return { kind: 'not-found' };
    return checkReal(realRoot, indexPath, indexStats);
  }
  if (!stats.isFile()) return { kind: 'not-found' };
  return checkReal(realRoot, candidate, stats);
}

// A symlink inside root must not lead outside it.
async function checkReal(realRoot: string, filePath: string, stats: Stats): Promise<Resolved> {
  const real = await fs.realpath(filePath);
  return isInside(realRoot, real) ? { kind: 'file', filePath, stats } : { kind: 'not-found' };
}

type Body = { data: Buffer; encoding: 'gzip' | null };

/** Starts a static server on 127.0.0.1 serving `root` under `base`. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const base = normalizeBase(options.base ?? '/');
  const gzipEnabled = options.gzip ?? true;
  const rootStats = await statOrNull(options.root);
  if (!rootStats?.isDirectory()) {
    throw new Error(`Static server root is not a directory: ${path.resolve(options.root)}`);
  }
  const realRoot = await fs.realpath(options.root);
  const gzipCache = new Map<string, Buffer>();

  async function readBody(filePath: string, stats: Stats, wantGzip: boolean): Promise<Body> {
    const data = await fs.readFile(filePath);
    if (!wantGzip) return { data, encoding: null };
    const key = `${filePath}:${stats.mtimeMs}:${stats.size}`;
    let compressed = gzipCache.get(key);
    if (!compressed) {
      compressed = await gzipAsync(data);
      gzipCache.set(key, compressed);
    }
    return { data: compressed, encoding: 'gzip' };
  }

  async function send(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    filePath: string,
    stats: Stats,
    cacheControl: string,
  ): Promise<void> {
    const type = contentTypeFor(filePath);
    const compressible = COMPRESSIBLE.test(type);
    const etag = `W/"${createHash('sha1').update(`${stats.size}-${stats.mtimeMs}`).digest('hex').slice(0, 16)}"`;
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': type,
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
    };
    if (compressible && gzipEnabled) headers['Vary'] = 'Accept-Encoding';
    if (status === 200) {
      headers['ETag'] = etag;
      headers['Last-Modified'] = stats.mtime.toUTCString();
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
    }
    const wantGzip = gzipEnabled && compressible && acceptsGzip(req.headers['accept-encoding']);
    const body = await readBody(filePath, stats, wantGzip);
    if (body.encoding) headers['Content-Encoding'] = body.encoding;
    headers['Content-Length'] = body.data.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body.data);
  }

  async function sendNotFound(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const page = path.join(realRoot, '404.html');
    const stats = await statOrNull(page);
    if (stats?.isFile()) {
      await send(req, res, 404, page, stats, CACHE_REVALIDATE);
      return;
    }
    sendText(req, res, 404, 'Not found');
  }

  function sendText(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    text: string,
    extra: http.OutgoingHttpHeaders = {},
  ): void {
    const body = Buffer.from(`${text}\n`);
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': CACHE_REVALIDATE,
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const rawUrl = req.url ?? '/';
    const queryIndex = rawUrl.indexOf('?');
    const rawPath = queryIndex === -1 ? rawUrl : rawUrl.slice(0, queryIndex);
    const query = queryIndex === -1 ? '' : rawUrl.slice(queryIndex);
    if (!rawPath.startsWith('/')) {
      sendText(req, res, 400, 'Request target must be an absolute path.');
      return;
    }

    const resolved = await resolveRequest(realRoot, base, rawPath, query);
    switch (resolved.kind) {
      case 'bad-request':
        sendText(req, res, 400, `Bad request: ${resolved.reason}`);
        return;
      case 'redirect':
        sendText(req, res, 301, `Moved to ${resolved.location}`, { Location: resolved.location });
        return;
      case 'not-found':
        await sendNotFound(req, res);
        return;
      case 'file': {
        const isHtml = contentTypeFor(resolved.filePath).startsWith('text/html');
        const cache =
          !isHtml && rawPath.startsWith(`${base}assets/`) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
        await send(req, res, 200, resolved.filePath, resolved.stats, cache);
        return;
      }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (res.headersSent) {
        res.destroy();
      } else {
        sendText(req, res, 500, `Internal server error: ${message}`);
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${HOST}:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

type CliArgs = { root: string; port: number; base: string; gzip: boolean };

function parseCliArgs(argv: readonly string[]): CliArgs {
  const usage = 'Usage: tsx scripts/static-server.ts <root> [--port 4173] [--base /] [--no-gzip]';
  let root: string | undefined;
  let port = 4173;
  let base = process.env.BASE ?? '/';
  let gzip = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port' || arg === '--base') {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${arg} needs a value.\n${usage}`);
      i += 1;
      if (arg === '--port') {
        port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error(`--port must be an integer from 0 to 65535, got "${value}".`);
        }
      } else {
        base = value;
      }
    } else if (arg === '--no-gzip') {
      gzip = false;
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg !== undefined && !arg.startsWith('-') && root === undefined) {
      root = arg;
    } else {
      throw new Error(`Unexpected argument "${arg}".\n${usage}`);
    }
  }
  return { root: root ?? 'dist', port, base, gzip };
}

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  const server = await startStaticServer(args);
  console.log(`Serving ${path.resolve(args.root)} at ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
