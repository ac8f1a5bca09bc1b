import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBundle } from '../../src/i18n/bundles';
import { loadLanguage } from '../../src/i18n';
import { LANGS } from '../../src/i18n/languages';
import { mergeNamespaces } from '../../scripts/vite/strings-plugin';

const ROOT = join(import.meta.dirname, '../..');

describe("the browser build's strings files", () => {
  it('hold every namespace of each language, exactly as the locale files say', async () => {
    for (const lang of LANGS) {
      const merged = mergeNamespaces(ROOT, lang);
      const files = readdirSync(join(ROOT, 'src/i18n/locales', lang)).filter((n) =>
        n.endsWith('.json'),
      );
      expect(Object.keys(merged).sort(), lang).toEqual(files.map((n) => n.slice(0, -5)).sort());
      // The same strings the server renderer and tests use, so hydration matches.
      expect(merged, lang).toEqual(await loadLanguage(lang));
    }
  });

  it('a broken locale file stops the build with its path', () => {
    const root = mkdtempSync(join(tmpdir(), 'eid-strings-'));
    const dir = join(root, 'src/i18n/locales/en');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'common.json'), '{"title": "ok"}');
    writeFileSync(join(dir, 'table.json'), '{"title": ');
    expect(() => mergeNamespaces(root, 'en')).toThrow(
      /src\/i18n\/locales\/en\/table\.json: invalid JSON/,
    );
  });
});

describe('fetchBundle: loading a language in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the strings the server sends', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ common: { title: '看板' } }))),
    );
    await expect(fetchBundle('/assets/strings-zh-x.json')).resolves.toEqual({
      common: { title: '看板' },
    });
  });

  it('names the file and the HTTP status when the server refuses', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    await expect(fetchBundle('/assets/strings-en-x.json')).rejects.toThrow(
      'Could not load the strings /assets/strings-en-x.json: HTTP 404',
    );
  });

  it('names the file when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(fetchBundle('/assets/strings-en-x.json')).rejects.toThrow(
      /Could not load the strings \/assets\/strings-en-x\.json: TypeError: Failed to fetch/,
    );
  });
});
