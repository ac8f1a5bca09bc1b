import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTexts } from '../../src/data/article-texts';
import { loadFromDisk } from '../../scripts/vite/datasets-plugin';
import type { Article, DashboardEvent, Figure } from '../../src/data/schema';
import {
  articleOf,
  mapArticle,
  orderArticles,
  quoteRangesOf,
} from '../../src/features/sources/article-map';
import { symbolizeFormula } from '../../src/features/sources/formula';
import {
  findQuoteRanges,
  groupRuns,
  isSubheading,
  segmentBlock,
  splitArticle,
  type QuotedRange,
  type TextRange,
} from '../../src/features/sources/highlight';

const ARTICLE_TEXTS = articleTexts().texts;

const compact = (s: string) => s.replace(/\s+/gu, '');

describe('findQuoteRanges', () => {
  const cases: { name: string; text: string; quote: string; expected: string[] }[] = [
    {
      name: 'verbatim',
      text: '上半年水泥产量9.53亿吨。',
      quote: '水泥产量9.53亿吨',
      expected: ['水泥产量9.53亿吨'],
    },
    {
      name: 'quote has a space the text lacks',
      text: '提升办电速度让接电更高效',
      quote: '办电速度 让接电',
      expected: ['办电速度让接电'],
    },
    {
      name: 'text has a space the quote lacks',
      text: '提升办电速度 让接电更高效',
      quote: '速度让接电',
      expected: ['速度 让接电'],
    },
    {
      name: 'a line break and a full-width space inside the quoted clause',
      text: '累计水泥\n产量\u30009.53亿吨，同比',
      quote: '水泥产量9.53亿吨',
      expected: ['水泥\n产量\u30009.53亿吨'],
    },
    {
      name: 'whitespace around the quote is not part of the range',
      text: '甲 乙丙 丁',
      quote: '  乙丙  ',
      expected: ['乙丙'],
    },
    { name: 'every occurrence', text: '20天，又20天', quote: '20天', expected: ['20天', '20天'] },
    { name: 'overlapping occurrences', text: '啊啊啊', quote: '啊啊', expected: ['啊啊', '啊啊'] },
    { name: 'not in the text', text: '水泥产量9.53亿吨', quote: '9.54亿吨', expected: [] },
    { name: 'empty quote', text: '水泥', quote: '', expected: [] },
    { name: 'blank quote', text: '水 泥', quote: ' \n ', expected: [] },
    { name: 'empty text', text: '', quote: '水泥', expected: [] },
  ];
  it.each(cases)('$name', ({ text, quote, expected }) => {
    const ranges = findQuoteRanges(text, quote);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(expected);
    for (const r of ranges) expect(compact(text.slice(r.start, r.end))).toBe(compact(quote));
  });

  it('maps positions back to the original text, not the compacted one', () => {
    expect(findQuoteRanges('a b c d', 'cd')).toEqual([{ start: 4, end: 7 }]);
  });
});

describe('isSubheading', () => {
  it.each([
    ['发展与安全并重', true],
    ['提升办电速度 让接电更高效', true],
    ['这表明，保交楼工作取得了积极进展。', false],
    ['（数据来源：南方电网广西电网公司）', false],
    ['南方电网广西柳州供电局安排工作人员开展上门服务。', false],
    ['“电力贷”解决融资难题”', false],
    ['', false],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五', false],
  ])('%s → %s', (text, expected) => {
    expect(isSubheading(text)).toBe(expected);
  });
});

describe('splitArticle', () => {
  const cases: {
    name: string;
    text: string;
    title?: string;
    expected: [string, string][];
  }[] = [
    {
      name: 'a printed title is recognised by the article title',
      text: '加大政策力度推进保交楼\n\n正文第一段。',
      title: '加大政策力度推进保交楼',
      expected: [
        ['title', '加大政策力度推进保交楼'],
        ['paragraph', '正文第一段。'],
      ],
    },
    {
      name: 'a first line that is not the title is a subheading or text',
      text: '发展与安全并重\n\n正文。',
      title: 'ISC 2023专家谈人工智能发展与数字安全',
      expected: [
        ['heading', '发展与安全并重'],
        ['paragraph', '正文。'],
      ],
    },
    {
      name: 'without a title the first short line is a heading',
      text: '加大政策力度推进保交楼\n\n正文。',
      expected: [
        ['heading', '加大政策力度推进保交楼'],
        ['paragraph', '正文。'],
      ],
    },
    {
      name: 'CRLF, several blank lines and space-only lines separate paragraphs',
      text: '  第一段。\r\n\r\n \r\n\n第二段。\n',
      expected: [
        ['paragraph', '第一段。'],
        ['paragraph', '第二段。'],
      ],
    },
    {
      name: 'a single line break stays inside a paragraph',
      text: '一句话，\n接着说。',
      expected: [['paragraph', '一句话，\n接着说。']],
    },
    { name: 'an empty text has no paragraphs', text: ' \n\n ', expected: [] },
  ];
  it.each(cases)('$name', ({ text, title, expected }) => {
    const blocks = splitArticle(text, title);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual(expected);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('segmentBlock', () => {
  // 0123456789…: 全国水泥产量9.53亿吨，同比增长1.3%。
  const text = '全国水泥产量9.53亿吨，同比增长1.3%。';
  const block = { start: 0, end: text.length };
  const range = (quote: string): TextRange => {
    const found = findQuoteRanges(text, quote)[0];
    if (!found) throw new Error(`fixture quote ${quote} not in ${text}`);
    return found;
  };
  const quoted = (id: string, quote: string): QuotedRange => ({ id, ...range(quote) });
  const level = quoted('level', '水泥产量9.53亿吨');
  const change = quoted('change', '水泥产量9.53亿吨，同比增长1.3%');
  const twin = quoted('twin', '水泥产量9.53亿吨，同比增长1.3%');

  const cases: {
    name: string;
    others: QuotedRange[];
    active: TextRange[];
    expected: [string, boolean, string | undefined][];
  }[] = [
    {
      name: 'no quotes: one plain run',
      others: [],
      active: [],
      expected: [[text, false, undefined]],
    },
    {
      name: 'another figure’s quote becomes a link',
      others: [level],
      active: [],
      expected: [
        ['全国', false, undefined],
        ['水泥产量9.53亿吨', false, 'level'],
        ['，同比增长1.3%。', false, undefined],
      ],
    },
    {
      name: 'nested quotes: each part links to the most specific figure',
      others: [change, level],
      active: [],
      expected: [
        ['全国', false, undefined],
        ['水泥产量9.53亿吨', false, 'level'],
        ['，同比增长1.3%', false, 'change'],
        ['。', false, undefined],
      ],
    },
    {
      name: 'the chosen quote is marked; a shorter figure inside it stays a link',
      others: [level],
      active: [range('水泥产量9.53亿吨，同比增长1.3%')],
      expected: [
        ['全国', false, undefined],
        ['水泥产量9.53亿吨', true, 'level'],
        ['，同比增长1.3%', true, undefined],
        ['。', false, undefined],
      ],
    },
    {
      name: 'a figure sharing the chosen quote word for word does not link the highlight',
      others: [twin],
      active: [range('水泥产量9.53亿吨，同比增长1.3%')],
      expected: [
        ['全国', false, undefined],
        ['水泥产量9.53亿吨，同比增长1.3%', true, undefined],
        ['。', false, undefined],
      ],
    },
    {
      name: 'overlapping highlights (a derived figure’s inputs) read as one',
      others: [],
      active: [range('水泥产量9.53亿吨'), range('9.53亿吨，同比增长1.3%')],
      expected: [
        ['全国', false, undefined],
        ['水泥产量9.53亿吨，同比增长1.3%', true, undefined],
        ['。', false, undefined],
      ],
    },
  ];
  it.each(cases)('$name', ({ others, active, expected }) => {
    const runs = segmentBlock(text, block, others, active);
    expect(runs.map((r) => [r.text, r.marked, r.linkId])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('clips quotes to the block it renders', () => {
    const full = '第一段。\n\n第二段开头。';
    const second = { start: full.indexOf('第二段'), end: full.length };
    const across = { id: 'x', start: 2, end: full.indexOf('开头') };
    const runs = segmentBlock(full, second, [across], []);
    expect(runs.map((r) => [r.text, r.linkId])).toEqual([
      ['第二段', 'x'],
      ['开头。', undefined],
    ]);
  });

  it('groups consecutive marked runs into one highlight', () => {
    const runs = segmentBlock(text, block, [level], [range('水泥产量9.53亿吨，同比增长1.3%')]);
    expect(groupRuns(runs).map((g) => [g.marked, g.runs.map((r) => r.text).join('')])).toEqual([
      [false, '全国'],
      [true, '水泥产量9.53亿吨，同比增长1.3%'],
      [false, '。'],
    ]);
  });
});

describe('symbolizeFormula', () => {
  it.each([
    {
      formula: 'cement.output-h1 / (1 + cement.output-yoy-same-caliber / 100)',
      inputs: ['cement.output-h1', 'cement.output-yoy-same-caliber'],
      text: 'a / (1 + b / 100)',
    },
    { formula: 'x.a-b + x.a', inputs: ['x.a', 'x.a-b'], text: 'b + a' },
    { formula: 'x.a * x.a - 1', inputs: ['x.a'], text: 'a * a - 1' },
    { formula: 'x.ab + 1', inputs: ['x.a'], text: 'x.ab + 1' },
  ])('$formula → $text', ({ formula, inputs, text }) => {
    const result = symbolizeFormula(formula, inputs);
    expect(result.text).toBe(text);
    expect(result.symbols.map((s) => s.id)).toEqual([...new Set(inputs)]);
  });
});

describe('article map', () => {
  const base = {
    indicator: 'cement-output',
    sector: 'cement',
    measure: 'level',
    unit: 'tonne',
    qualifier: 'exact',
    region: 'china',
    period: { kind: 'half', year: 2023, half: 1 },
  } as const;
  const fig = (id: string, extra: Partial<Figure>): Figure => ({
    ...base,
    id,
    name: { zh: id, en: id },
    value: 1,
    ...extra,
  });
  const text = '上半年水泥产量9.53亿吨，同比增长1.3%。8月份价格回升。';
  const figures = new Map<string, Figure>(
    Object.entries({
      'c.level': fig('c.level', {
        asPrinted: '9.53亿吨',
        source: { article: 'cem', quote: '水泥产量9.53亿吨', gistEn: 'g' },
      }),
      'c.change': fig('c.change', {
        asPrinted: '增长1.3%',
        source: { article: 'cem', quote: '同比增长1.3%', gistEn: 'g' },
      }),
      'c.missing': fig('c.missing', {
        asPrinted: '9亿吨',
        source: { article: 'cem', quote: '产量9亿吨', gistEn: 'g' },
      }),
      'c.implied': fig('c.implied', {
        derived: { formula: 'c.level / (1 + c.change / 100)', inputs: ['c.level', 'c.change'] },
      }),
      'c.loop': fig('c.loop', { derived: { formula: 'c.loop', inputs: ['c.loop'] } }),
      'h.other': fig('h.other', {
        asPrinted: '9.53亿吨',
        source: { article: 'other', quote: '9.53亿吨', gistEn: 'g' },
      }),
    }),
  );
  const events: DashboardEvent[] = [
    {
      id: 'c.rebound',
      sector: 'cement',
      kind: 'market',
      date: '2023-08',
      name: { zh: '回升', en: 'rebound' },
      asPrinted: '8月份',
      source: { article: 'cem', quote: '8月份价格回升', gistEn: 'g' },
    },
  ];
  const eventsById = new Map([['c.rebound', events[0] as DashboardEvent]]);

  it('a derived figure belongs to its inputs’ article; a self-referring one to none', () => {
    expect(articleOf('c.implied', figures, eventsById)).toBe('cem');
    expect(articleOf('c.rebound', figures, eventsById)).toBe('cem');
    expect(articleOf('c.loop', figures, eventsById)).toBeUndefined();
    expect(articleOf('nope.nothing', figures, eventsById)).toBeUndefined();
  });

  it('a derived figure highlights its inputs’ quotes', () => {
    const ranges = quoteRangesOf('c.implied', 'cem', text, figures, eventsById);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      '水泥产量9.53亿吨',
      '同比增长1.3%',
    ]);
    expect(quoteRangesOf('h.other', 'cem', text, figures, eventsById)).toEqual([]);
  });

  it('lists an article’s figures and milestones in reading order, unfound and derived last', () => {
    const ids = ['c.implied', 'c.missing', 'c.change', 'c.level', 'c.loop', 'h.other'];
    const map = mapArticle('cem', text, ids, figures, events);
    expect(map.items.map((i) => i.id)).toEqual([
      'c.level',
      'c.change',
      'c.rebound',
      'c.implied',
      'c.missing',
    ]);
    expect(map.quoted.map((q) => q.id)).toEqual(['c.change', 'c.level', 'c.rebound']);
  });

  it('orders articles as the sectors are ordered', () => {
    const article = (id: string, sector: Article['sector']): Article => ({
      id,
      sector,
      title: { zh: id, en: id },
      publication: { date: null, outlet: null, note: { zh: 'n', en: 'n' } },
    });
    const ordered = orderArticles(
      new Map(
        [
          article('p', 'power'),
          article('c', 'cement'),
          article('h', 'housing'),
          article('a', 'ai-security'),
        ].map((a) => [a.id, a]),
      ),
    );
    expect(ordered.map((a) => a.id)).toEqual(['h', 'a', 'c', 'p']);
  });
});

describe('the real articles', () => {
  const data = loadFromDisk(process.cwd());
  const figures = data.datasets.flatMap((d) => d.dataset.figures);
  const events = data.datasets.flatMap((d) => d.dataset.events);
  const sourced = [...figures, ...events].filter((item) => item.source !== undefined);

  it('loads every article’s text exactly as stored in seeds/', () => {
    expect(data.articles.length).toBe(4);
    for (const article of data.articles) {
      const onDisk = readFileSync(join(process.cwd(), 'seeds', `${article.id}.txt`), 'utf8');
      expect(ARTICLE_TEXTS[article.id], article.id).toBe(onDisk);
    }
  });

  it('finds every figure’s and milestone’s quote in its article, and its printed value inside', () => {
    expect(sourced.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const item of sourced) {
      const source = item.source as NonNullable<typeof item.source>;
      const text = ARTICLE_TEXTS[source.article] ?? '';
      const ranges = findQuoteRanges(text, source.quote);
      if (ranges.length === 0) missing.push(`${item.id}: ${source.quote}`);
      const printed = item.asPrinted ? compact(item.asPrinted) : '';
      const inside = ranges.some((r) => compact(text.slice(r.start, r.end)).includes(printed));
      if (ranges.length > 0 && !inside) missing.push(`${item.id}: ${printed} not in its quote`);
    }
    expect(missing).toEqual([]);
  });

  it('recognises the printed title and the subheadings', () => {
    const kinds = (id: string) => {
      const article = data.articles.find((a) => a.id === id);
      return splitArticle(ARTICLE_TEXTS[id] ?? '', article?.title.zh)
        .filter((b) => b.kind !== 'paragraph')
        .map((b) => [b.kind, b.text]);
    };
    expect(kinds('baojiaolou')).toEqual([['title', '加大政策力度推进保交楼']]);
    expect(kinds('cement-h1-2023')).toEqual([]);
    expect(kinds('isc2023-ai-security')).toEqual([
      ['heading', '发展与安全并重'],
      ['heading', '创新技术手段'],
      ['heading', '培育产业生态'],
    ]);
    expect(kinds('guangxi-power')).toEqual([
      ['heading', '提升办电速度 让接电更高效'],
      ['heading', '丰富办电方式 让客户更便捷'],
      ['heading', '节约接电成本 助力企业减负'],
    ]);
  });
});
