import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmIntl, warmIntlSource } from '../../src/app/warm-intl';

const LOCALES = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** A Worker stand-in that records its script and lets a test answer for it. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor(readonly url: string) {
    FakeWorker.instances.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

/** jsdom's Blob has no text(); FileReader reads it. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('warmIntl: ICU is set up on another thread before the app formats a number', () => {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  beforeEach(() => {
    FakeWorker.instances = [];
    blobs.clear();
    revoked.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
    let n = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${(n += 1)}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.documentElement.lang = 'en';
  });

  it("the worker's script runs, formats in the given locale and reports back", () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const posted: unknown[] = [];
      const run = new Function('postMessage', warmIntlSource(locale));
      run((message: unknown) => posted.push(message));
      expect(posted, locale).toEqual([0]);
      expect(warmIntlSource(locale)).toContain(`Intl.NumberFormat(${JSON.stringify(locale)}`);
    }
  });

  it("starts one worker with the script for the page's language, and ends it when it reports", async () => {
    document.documentElement.lang = 'zh-CN';
    warmIntl(LOCALES, warmIntlSource);
    expect(FakeWorker.instances).toHaveLength(1);
    const worker = FakeWorker.instances[0]!;
    expect(await blobText(blobs.get(worker.url)!)).toBe(warmIntlSource('zh-CN'));
    expect(worker.terminated).toBe(false);
    worker.onmessage?.();
    expect(worker.terminated).toBe(true);
    expect(revoked).toEqual([worker.url]);
  });

  it('ends the worker and frees its script if it fails', () => {
    document.documentElement.lang = 'en';
    warmIntl(LOCALES, warmIntlSource);
    const worker = FakeWorker.instances[0]!;
    worker.onerror?.();
    expect(worker.terminated).toBe(true);
    expect(revoked).toEqual([worker.url]);
  });

  it('does nothing for a page in a language it has no locale for', () => {
    document.documentElement.lang = 'fr';
    warmIntl(LOCALES, warmIntlSource);
    expect(FakeWorker.instances).toHaveLength(0);
  });

  it('leaves the page working where workers are refused (a strict CSP), freeing the blob', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by CSP', 'SecurityError');
        }
      },
    );
    document.documentElement.lang = 'en';
    expect(() => warmIntl(LOCALES, warmIntlSource)).not.toThrow();
    expect(revoked).toEqual(['blob:test/1']);
  });
});
