import { describe, expect, it } from 'vitest';
import { bootApp } from '../../src/app/boot';
import { headFor, headItem, type HeadInfo } from '../../src/app/head';
import { previewCard } from '../../src/app/preview';
import { parseLocation } from '../../src/store/url-state';
import { realDataset } from '../render-app';

/** A prerendered page's head, as the build writes it, with or without the site's origin. */
function head(path: string, origin = ''): HeadInfo {
  const [pathname = '/', search = ''] = path.split('?');
  const parsed = parseLocation(pathname, search ? `?${search}` : '');
  const { store, i18n } = bootApp(parsed, realDataset());
  const item = headItem(store.getState(), parsed.route, i18n.t);
  return headFor(parsed.route, i18n.t, '/', origin, item);
}

const tag = (h: HeadInfo, name: string) => h.social.find(([key]) => key === name)?.[1];

describe('each page’s head names what it shows, in its language', () => {
  it('an indicator page: its name, latest value, period and change', () => {
    const en = head('/en/indicators/cement-output/');
    expect(en.title).toBe('Cement output: 953 million t, H1 2023 · Economic Indicator Dashboard');
    expect(en.description).toMatch(
      /^Cement output, China: 953 million t in H1 2023\. Year-on-year change: \+1\.3% \(same-caliber\)\./,
    );
    expect(tag(en, 'og:title')).toBe('Cement output: 953 million t, H1 2023');
    expect(tag(en, 'og:locale')).toBe('en_US');
    const zh = head('/zh/indicators/power-new-customers/');
    expect(zh.title).toBe('新增用电客户：截至2023年7月52.8万户 · 经济指标看板');
    expect(zh.description).toContain('同比变化：+26.2%');
    expect(tag(zh, 'og:locale')).toBe('zh_CN');
  });

  it('without the site’s origin, no tag with a URL: no canonical, hreflang, og:url or og:image', () => {
    for (const path of [
      '/en/',
      '/zh/table/',
      '/en/indicators/cement-output/',
      '/zh/embed/cement-output/',
    ]) {
      const h = head(path);
      expect(h.canonical).toBeUndefined();
      expect(h.alternates).toEqual([]);
      expect(h.social.map(([k]) => k)).not.toContain('og:url');
      expect(h.social.map(([k]) => k)).not.toContain('og:image');
      expect(tag(h, 'twitter:card')).toBe('summary');
    }
  });

  it('with it, absolute links and the page’s own preview image', () => {
    const h = head('/zh/indicators/cement-output/', 'https://dash.example.org');
    expect(h.canonical).toBe('https://dash.example.org/zh/indicators/cement-output/');
    expect(h.alternates).toContainEqual({
      hreflang: 'en',
      href: 'https://dash.example.org/en/indicators/cement-output/',
    });
    expect(tag(h, 'og:image')).toBe('https://dash.example.org/og/zh/cement-output.png');
    expect(tag(h, 'og:image:width')).toBe('1200');
    expect(tag(h, 'twitter:card')).toBe('summary_large_image');
    // An embed's canonical page is the full page it comes from.
    const embed = head('/en/embed/cement-output/', 'https://dash.example.org');
    expect(embed.canonical).toBe('https://dash.example.org/en/indicators/cement-output/');
    // Also for an id the data lacks: its page (which says so), not compare.
    expect(head('/en/embed/no-such-thing/', 'https://dash.example.org').canonical).toBe(
      'https://dash.example.org/en/indicators/no-such-thing/',
    );
    const compare = head(
      '/en/embed/compare/?indicators=cement-output,power-new-customers',
      'https://dash.example.org',
    );
    expect(compare.canonical).toBe(
      'https://dash.example.org/en/compare/?indicators=cement-output,power-new-customers',
    );
    expect(tag(compare, 'og:image')).toBe('https://dash.example.org/og/en/compare.png');
  });
});

describe('preview cards', () => {
  const card = (path: string) => {
    const parsed = parseLocation(path, '');
    const { store, i18n } = bootApp(parsed, realDataset());
    return previewCard(store.getState(), parsed.route, i18n.t);
  };

  it('an indicator’s card: its value, period, change, trend and source article', () => {
    const en = card('/en/indicators/cement-output/');
    expect(en).toMatchObject({
      kicker: 'Cement',
      title: 'Cement output',
      value: '953 million t',
      when: 'H1 2023 · China',
      change: 'Year-on-year change: +1.3% (same-caliber)',
      site: '经济指标看板 · Economic Indicator Dashboard',
    });
    expect(en.source).toMatch(/^Source: /);
    // H1 2022 computed on each 口径, H1 2023 printed: the trend the index draws.
    expect(en.trend?.computed).toEqual([true, true, false]);
    expect(card('/zh/indicators/cement-output/')).toMatchObject({
      title: '水泥产量',
      value: '9.53亿吨',
    });
  });

  it('a view’s card: its title, description and what the dashboard holds', () => {
    const zh = card('/zh/table/');
    expect(zh.title).toBe('全部数据');
    expect(zh.value).toBeUndefined();
    expect(zh.source).toMatch(/^4篇报道中的\d+个数字/);
  });
});

describe('the embed of compare', () => {
  it('reserves its path segment: no indicator may be called "compare"', async () => {
    const { indicatorEntrySchema } = await import('../../src/data/vocabulary');
    const entry = {
      id: 'compare',
      name: { zh: '对比', en: 'Compare' },
      sector: 'cement',
      unit: 'tonne',
      measure: 'level',
    };
    const result = indicatorEntrySchema.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /"compare" is reserved: \/\{zh,en\}\/embed\/compare\//,
    );
    expect(indicatorEntrySchema.safeParse({ ...entry, id: 'compare-output' }).success).toBe(true);
  });
});
