// @vitest-environment node
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  normalizeBase,
  startStaticServer,
  type StaticServer,
} from '../../scripts/static-server';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A raw request: node:http sends the path untouched (no '..' normalising, no auto-gunzip). */
function request(
  serverUrl: string,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  const { hostname, port } = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const INDEX_HTML = '<!doctype html><html lang="en"><title>root</title></html>';
const ZH_HTML = '<!doctype html><html lang="zh-CN"><title>中文</title></html>';
const NOT_FOUND_HTML = '<!doctype html><title>Page not found</title>';
const SCRIPT = `export const figures = ${JSON.stringify('x'.repeat(2000))};\n`;

let root: string;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'static-server-root-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'static-server-outside-'));
  await mkdir(path.join(root, 'zh', 'table'), { recursive: true });
  await mkdir(path.join(root, 'assets'));
  await mkdir(path.join(root, 'empty'));
  await writeFile(path.join(root, 'index.html'), INDEX_HTML);
  await writeFile(path.join(root, 'zh', 'index.html'), ZH_HTML);
  await writeFile(path.join(root, 'zh', 'table', 'index.html'), ZH_HTML);
  await writeFile(path.join(root, '404.html'), NOT_FOUND_HTML);
  await writeFile(path.join(root, 'assets', 'index-AbC123.js'), SCRIPT);
  await writeFile(path.join(root, 'assets', 'logo-Z9.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(root, 'site.webmanifest'), '{"name":"x"}');
  await writeFile(path.join(outside, 'secret.txt'), 'top secret');
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('startStaticServer at the root base', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 with a random port and reports the base URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });

  it.each([
    ['/', INDEX_HTML],
    ['/zh/', ZH_HTML],
    ['/zh/table/', ZH_HTML],
    ['/zh/index.html', ZH_HTML],
  ])('serves the directory index for %s', async (urlPath, html) => {
    const res = await request(server.url, urlPath);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toBe(html);
  });

  it.each([
    ['/zh', '/zh/'],
    ['/zh/table', '/zh/table/'],
    ['/zh?lang=1', '/zh/?lang=1'],
    ['//zh', '/zh/'],
  ])('redirects the directory %s to %s with 301', async (urlPath, location) => {
    const res = await request(server.url, urlPath);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(location);
  });

  it('gzips text when the client accepts it, and says so', async () => {
    const res = await request(server.url, '/assets/index-AbC123.js', {
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gunzipSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(SCRIPT.length);
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const variants: Record<string, string>[] = [{}, { 'Accept-Encoding': 'gzip;q=0, identity' }];
    for (const headers of variants) {
      const res = await request(server.url, '/assets/index-AbC123.js', headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString()).toBe(SCRIPT);
    }
  });

  it('caches hashed assets for a year and revalidates everything else', async () => {
    const asset = await request(server.url, '/assets/logo-Z9.png');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('image/png');
    const manifest = await request(server.url, '/site.webmanifest');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
  });

  it('answers a repeat request with a matching ETag by 304', async () => {
    const first = await request(server.url, '/zh/');
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const second = await request(server.url, '/zh/', { 'If-None-Match': String(etag) });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it.each(['/nope', '/zh/nope/', '/empty/', '/assets/missing.js'])(
    'serves 404.html with status 404 for %s',
    async (urlPath) => {
      const res = await request(server.url, urlPath);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body.toString()).toBe(NOT_FOUND_HTML);
    },
  );

  it.each([
    '/../etc/passwd',
    '/zh/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/zh/..%2f..%2fetc/passwd',
    '/..%5c..%5cetc%5cpasswd',
    '/%E0%A4%A',
  ])('refuses the traversal or malformed path %s', async (urlPath) => {
    const res = await request(server.url, urlPath);
    expect([400, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain('root:');
  });

  it('does not follow a symlink out of the root', async () => {
    const res = await request(server.url, '/escape.txt');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('top secret');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await request(server.url, '/zh/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await request(server.url, '/zh/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('startStaticServer under a sub-path base', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, base: '/sub/', gzip: false });
  });
  afterAll(() => server.close());

  it('reports the base in its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  });

  it('serves files under the base', async () => {
    const res = await request(server.url, '/sub/zh/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(ZH_HTML);
  });

  it('redirects the base and its directories to their slashed form', async () => {
    expect((await request(server.url, '/sub')).headers.location).toBe('/sub/');
    expect((await request(server.url, '/sub/zh')).headers.location).toBe('/sub/zh/');
  });

  it('treats paths outside the base as not found', async () => {
    const res = await request(server.url, '/zh/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe(NOT_FOUND_HTML);
  });

  it('applies the long cache to the base assets folder', async () => {
    const res = await request(server.url, '/sub/assets/index-AbC123.js', {
      'Accept-Encoding': 'gzip',
    });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // gzip: false turns compression off even for a client that accepts it.
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('startStaticServer errors', () => {
  it('rejects a root that is not a directory', async () => {
    await expect(startStaticServer({ root: path.join(root, 'missing') })).rejects.toThrow(
      /root is not a directory/,
    );
  });
});

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/sub', '/sub/'],
    ['sub/', '/sub/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});
