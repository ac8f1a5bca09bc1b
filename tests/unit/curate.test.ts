// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findDates } from '../../src/curate/dates';
import {
  draftArticle,
  toJsonText,
  TODO_SECTOR,
  TODO_TRANSLATE,
  type CurateOptions,
  type DraftFigure,
} from '../../src/curate/draft';
import { scoreDraft, type CuratedDataset } from '../../src/curate/evaluate';
import { findFigures } from '../../src/curate/figures';
import { joinColumns, printedTitle, removeStraySpaces, seedText } from '../../src/curate/join';
import { DRAFT_MESSAGE } from '../../src/data/provenance/check';
import { articleSchema, datasetSchema } from '../../src/data/schema';
import { PROJECT_VOCABULARY } from '../../src/data/vocabulary';

const UNITS = PROJECT_VOCABULARY.units.map((u) => u.id);
import { PROJECT_ROOT, runCheckData } from '../../scripts/check-data';
import { articleIdFromFile, parseCurateArgs, runCurate } from '../../scripts/curate';
import { evaluateSeeds, SEED_ARTICLES, SEED_PUBLICATION_MONTH } from '../../scripts/curate-eval';

const SECTOR_OF = {
  baojiaolou: 'housing',
  'isc2023-ai-security': 'ai-security',
  'cement-h1-2023': 'cement',
  'guangxi-power': 'power',
} as const;

const rawOf = (id: string): string =>
  readFileSync(join(PROJECT_ROOT, 'tests/fixtures/raw', `${id}.txt`), 'utf8');
const seedOf = (id: string): string =>
  readFileSync(join(PROJECT_ROOT, 'seeds', `${id}.txt`), 'utf8');

/** The figures one paragraph prints, as a reviewer reads them. */
function figuresIn(text: string) {
  return findFigures(text, findDates(text), PROJECT_VOCABULARY).map((f) => ({
    asPrinted: f.asPrinted,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    measure: f.measure,
  }));
}

/** The single figure drafted from a one-sentence article. */
function draftOne(text: string, options: Partial<CurateOptions> = {}): DraftFigure {
  const { figures } = draftArticle(text, {
    articleId: 'demo',
    sector: 'cement',
    ...options,
  }).dataset;
  expect(figures).toHaveLength(1);
  return figures[0] as DraftFigure;
}

describe('joining the newspaper columns', () => {
  it.each(SEED_ARTICLES)('turns the raw %s into exactly the curated seed text', (id) => {
    expect(seedText(joinColumns(rawOf(id)))).toBe(seedOf(id));
  });

  it.each([
    ['2022 年 8 月 ，住 房 和 城 乡 建 设 部 、财 政', '2022年8月，住房和城乡建设部、财政'],
    ['近 100%，累计已经完成住房交付超过 165 万', '近100%，累计已经完成住房交付超过165万'],
    ['全大会（ISC 2023）上，多位专家提出，', '全大会（ISC 2023）上，多位专家提出，'],
    ['动融入“爱广西 APP”等城市级服务平台', '动融入“爱广西APP”等城市级服务平台'],
    ['提升办电速度 让接电更高效', '提升办电速度 让接电更高效'],
    ['“ 当 前 ，深 度 学 习 进 入 快 速 发 展', '“当前，深度学习进入快速发展'],
  ])('removes the stray spaces of %j', (line, joined) => {
    expect(removeStraySpaces(line)).toBe(joined);
  });

  it('takes a short first line without punctuation as the title, and nothing else', () => {
    expect(printedTitle(rawOf('baojiaolou'))).toBe('加大政策力度推进保交楼');
    for (const id of ['isc2023-ai-security', 'cement-h1-2023', 'guangxi-power']) {
      expect(printedTitle(rawOf(id))).toBeNull();
    }
  });
});

describe('finding the figures a sentence prints', () => {
  it.each([
    [
      '全国规模以上企业累计水泥产量9.53亿吨',
      [
        {
          asPrinted: '9.53亿吨',
          value: 953000000,
          unit: 'tonne',
          qualifier: 'exact',
          measure: 'level',
        },
      ],
    ],
    [
      '广西新增用电客户52.8万户，同比增加26.2%，累计新增用电容量1030万千伏安',
      [
        {
          asPrinted: '52.8万户',
          value: 528000,
          unit: 'customer',
          qualifier: 'exact',
          measure: 'level',
        },
        {
          asPrinted: '增加26.2%',
          value: 26.2,
          unit: 'percent',
          qualifier: 'exact',
          measure: 'yoy-change',
        },
        {
          asPrinted: '1030万千伏安',
          value: 10300000,
          unit: 'kva',
          qualifier: 'exact',
          measure: 'level',
        },
      ],
    ],
    [
      '河南地区水泥价格上调30元/吨',
      [
        {
          asPrinted: '上调30元/吨',
          value: 30,
          unit: 'yuan-per-tonne',
          qualifier: 'exact',
          measure: 'adjustment',
        },
      ],
    ],
    [
      '全国房屋竣工面积同比增长20.5%',
      [
        {
          asPrinted: '增长20.5%',
          value: 20.5,
          unit: 'percent',
          qualifier: 'exact',
          measure: 'yoy-change',
        },
      ],
    ],
    [
      '水泥产量较上年同期下降2.4%，同比减少约2400万吨',
      [
        {
          asPrinted: '下降2.4%',
          value: -2.4,
          unit: 'percent',
          qualifier: 'exact',
          measure: 'yoy-change',
        },
        {
          asPrinted: '减少约2400万吨',
          value: -24000000,
          unit: 'tonne',
          qualifier: 'about',
          measure: 'yoy-change',
        },
      ],
    ],
    [
      '贵州贵阳、安顺、毕节地区水泥企业公布价格上调5元/吨至30元/吨不等',
      [
        {
          asPrinted: '上调5元/吨至30元/吨',
          value: { min: 5, max: 30 },
          unit: 'yuan-per-tonne',
          qualifier: 'exact',
          measure: 'adjustment',
        },
      ],
    ],
    [
      '水泥产量20—30万吨',
      [
        {
          asPrinted: '20—30万吨',
          value: { min: 200000, max: 300000 },
          unit: 'tonne',
          qualifier: 'exact',
          measure: 'level',
        },
      ],
    ],
    [
      '国内公开发布的大模型已达百余个',
      [
        {
          asPrinted: '百余个',
          value: 100,
          unit: 'model',
          qualifier: 'more-than',
          measure: 'level',
        },
      ],
    ],
    [
      '金融部门配合推出两批共3500亿元保交楼专项借款',
      [
        { asPrinted: '两批', value: 2, unit: 'batch', qualifier: 'exact', measure: 'level' },
        {
          asPrinted: '3500亿元',
          value: 350000000000,
          unit: 'yuan',
          qualifier: 'exact',
          measure: 'level',
        },
      ],
    ],
    [
      '已累计为1600多个用电客户实现“无感过户”',
      [
        {
          asPrinted: '1600多个',
          value: 1600,
          unit: 'customer',
          qualifier: 'more-than',
          measure: 'level',
        },
      ],
    ],
    [
      '获贷款1000余万元',
      [
        {
          asPrinted: '1000余万元',
          value: 10000000,
          unit: 'yuan',
          qualifier: 'more-than',
          measure: 'level',
        },
      ],
    ],
    [
      '保交楼专项借款项目总体复工率接近100%，首批项目住房交付率超过60%',
      [
        {
          asPrinted: '接近100%',
          value: 100,
          unit: 'percent',
          qualifier: 'nearly',
          measure: 'rate',
        },
        { asPrinted: '超过60%', value: 60, unit: 'percent', qualifier: 'over', measure: 'rate' },
      ],
    ],
    [
      '2022年我国网络安全产业规模近2200亿元，国家三大网络安全产业园区相继成立',
      [
        {
          asPrinted: '近2200亿元',
          value: 220000000000,
          unit: 'yuan',
          qualifier: 'nearly',
          measure: 'level',
        },
        { asPrinted: '三大', value: 3, unit: 'park', qualifier: 'exact', measure: 'level' },
      ],
    ],
    [
      '产量为近12年以来同期最低值',
      [{ asPrinted: '近12年', value: 12, unit: 'year', qualifier: 'exact', measure: 'level' }],
    ],
    [
      '将“金融16条”中两项有适用期限的政策统一延长至2024年12月底',
      [
        { asPrinted: '16条', value: 16, unit: 'measure', qualifier: 'exact', measure: 'level' },
        { asPrinted: '两项', value: 2, unit: 'policy', qualifier: 'exact', measure: 'level' },
      ],
    ],
    [
      '共享信息5.8万条，共39项服务，已有18家企业，国家网信办等7部门',
      [
        {
          asPrinted: '5.8万条',
          value: 58000,
          unit: 'record',
          qualifier: 'exact',
          measure: 'level',
        },
        { asPrinted: '39项', value: 39, unit: 'service', qualifier: 'exact', measure: 'level' },
        { asPrinted: '18家', value: 18, unit: 'enterprise', qualifier: 'exact', measure: 'level' },
        { asPrinted: '7部门', value: 7, unit: 'department', qualifier: 'exact', measure: 'level' },
      ],
    ],
    [
      '比上月回落0.7个百分点，约1.2万家企业亏损，亏损面达12%左右，培育100家以上领军企业',
      [
        {
          asPrinted: '回落0.7个百分点',
          value: -0.7,
          unit: 'percentage-point',
          qualifier: 'exact',
          measure: 'pp-change',
        },
        {
          asPrinted: '约1.2万家',
          value: 12000,
          unit: 'enterprise',
          qualifier: 'about',
          measure: 'level',
        },
        { asPrinted: '12%左右', value: 12, unit: 'percent', qualifier: 'about', measure: 'rate' },
        {
          asPrinted: '100家以上',
          value: 100,
          unit: 'enterprise',
          qualifier: 'over',
          measure: 'level',
        },
      ],
    ],
    [
      '江苏省新增就业35.2万人',
      [
        {
          asPrinted: '35.2万人',
          value: 352000,
          unit: 'person',
          qualifier: 'exact',
          measure: 'level',
        },
      ],
    ],
    [
      // 四大 counts only a noun the vocabulary names; 障碍 is none, so this is a phrase.
      '存在缺平台、缺探针、缺数据、缺专家四大障碍',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(figuresIn(text)).toEqual(expected);
  });

  it.each([
    [
      'an ordinal',
      '在日前举办的第十一届互联网安全大会上，第十三届全国政协经济委员会副主任苏波表示',
    ],
    ['a conference name', '互联网安全大会（ISC 2023）上'],
    ['a technology name', '围绕5G、工业互联网、车联网等重点领域开展关键技术攻关'],
    ['a company name', '目前360集团有全球最大的网络安全攻击样本库。为此，360推出“安全即服务”理念'],
    ['dates', '2022年8月，有关部门出台措施；2023年1月至7月；截至2022年底；自8月20日起'],
    ['一 as "a"', '但也是一把双刃剑，加快培育一批网络安全专精特新企业，这是一次真实攻击'],
    ['numerals in words', '存在“三不可”问题，记录了数以亿计的网络攻击知识，走进千家万户，二手房'],
    ['a share of a year', '保交楼已过去整整一年'],
  ])('skips %s', (_what, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('finding dates and periods', () => {
  it.each([
    ['2022年8月，有关部门出台措施', '2022年8月', 'point', { kind: 'month', month: 8, end: false }],
    [
      '2023年1月至7月，全国房屋竣工面积',
      '2023年1月至7月',
      'range',
      { kind: 'months', from: 1, to: 7 },
    ],
    ['上半年，全国水泥产量', '上半年', 'range', { kind: 'half', half: 1 }],
    ['统一延长至2024年12月底', '2024年12月底', 'deadline', { kind: 'month', month: 12, end: true }],
    ['截至今年7月，广西新增', '今年7月', 'asOf', { kind: 'month', month: 7, end: false }],
    ['截至2022年底，我国已有', '2022年底', 'asOf', { kind: 'year-end' }],
    ['去年11月以来，累计为', '去年11月以来', 'since', { kind: 'month', month: 11, end: false }],
    ['自8月20日起，区域内增加', '自8月20日起', 'since', { kind: 'day', month: 8, day: 20 }],
    ['9月份以后价格总体将', '9月份以后', 'after', { kind: 'month', month: 9, end: false }],
    ['前三季度，产量', '前三季度', 'range', { kind: 'months', from: 1, to: 9 }],
  ])('%s', (text, printed, role, shape) => {
    expect(findDates(text)).toEqual([expect.objectContaining({ text: printed, role, shape })]);
  });
});

describe('drafting one figure', () => {
  it('reads 今年 as the year of --date and says so in the note', () => {
    const figure = draftOne('今年上半年，全国水泥产量9.53亿吨。', { date: '2023-08' });
    expect(figure).toMatchObject({
      period: { kind: 'half', year: 2023, half: 1 },
      region: 'china',
      source: { article: 'demo', quote: '全国水泥产量9.53亿吨', gistEn: TODO_TRANSLATE },
      name: { zh: '全国水泥产量9.53亿吨', en: TODO_TRANSLATE },
    });
    expect(figure.note?.en).toContain('今年 read as 2023 (from --date 2023-08)');
  });

  it('reads 今年 as the year of the latest date printed when there is no --date', () => {
    const { dataset } = draftArticle(
      '2023年1月至7月，全国房屋竣工面积同比增长20.5%。今年以来，全国新增用电客户52.8万户。',
      { articleId: 'demo', sector: 'housing' },
    );
    expect(dataset.figures.map((f) => f.period)).toEqual([
      { kind: 'months', from: '2023-01', to: '2023-07' },
      { kind: 'since', date: '2023' },
    ]);
    expect(dataset.figures[1]?.note?.en).toContain(
      '今年 read as 2023 (inferred from the latest date printed, 2023年1月至7月)',
    );
  });

  it('leaves a YYYY placeholder and a warning when no year can be known', () => {
    const result = draftArticle('今年1月至7月，广西新增用电客户52.8万户。', {
      articleId: 'demo',
      sector: 'power',
    });
    expect(result.dataset.figures[0]?.period).toEqual({
      kind: 'months',
      from: 'YYYY-01',
      to: 'YYYY-07',
    });
    expect(result.warnings.join('\n')).toContain('pass --date YYYY-MM');
  });

  it.each([
    ['截至2022年底，我国已有21家网络安全企业上市。', { kind: 'asOf', date: '2022' }],
    ['截至今年7月，广西新增用电客户52.8万户。', { kind: 'asOf', date: '2023-07' }],
    [
      '去年11月以来，累计为民营房企约260亿元债券发行提供增信支持。',
      { kind: 'since', date: '2022-11' },
    ],
    ['2022年我国网络安全产业规模近2200亿元。', { kind: 'year', year: 2022 }],
    ['截至目前，已有18家企业通过“电力贷”解决融资难题。', { kind: 'toDate', date: '2023-08' }],
    [
      '8月份，部分水泥企业价格有所回升。河南地区水泥价格上调30元/吨。',
      { kind: 'month', date: '2023-08' },
    ],
    ['截至6月末，全国共有各类市场主体1.7亿户。', { kind: 'asOf', date: '2023-06' }],
    ['前7个月，外贸进出口4.55万亿元。', { kind: 'months', from: '2023-01', to: '2023-07' }],
    ['一季度，外贸进出口4.55万亿元。', { kind: 'months', from: '2023-01', to: '2023-03' }],
  ])('dates %s', (text, period) => {
    expect(draftOne(text, { date: '2023-08' }).period).toEqual(period);
  });

  it('dates a figure by the date printed before it in its paragraph', () => {
    const periods = (text: string) =>
      draftArticle(text, {
        articleId: 'demo',
        sector: 'cement',
        date: '2023-08',
      }).dataset.figures.map((f) => f.period);
    expect(periods('8月份，部分企业价格有所回升。河南地区价格上调30元/吨。')).toEqual([
      { kind: 'month', date: '2023-08' },
    ]);
    // A sentence with no date of its own takes the paragraph's latest date before it.
    expect(periods('1—7月，投资增长3.4%。社会消费品零售总额36761亿元。')).toEqual([
      { kind: 'months', from: '2023-01', to: '2023-07' },
      { kind: 'months', from: '2023-01', to: '2023-07' },
    ]);
    expect(periods('社会消费品零售总额36761亿元。1—7月，投资增长3.4%。')).toEqual([
      { kind: 'toDate', date: '2023-08' },
      { kind: 'months', from: '2023-01', to: '2023-07' },
    ]);
  });

  it.each([
    ['湖北襄阳地区水泥价格上调20元/吨至30元/吨，受周边河南地区带动。', 'hubei-xiangyang'],
    ['河南地区水泥价格上调30元/吨，自8月20日起，区域内增加错峰生产。', 'henan'],
    ['北京、长沙、成渝地区国家三大网络安全产业园区相继成立，我国产业规模扩大。', 'china'],
    [
      '2022年我国网络安全产业规模扩大，北京、长沙、成渝地区国家三大网络安全产业园区相继成立。',
      'china',
    ],
    ['江苏地区水泥价格上调30元/吨。', 'jiangsu'],
    ['水泥价格上调30元/吨。', 'china'],
  ])('places %s', (text, region) => {
    expect(draftOne(text).region).toBe(region);
  });
});

describe('drafting the seed articles', () => {
  const draftSeed = (id: keyof typeof SECTOR_OF) =>
    draftArticle(rawOf(id), { articleId: id, sector: SECTOR_OF[id], date: SEED_PUBLICATION_MONTH });

  it.each(SEED_ARTICLES)('gives the same bytes for the same input (%s)', (id) => {
    expect(toJsonText(draftSeed(id).dataset)).toBe(toJsonText(draftSeed(id).dataset));
  });

  it.each(['baojiaolou', 'cement-h1-2023', 'guangxi-power'] as const)(
    'drafts %s as a file that passes the schema, marked draft',
    (id) => {
      const { dataset, article } = draftSeed(id);
      const parsed = datasetSchema.parse(dataset);
      expect(parsed.draft).toBe(true);
      expect(dataset.$schema).toBe('../schemas/dataset.schema.json');
      expect(articleSchema.safeParse(article).success).toBe(true);
    },
  );

  it('drafts every seed article with units, measures and regions the schema accepts', () => {
    for (const id of SEED_ARTICLES) {
      const result = datasetSchema.safeParse(draftSeed(id).dataset);
      expect([id, result.error?.issues ?? []]).toEqual([id, []]);
    }
  });

  it('proposes a unit the vocabulary lacks instead of leaving a bare TODO', () => {
    const { dataset } = draftArticle('全年共举办展会12场。', {
      articleId: 'demo',
      date: '2023-08',
    });
    const result = datasetSchema.safeParse(dataset);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['figures.0.indicator', 'invalid_value'],
      ['figures.0.sector', 'invalid_value'],
      ['figures.0.unit', 'invalid_value'],
    ]);
    expect(dataset.proposedUnits?.map((u) => u.printed)).toEqual([['场']]);
    // Its indicator is new too, in the proposed unit.
    expect(dataset.proposedIndicators?.map((i) => [i.id, i.unit])).toEqual([
      ['new-indicator-1', 'new-unit-1'],
    ]);
  });

  it('holds every curated figure and event of the article', () => {
    const { dataset } = draftSeed('cement-h1-2023');
    expect(dataset.figures.map((f) => f.asPrinted)).toEqual([
      '9.53亿吨',
      '增长1.3%',
      '近12年',
      '下降2.4%',
      '减少约2400万吨',
      '上调30元/吨',
      '20天',
      '上调20元/吨至30元/吨',
      '上调5元/吨至30元/吨',
    ]);
    expect(dataset.events.map((e) => [e.date, e.datePrecision ?? 'exact', e.asPrinted])).toEqual([
      ['2023-07', 'exact', '7月份'],
      ['2023-08', 'exact', '8月份'],
      ['2023-09', 'from', '9月份以后'],
      ['2023-08-20', 'from', '自8月20日起'],
    ]);
    expect(dataset.figures.every((f) => UNITS.includes(f.unit as never))).toBe(true);
  });
});

describe('measured against the hand-curated data', () => {
  const scores = evaluateSeeds();

  it.each(SEED_ARTICLES)('finds at least 95%% of the printed figures of %s', (id) => {
    const score = scores.find((s) => s.article === id);
    expect(score?.missed).toEqual([]);
    expect(score?.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('drafts no figure that is neither curated nor deliberately left out', () => {
    expect(scores.flatMap((s) => s.wrong)).toEqual([]);
  });

  it('finds every curated event', () => {
    expect(scores.flatMap((s) => s.missedEvents)).toEqual([]);
  });
});

describe('scoring a draft', () => {
  const curated: CuratedDataset = {
    figures: [
      { id: 'x.a', value: 100, unit: 'percent', measure: 'rate', asPrinted: '100%' },
      { id: 'x.b', value: 2, unit: 'batch', measure: 'level', asPrinted: '两批' },
      {
        id: 'x.c',
        value: 1.5,
        unit: 'percent',
        measure: 'rate',
        derived: { formula: 'x.a', inputs: ['x.a'] },
      },
    ],
    events: [{ id: 'x.e', date: '2022-08', asPrinted: '2022年8月' }],
  };
  const figure = (asPrinted: string, value: number, unit: string, measure = 'level') =>
    ({
      asPrinted,
      value,
      unit,
      measure: unit === 'percent' ? 'rate' : measure,
    }) as unknown as DraftFigure;

  it.each([
    ['everything found', [figure('100%', 100, 'percent'), figure('两批', 2, 'batch')], 1, 1],
    [
      'the wrong measure',
      [figure('100%', 100, 'percent'), figure('两批', 2, 'batch', 'yoy-change')],
      0.5,
      0.5,
    ],
    ['a figure missed', [figure('100%', 100, 'percent')], 0.5, 1],
    ['the wrong unit', [figure('100%', 100, 'percent'), figure('两批', 2, 'policy')], 0.5, 0.5],
    ['an allowed extra', [figure('100%', 100, 'percent'), figure('四大', 4, 'TODO')], 0.5, 1],
    ['an ordinal drafted', [figure('100%', 100, 'percent'), figure('十一', 11, 'year')], 0.5, 0.5],
  ])('%s', (_what, figures, recall, precision) => {
    const score = scoreDraft('isc2023-ai-security', { figures, events: [] }, curated);
    expect([score.recall, score.precision]).toEqual([recall, precision]);
    expect(score.eventRecall).toBe(0);
  });
});

describe('npm run curate', () => {
  const dirs: string[] = [];
  const tempRoot = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const curate = (root: string, ...args: string[]) => {
    const parsed = parseCurateArgs([
      ...args,
      '--out',
      join(root, 'data'),
      '--seeds',
      join(root, 'seeds'),
    ]);
    if (parsed.evaluate) throw new Error('unexpected --evaluate');
    return runCurate(parsed, root);
  };
  const check = (root: string) =>
    runCheckData({
      root,
      dataDir: join(root, 'data'),
      seedsDir: join(root, 'seeds'),
      schemasDir: null,
    });

  it('writes a draft that check:data refuses until a person has reviewed it', async () => {
    const root = tempRoot();
    const raw = join(root, 'baojiaolou.txt');
    writeFileSync(raw, rawOf('baojiaolou'));
    const run = curate(root, raw, '--sector', 'housing', '--date', '2023-08');
    expect(run.written).toEqual([
      'data/baojiaolou.json',
      'seeds/baojiaolou.txt',
      'seeds/baojiaolou.json',
    ]);
    expect(readFileSync(join(root, 'seeds/baojiaolou.txt'), 'utf8')).toBe(seedOf('baojiaolou'));

    // Refused for the draft flag and for each text a person must still write, and nothing else.
    const { problems } = await check(root);
    const draftMark = { file: 'data/baojiaolou.json', path: 'draft', message: DRAFT_MESSAGE };
    expect(problems).toContainEqual(draftMark);
    const rest = problems.filter((p) => p.path !== 'draft');
    // The sidecar's English title and notes are placeholders too, until a person writes them.
    expect(rest.filter((p) => p.file === 'seeds/baojiaolou.json').map((p) => p.path)).toEqual([
      'title.en',
      'publication.note.zh',
      'publication.note.en',
    ]);
    for (const p of rest) expect(p.message).toMatch(/^still a placeholder: "TODO/);

    // Once a person removes the flag and writes the names and gists, nothing else stands in the way.
    for (const name of ['data/baojiaolou.json', 'seeds/baojiaolou.json']) {
      const file = join(root, name);
      const text = readFileSync(file, 'utf8').replace(/"TODO[^"]*"/g, '"reviewed by a person"');
      const json = JSON.parse(text) as Record<string, unknown>;
      delete json.draft;
      writeFileSync(file, JSON.stringify(json));
    }
    expect((await check(root)).problems).toEqual([]);
  });

  it('flags the sector placeholder when no --sector is given', async () => {
    const root = tempRoot();
    const raw = join(root, 'Guangxi Power.txt');
    writeFileSync(raw, rawOf('guangxi-power'));
    const run = curate(root, raw, '--date', '2023-08');
    expect(run.articleId).toBe('guangxi-power');
    const sidecar = JSON.parse(readFileSync(join(root, 'seeds/guangxi-power.json'), 'utf8'));
    expect(sidecar).toMatchObject({
      id: 'guangxi-power',
      sector: TODO_SECTOR,
      title: { en: TODO_TRANSLATE },
      publication: { date: null, outlet: null },
    });
    expect(sidecar.title.zh).toMatch(/^TODO/u);
    const { problems } = await check(root);
    expect(problems).toContainEqual({
      file: 'seeds/guangxi-power.json',
      path: 'sector',
      message: `expected one of housing, ai-security, cement, power but got "${TODO_SECTOR}"; a new sector is added to data/vocabulary/sectors.json`,
    });
    expect(problems).toContainEqual({
      file: 'data/guangxi-power.json',
      path: 'draft',
      message: DRAFT_MESSAGE,
    });
  });

  it('redrafts over its own draft but not over a reviewed file, unless --force', () => {
    const root = tempRoot();
    const raw = join(root, 'cement.txt');
    writeFileSync(raw, rawOf('cement-h1-2023'));
    curate(root, raw, '--sector', 'cement');
    const first = readFileSync(join(root, 'data/cement.json'), 'utf8');
    curate(root, raw, '--sector', 'cement');
    expect(readFileSync(join(root, 'data/cement.json'), 'utf8')).toBe(first);

    writeFileSync(join(root, 'data/cement.json'), first.replace('"draft": true,\n', ''));
    expect(() => curate(root, raw, '--sector', 'cement')).toThrow(
      /data\/cement\.json exists and is not a draft .*pass --force/u,
    );
    curate(root, raw, '--sector', 'cement', '--force');
    expect(readFileSync(join(root, 'data/cement.json'), 'utf8')).toBe(first);
  });

  it('names placeholder ids after the article when the sector ids are taken', () => {
    const root = tempRoot();
    const raw = join(root, 'a.txt');
    writeFileSync(raw, '全国水泥产量9.53亿吨。');
    curate(root, raw, '--sector', 'cement', '--id', 'first');
    curate(root, raw, '--sector', 'cement', '--id', 'second');
    const ids = (id: string) =>
      (
        JSON.parse(readFileSync(join(root, `data/${id}.json`), 'utf8')) as {
          figures: { id: string }[];
        }
      ).figures.map((f) => f.id);
    expect([ids('first'), ids('second')]).toEqual([['cement.figure-1'], ['second.figure-1']]);
  });

  it.each([
    [['a.txt', '--id', 'Not_Kebab'], /--id must be a kebab-case article id/u],
    [['a.txt', '--date', '2023-8'], /--date expects the publication month as YYYY-MM/u],
    [['--sector', 'cement'], /missing the article file/u],
    [['a.txt', '--out'], /--out needs a value/u],
    [['a.txt', 'b.txt'], /unexpected argument "b.txt"/u],
  ])('refuses %j', (args, message) => {
    expect(() => parseCurateArgs(args)).toThrow(message);
  });

  it('refuses a sector the vocabulary does not have, and writes nothing', () => {
    const root = tempRoot();
    const raw = join(root, 'a.txt');
    writeFileSync(raw, '全省水泥产量1.2亿吨。');
    expect(() => curate(root, raw, '--sector', 'steel')).toThrow(
      /--sector must be one of housing, ai-security, cement, power; got "steel"\. A new sector is added to data\/vocabulary\/sectors\.json first/u,
    );
    expect(readdirSync(root)).toEqual(['a.txt']);
  });

  it.each([
    ['tests/fixtures/raw/cement-h1-2023.txt', 'cement-h1-2023'],
    ['/tmp/Guangxi Power Grid.txt', 'guangxi-power-grid'],
    ['000_587d946b97069f1d.txt', '000-587d946b97069f1d'],
  ])('derives the article id of %s', (file, id) => {
    expect(articleIdFromFile(file)).toBe(id);
  });

  it('asks for --id when the file name has no usable letters', () => {
    expect(() => articleIdFromFile('水泥.txt')).toThrow(/pass --id <kebab-case-id>/u);
  });
});
