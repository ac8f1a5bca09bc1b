import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n/languages';
import { renderApp } from '../render-app';

/**
 * Names every plain object inherits. A page that looks ids up on a plain object finds a function
 * (or the prototype) for these instead of nothing, and breaks.
 */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;

/** Each view's main heading and a part of its normal content, by language. */
const VIEWS = {
  overview: {
    path: '',
    heading: { en: 'Overview', zh: '概览' },
    content: (lang: Lang) =>
      within(screen.getByRole('navigation', { name: { en: 'Sectors', zh: '板块' }[lang] })),
    contentRole: 'link',
    contentCount: 4,
  },
  table: {
    path: 'table/',
    heading: { en: 'All data', zh: '全部数据' },
    content: (lang: Lang) =>
      within(screen.getByRole('group', { name: { en: 'Sector', zh: '行业' }[lang] })),
    // "All" and the four sectors
    contentRole: 'button',
    contentCount: 5,
  },
  compare: {
    path: 'compare/',
    heading: { en: 'Compare sectors, indicators and figures', zh: '对比行业、指标与数据' },
    content: (lang: Lang) =>
      within(screen.getByRole('group', { name: { en: 'Sectors', zh: '行业' }[lang] })),
    contentRole: 'checkbox',
    contentCount: 4,
  },
  sources: {
    path: 'sources/',
    heading: { en: 'Source articles', zh: '原文来源' },
    content: (lang: Lang) =>
      within(screen.getByRole('navigation', { name: { en: 'Articles', zh: '文章' }[lang] })),
    contentRole: 'link',
    contentCount: 4,
  },
} as const;

type ViewName = keyof typeof VIEWS;

/** Every id-taking parameter of every view, each tried in one language (both are covered). */
const PARAMS: [ViewName, string, Lang, string][] = [
  ['sources', 'figure', 'zh', ''],
  ['sources', 'figure', 'en', ''],
  ['sources', 'article', 'en', ''],
  ['sources', 'article', 'zh', ''],
  ['compare', 'ids', 'en', ''],
  ['compare', 'ids', 'zh', 'sectors=cement&'],
  ['compare', 'sectors', 'en', ''],
  ['table', 'sector', 'zh', ''],
  ['table', 'sort', 'zh', 'sector=cement&'],
  ['table', 'dir', 'en', 'sort=value&'],
  ['table', 'page', 'en', ''],
  ['overview', 'sector', 'en', ''],
  ['overview', 'sector', 'zh', ''],
];

const CASES = PARAMS.flatMap(([view, param, lang, rest]) =>
  PROTOTYPE_NAMES.map((value) => ({ view, param, lang, value, rest })),
);

beforeEach(() => {
  // jsdom does not scroll; the overview and sources pages ask to.
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('ids named like Object.prototype members', { timeout: 30_000 }, () => {
  it.each(CASES)(
    '/$lang/ $view ?$param=$value renders the page and says the value is unusable',
    async ({ view, param, lang, value, rest }) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const spec = VIEWS[view];
        await renderApp(`/${lang}/${spec.path}?${rest}${param}=${value}`);

        expect(
          screen.getByRole('heading', { level: 1, name: spec.heading[lang] }),
        ).toBeInTheDocument();
        expect(spec.content(lang).getAllByRole(spec.contentRole)).toHaveLength(spec.contentCount);
        const notices = screen.getAllByRole('status').map((n) => n.textContent ?? '');
        expect(notices.some((text) => text.includes(value))).toBe(true);
        expect(errors).not.toHaveBeenCalled();
      } finally {
        errors.mockRestore();
      }
    },
  );
});
