import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArticleTexts } from '../../scripts/vite/article-texts-plugin';

const ROOT = join(import.meta.dirname, '../..');

// In the browser build the texts are a JSON file the sources page fetches: stand in for that.
vi.mock('virtual:article-texts', () => ({
  INLINE_TEXTS: null,
  TEXTS_URL: '/assets/article-texts-x.json',
}));

describe("the articles' texts file", () => {
  it("holds every article's text, byte for byte as seeds/ has it", () => {
    const texts = readArticleTexts(ROOT, 'seeds');
    const files = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'));
    expect(Object.keys(texts).sort()).toEqual(files.map((n) => n.slice(0, -4)).sort());
    for (const name of files) {
      expect(texts[name.slice(0, -4)], name).toBe(readFileSync(join(ROOT, 'seeds', name), 'utf8'));
    }
  });

  it('reads only <article-id>.txt files, and nothing from a missing folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'eid-texts-'));
    writeFileSync(join(root, 'cement.txt'), '水泥');
    writeFileSync(join(root, 'cement.json'), '{}');
    writeFileSync(join(root, 'Notes.TXT'), 'x');
    expect(readArticleTexts(root, '.')).toEqual({ cement: '水泥' });
    expect(readArticleTexts(root, 'absent')).toEqual({});
  });
});

describe('loadArticleTexts: the sources page fetching the texts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the file and the status when the fetch fails, and tries again next time', async () => {
    const { articleTexts, loadArticleTexts } = await import('../../src/data/article-texts');
    const fetch = vi.fn(async () => new Response('gone', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    const failed = await loadArticleTexts();
    expect(failed).toEqual({ texts: {}, problem: '/assets/article-texts-x.json: Error: HTTP 404' });
    expect(articleTexts()).toEqual(failed);

    fetch.mockImplementation(async () => new Response(JSON.stringify({ cement: '水泥' })));
    await expect(loadArticleTexts()).resolves.toEqual({ texts: { cement: '水泥' }, problem: null });
    expect(articleTexts().texts).toEqual({ cement: '水泥' });
    // Loaded once: later calls do not fetch again.
    await loadArticleTexts();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
