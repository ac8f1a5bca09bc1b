import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { QUALIFIERS, SECTORS, type Unit } from '../../src/data/schema';
import { PROJECT_VOCABULARY } from '../../src/data/vocabulary';
import type { Period } from '../../src/data/schema';
import {
  formatBasis,
  formatChange,
  formatDate,
  formatEventDate,
  formatMeasure,
  formatNumber,
  formatPeriod,
  formatQualifier,
  formatRegion,
  formatSector,
  formatUnitLabel,
  formatValue,
  type DatePrecision,
  type FormattableFigure,
} from '../../src/format';
import { formatAxisScale, formatAxisTick } from '../../src/format/axis';
import { createI18n } from '../../src/i18n';
import { LANGS, type Lang } from '../../src/i18n/languages';

const T: Record<Lang, TFunction> = { zh: createI18n('zh').t, en: createI18n('en').t };

const DERIVED = { formula: 'a / b', inputs: ['cement.output-h1'] };

function fig(
  value: FormattableFigure['value'],
  unit: Unit,
  extra: Partial<FormattableFigure> = {},
): FormattableFigure {
  return { value, unit, qualifier: 'exact', measure: 'level', ...extra };
}

describe('formatNumber', () => {
  it.each([
    [953000000, '9.53亿', '953 million'],
    [528000, '52.8万', '528,000'],
    [350000000000, '3500亿', '350 billion'],
    [225600, '22.56万', '225,600'],
    [123456789, '1.23456789亿', '123.456789 million'],
    [1600, '1600', '1,600'],
    [9999, '9999', '9,999'],
    [10000, '1万', '10,000'],
    [999999, '99.9999万', '999,999'],
    [1000000, '100万', '1 million'],
    [2560000000000, '2.56万亿', '2.56 trillion'],
    [20.5, '20.5', '20.5'],
    [-2.4, '−2.4', '−2.4'],
  ])('%s → %s / %s', (value, zh, en) => {
    expect(formatNumber(value, 'zh')).toBe(zh);
    expect(formatNumber(value, 'en')).toBe(en);
  });
});

describe('formatValue', () => {
  it.each<[string, FormattableFigure, string, string]>([
    ['tonnes in 亿 / million', fig(953000000, 'tonne'), '9.53亿吨', '953 million t'],
    ['customers below a million', fig(528000, 'customer'), '52.8万户', '528,000 customers'],
    ['yuan as a currency prefix', fig(350000000000, 'yuan'), '3500亿元', 'CNY 350 billion'],
    ['kVA', fig(10300000, 'kva'), '1030万千伏安', '10.3 million kVA'],
    ['every printed digit', fig(225600, 'customer'), '22.56万户', '225,600 customers'],
    ['yuan in 亿 / million', fig(770000000, 'yuan'), '7.7亿元', 'CNY 770 million'],
    ['yuan in 万 / million', fig(10000000, 'yuan'), '1000万元', 'CNY 10 million'],
    ['zh without grouping below 万', fig(1600, 'customer'), '1600户', '1,600 customers'],
    ['percent', fig(20.5, 'percent', { measure: 'rate' }), '20.5%', '20.5%'],
    [
      'over',
      fig(1650000, 'dwelling', { qualifier: 'over' }),
      '超过165万套',
      'over 1.65 million homes',
    ],
    [
      'nearly',
      fig(100, 'percent', { qualifier: 'nearly', measure: 'rate' }),
      '近100%',
      'nearly 100%',
    ],
    [
      'about',
      fig(26000000000, 'yuan', { qualifier: 'about' }),
      '约260亿元',
      'about CNY 26 billion',
    ],
    [
      'more than, counted',
      fig(100, 'model', { qualifier: 'more-than' }),
      '100余个',
      'more than 100 models',
    ],
    [
      'more than, 余 before 万',
      fig(10000000, 'yuan', { qualifier: 'more-than' }),
      '1000余万元',
      'more than CNY 10 million',
    ],
    ['one day', fig(1, 'day'), '1天', '1 day'],
    ['days', fig(20, 'day'), '20天', '20 days'],
    ['one year', fig(1, 'year'), '1年', '1 year'],
    ['range', fig({ min: 20, max: 30 }, 'yuan-per-tonne'), '20—30元/吨', 'CNY 20–30/t'],
    [
      'range with a qualifier',
      fig({ min: 20, max: 30 }, 'yuan-per-tonne', { qualifier: 'about' }),
      '约20—30元/吨',
      'about CNY 20–30/t',
    ],
    [
      'range sharing a scale word',
      fig({ min: 1e9, max: 2e9 }, 'tonne'),
      '10亿—20亿吨',
      '1–2 billion t',
    ],
    ['range of equal ends', fig({ min: 30, max: 30 }, 'yuan-per-tonne'), '30元/吨', 'CNY 30/t'],
    ['yoy growth', fig(1.3, 'percent', { measure: 'yoy-change' }), '+1.3%', '+1.3%'],
    [
      'yoy fall with a true minus',
      fig(-2.4, 'percent', { measure: 'yoy-change' }),
      '−2.4%',
      '−2.4%',
    ],
    ['no change has no sign', fig(0, 'percent', { measure: 'yoy-change' }), '0%', '0%'],
    [
      'price adjustment',
      fig(30, 'yuan-per-tonne', { measure: 'adjustment' }),
      '+30元/吨',
      '+CNY 30/t',
    ],
    ['price cut', fig(-30, 'yuan-per-tonne', { measure: 'adjustment' }), '−30元/吨', '−CNY 30/t'],
    [
      'adjustment range',
      fig({ min: 5, max: 30 }, 'yuan-per-tonne', { measure: 'adjustment' }),
      '+5—30元/吨',
      '+CNY 5–30/t',
    ],
    [
      'a fall in tonnes',
      fig(-24000000, 'tonne', { measure: 'yoy-change', qualifier: 'about' }),
      '约−2400万吨',
      'about −24 million t',
    ],
    [
      'same caliber',
      fig(1.3, 'percent', { measure: 'yoy-change', basis: ['same-caliber'] }),
      '+1.3%（同口径）',
      '+1.3% (same-caliber)',
    ],
    [
      'full caliber',
      fig(-2.4, 'percent', { measure: 'yoy-change', basis: ['full-caliber'] }),
      '−2.4%（全口径）',
      '−2.4% (full-caliber)',
    ],
    [
      'non-caliber bases are not appended',
      fig(1.3, 'percent', { measure: 'yoy-change', basis: ['above-scale', 'cumulative'] }),
      '+1.3%',
      '+1.3%',
    ],
    [
      'a level keeps its basis out',
      fig(953000000, 'tonne', { basis: ['same-caliber'] }),
      '9.53亿吨',
      '953 million t',
    ],
    ['derived', fig(941234567.891, 'tonne', { derived: DERIVED }), '≈9.41亿吨', '≈941 million t'],
    [
      'derived with a qualifier: ≈ alone says it is approximate',
      fig(940769990.1283318, 'tonne', { derived: DERIVED, qualifier: 'about' }),
      '≈9.41亿吨',
      '≈941 million t',
    ],
    [
      'derived below a million',
      fig(225634, 'customer', { derived: DERIVED }),
      '≈22.6万户',
      '≈226,000 customers',
    ],
    [
      'derived rounding up to a million',
      fig(999600, 'tonne', { derived: DERIVED }),
      '≈100万吨',
      '≈1 million t',
    ],
    [
      'derived change',
      fig(1.2345, 'percent', { measure: 'yoy-change', derived: DERIVED }),
      '≈+1.23%',
      '≈+1.23%',
    ],
  ])('%s', (_name, figure, zh, en) => {
    expect(formatValue(figure, 'zh', T.zh)).toBe(zh);
    expect(formatValue(figure, 'en', T.en)).toBe(en);
  });

  it.each<[Unit, string, string]>([
    ['yuan', '12元', 'CNY 12'],
    ['tonne', '12吨', '12 t'],
    ['percent', '12%', '12%'],
    ['yuan-per-tonne', '12元/吨', 'CNY 12/t'],
    ['kva', '12千伏安', '12 kVA'],
    ['dwelling', '12套', '12 homes'],
    ['customer', '12户', '12 customers'],
    ['enterprise', '12家', '12 companies'],
    ['model', '12个', '12 models'],
    ['service', '12项', '12 services'],
    ['record', '12条', '12 records'],
    ['measure', '12条', '12 measures'],
    ['policy', '12项', '12 policies'],
    ['department', '12个部门', '12 departments'],
    ['park', '12个', '12 parks'],
    ['batch', '12批', '12 batches'],
    ['day', '12天', '12 days'],
    ['year', '12年', '12 years'],
  ])('unit %s reads 12 as %s / %s', (unit, zh, en) => {
    expect(formatValue(fig(12, unit), 'zh', T.zh)).toBe(zh);
    expect(formatValue(fig(12, unit), 'en', T.en)).toBe(en);
  });

  it('covers every unit of the schema', () => {
    for (const { id: unit } of PROJECT_VOCABULARY.units) {
      for (const lang of LANGS) {
        expect(formatValue(fig(1, unit), lang, T[lang])).not.toMatch(/format:|unit\./);
      }
    }
  });
});

describe('formatChange', () => {
  it.each<[number, Unit, string, string]>([
    [1.3, 'percent', '+1.3%', '+1.3%'],
    [-2.4, 'percent', '−2.4%', '−2.4%'],
    [30, 'yuan-per-tonne', '+30元/吨', '+CNY 30/t'],
  ])('%s %s → %s / %s', (value, unit, zh, en) => {
    expect(formatChange(value, unit, 'zh', T.zh)).toBe(zh);
    expect(formatChange(value, unit, 'en', T.en)).toBe(en);
  });

  it('appends the 口径 it is given', () => {
    expect(formatChange(1.3, 'percent', 'zh', T.zh, ['same-caliber'])).toBe('+1.3%（同口径）');
    expect(formatChange(1.3, 'percent', 'en', T.en, ['same-caliber'])).toBe('+1.3% (same-caliber)');
  });
});

describe('formatPeriod', () => {
  it.each<[string, Period, string, string]>([
    ['year', { kind: 'year', year: 2022 }, '2022年', '2022'],
    ['first half', { kind: 'half', year: 2023, half: 1 }, '2023年上半年', 'H1 2023'],
    ['second half', { kind: 'half', year: 2022, half: 2 }, '2022年下半年', 'H2 2022'],
    ['months', { kind: 'months', from: '2023-01', to: '2023-07' }, '2023年1—7月', 'Jan–Jul 2023'],
    [
      'months across years',
      { kind: 'months', from: '2022-11', to: '2023-07' },
      '2022年11月—2023年7月',
      'Nov 2022 – Jul 2023',
    ],
    [
      'months of one month',
      { kind: 'months', from: '2023-09', to: '2023-09' },
      '2023年9月',
      'Sep 2023',
    ],
    ['month', { kind: 'month', date: '2023-08' }, '2023年8月', 'Aug 2023'],
    ['as of a year', { kind: 'asOf', date: '2022' }, '截至2022年底', 'as of end-2022'],
    ['as of a month', { kind: 'asOf', date: '2023-07' }, '截至2023年7月', 'as of Jul 2023'],
    ['as of a day', { kind: 'asOf', date: '2023-08-20' }, '截至2023年8月20日', 'as of 20 Aug 2023'],
    ['since', { kind: 'since', date: '2022-11' }, '2022年11月以来', 'since Nov 2022'],
    ['to date', { kind: 'toDate', date: '2023-08' }, '截至目前（2023年8月）', 'to date (Aug 2023)'],
  ])('%s', (_name, period, zh, en) => {
    expect(formatPeriod(period, T.zh)).toBe(zh);
    expect(formatPeriod(period, T.en)).toBe(en);
  });

  it('follows a language switch on a translator not fixed to a language (the head after a switch)', async () => {
    const i18n = createI18n('en');
    const half = { kind: 'half', year: 2023, half: 1 } as const;
    expect(formatPeriod(half, i18n.t)).toBe('H1 2023');
    expect(formatPeriod(half, i18n.getFixedT('en'))).toBe('H1 2023');
    await i18n.changeLanguage('zh');
    expect(formatPeriod(half, i18n.t)).toBe('2023年上半年');
    expect(formatPeriod(half, i18n.getFixedT('zh'))).toBe('2023年上半年');
    await i18n.changeLanguage('en');
    expect(formatPeriod(half, i18n.t)).toBe('H1 2023');
  });
});

describe('formatDate and formatEventDate', () => {
  it.each([
    ['2022', '2022年', '2022'],
    ['2023-08', '2023年8月', 'Aug 2023'],
    ['2023-08-20', '2023年8月20日', '20 Aug 2023'],
    ['2024-12-01', '2024年12月1日', '1 Dec 2024'],
  ])('%s → %s / %s', (date, zh, en) => {
    expect(formatDate(date, T.zh)).toBe(zh);
    expect(formatDate(date, T.en)).toBe(en);
  });

  it.each<[string, DatePrecision | undefined, string, string]>([
    ['2023-08-20', undefined, '2023年8月20日', '20 Aug 2023'],
    ['2023-08-20', 'exact', '2023年8月20日', '20 Aug 2023'],
    ['2024-12', 'end', '2024年12月底', 'end of Dec 2024'],
    ['2023-08-20', 'from', '2023年8月20日起', 'from 20 Aug 2023'],
  ])('%s (%s) → %s / %s', (date, precision, zh, en) => {
    expect(formatEventDate(date, precision, T.zh)).toBe(zh);
    expect(formatEventDate(date, precision, T.en)).toBe(en);
  });

  it.each(['2023-13', '2023/08', '23-08-01', ''])('refuses %j with a clear message', (date) => {
    expect(() => formatDate(date, T.en)).toThrow(
      `Cannot format date "${date}": expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  });
});

describe('labels', () => {
  it.each([
    [
      'region',
      () => formatRegion('china', T.zh),
      () => formatRegion('china', T.en),
      '全国',
      'China',
    ],
    [
      'region',
      () => formatRegion('guangxi', T.zh),
      () => formatRegion('guangxi', T.en),
      '广西',
      'Guangxi',
    ],
    [
      'region',
      () => formatRegion('henan', T.zh),
      () => formatRegion('henan', T.en),
      '河南',
      'Henan',
    ],
    [
      'region',
      () => formatRegion('hubei-xiangyang', T.zh),
      () => formatRegion('hubei-xiangyang', T.en),
      '湖北襄阳',
      'Xiangyang, Hubei',
    ],
    [
      'region',
      () => formatRegion('guizhou-guiyang-anshun-bijie', T.zh),
      () => formatRegion('guizhou-guiyang-anshun-bijie', T.en),
      '贵州贵阳、安顺、毕节',
      'Guiyang, Anshun and Bijie, Guizhou',
    ],
    [
      'sector',
      () => formatSector('housing', T.zh),
      () => formatSector('housing', T.en),
      '保交楼',
      'Housing delivery',
    ],
    [
      'sector',
      () => formatSector('ai-security', T.zh),
      () => formatSector('ai-security', T.en),
      '人工智能与网络安全',
      'AI & cyber security',
    ],
    [
      'sector',
      () => formatSector('cement', T.zh),
      () => formatSector('cement', T.en),
      '水泥',
      'Cement',
    ],
    [
      'sector',
      () => formatSector('power', T.zh),
      () => formatSector('power', T.en),
      '广西电力',
      'Guangxi power',
    ],
    [
      'basis',
      () => formatBasis('same-caliber', T.zh),
      () => formatBasis('same-caliber', T.en),
      '同口径',
      'same-caliber',
    ],
    [
      'basis',
      () => formatBasis('full-caliber', T.zh),
      () => formatBasis('full-caliber', T.en),
      '全口径',
      'full-caliber',
    ],
    [
      'basis',
      () => formatBasis('above-scale', T.zh),
      () => formatBasis('above-scale', T.en),
      '规模以上企业',
      'above-scale enterprises',
    ],
    [
      'basis',
      () => formatBasis('cumulative', T.zh),
      () => formatBasis('cumulative', T.en),
      '累计',
      'cumulative',
    ],
    [
      'qualifier',
      () => formatQualifier('about', T.zh),
      () => formatQualifier('about', T.en),
      '约',
      'about',
    ],
    [
      'qualifier',
      () => formatQualifier('nearly', T.zh),
      () => formatQualifier('nearly', T.en),
      '近',
      'nearly',
    ],
    [
      'qualifier',
      () => formatQualifier('over', T.zh),
      () => formatQualifier('over', T.en),
      '超过',
      'over',
    ],
    [
      'qualifier',
      () => formatQualifier('more-than', T.zh),
      () => formatQualifier('more-than', T.en),
      '余',
      'more than',
    ],
    [
      'measure',
      () => formatMeasure('yoy-change', T.zh),
      () => formatMeasure('yoy-change', T.en),
      '同比变化',
      'Year-on-year change',
    ],
    ['unit', () => formatUnitLabel('tonne', T.zh), () => formatUnitLabel('tonne', T.en), '吨', 't'],
    ['unit', () => formatUnitLabel('yuan', T.zh), () => formatUnitLabel('yuan', T.en), '元', 'CNY'],
    [
      'unit',
      () => formatUnitLabel('yuan-per-tonne', T.zh),
      () => formatUnitLabel('yuan-per-tonne', T.en),
      '元/吨',
      'CNY/t',
    ],
    [
      'unit',
      () => formatUnitLabel('dwelling', T.zh),
      () => formatUnitLabel('dwelling', T.en),
      '套',
      'homes',
    ],
  ])('%s → %s', (_kind, zh, en, zhText, enText) => {
    expect(zh()).toBe(zhText);
    expect(en()).toBe(enText);
  });

  it('labels every id of the schema in both languages', () => {
    for (const lang of LANGS) {
      const t = T[lang];
      const labels = [
        ...PROJECT_VOCABULARY.regions.map((r) => formatRegion(r.id, t)),
        ...SECTORS.map((s) => formatSector(s, t)),
        ...PROJECT_VOCABULARY.bases.map((b) => formatBasis(b.id, t)),
        ...QUALIFIERS.map((q) => formatQualifier(q, t)),
        ...PROJECT_VOCABULARY.measures.map((m) => formatMeasure(m.id, t)),
        ...PROJECT_VOCABULARY.units.map((u) => formatUnitLabel(u.id, t)),
      ];
      for (const label of labels) expect(label).not.toMatch(/^format:|^$/);
    }
  });
});

describe('formatAxisScale', () => {
  it.each<[number, Unit, Lang, number, string]>([
    [953000000, 'tonne', 'zh', 1e8, '亿吨'],
    [953000000, 'tonne', 'en', 1e6, 'million t'],
    [350000000000, 'yuan', 'zh', 1e8, '亿元'],
    [350000000000, 'yuan', 'en', 1e9, 'CNY billion'],
    [528000, 'customer', 'zh', 1e4, '万户'],
    [528000, 'customer', 'en', 1, 'customers'],
    [10300000, 'kva', 'en', 1e6, 'million kVA'],
    [2560000000000, 'yuan', 'zh', 1e12, '万亿元'],
    [2560000000000, 'yuan', 'en', 1e12, 'CNY trillion'],
    [30, 'yuan-per-tonne', 'zh', 1, '元/吨'],
    [30, 'yuan-per-tonne', 'en', 1, 'CNY/t'],
    [100, 'percent', 'zh', 1, '%'],
    [100, 'percent', 'en', 1, '%'],
    [-24000000, 'tonne', 'zh', 1e4, '万吨'],
    [0, 'tonne', 'en', 1, 't'],
  ])('%s %s (%s) → ÷%s, %s', (max, unit, lang, divisor, label) => {
    expect(formatAxisScale(max, unit, lang, T[lang])).toEqual({ divisor, label });
  });

  it('gives ticks that read as the article prints the value', () => {
    const zh = formatAxisScale(953000000, 'tonne', 'zh', T.zh);
    const en = formatAxisScale(953000000, 'tonne', 'en', T.en);
    expect(formatAxisTick(953000000 / zh.divisor, 'zh')).toBe('9.53');
    expect(formatAxisTick(953000000 / en.divisor, 'en')).toBe('953');
  });

  it.each([
    [0.1 + 0.2, '0.3', '0.3'],
    [3000, '3000', '3,000'],
    [1000000, '1000000', '1,000,000'],
    [-5, '−5', '−5'],
  ])('tick %s → %s / %s', (value, zh, en) => {
    expect(formatAxisTick(value, 'zh')).toBe(zh);
    expect(formatAxisTick(value, 'en')).toBe(en);
  });
});
