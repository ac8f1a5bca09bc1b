import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Figure } from '../../src/data/schema';
import { PROJECT_VOCABULARY } from '../../src/data/vocabulary';
import { formatUnitLabel, formatValue } from '../../src/format';
import { createI18n } from '../../src/i18n';
import type { Lang } from '../../src/i18n/languages';

const T: Record<Lang, TFunction> = { zh: createI18n('zh').t, en: createI18n('en').t };

const show = (value: number, unit: string, measure = 'level', lang: Lang = 'zh'): string =>
  formatValue({ value, unit, measure, qualifier: 'exact' } as Figure, lang, T[lang]);

/**
 * Every unit of the vocabulary, printed as each language's press prints it: Chinese with 万/亿
 * as the article did, English in millions and billions with the unit's plural.
 */
const UNITS: [unit: string, value: number, measure: string, zh: string, en: string][] = [
  ['yuan', 26000000000, 'level', '260亿元', 'CNY 26 billion'],
  ['usd', 56000000000, 'level', '560亿美元', 'US$56 billion'],
  ['yuan-per-tonne', 30, 'adjustment', '+30元/吨', '+CNY 30/t'],
  ['tonne', 953000000, 'level', '9.53亿吨', '953 million t'],
  ['tce', 5000000, 'level', '500万吨标准煤', '5 million tce'],
  ['percent', 0.46, 'mom-change', '+0.46%', '+0.46%'],
  ['percentage-point', 0.9, 'pp-change', '+0.9个百分点', '+0.9 percentage points'],
  ['multiple', 2.7, 'yoy-change', '+2.7倍', '+2.7 times'],
  ['kwh', 734500000000, 'level', '7345亿千瓦时', '734.5 billion kWh'],
  ['kw', 12000000, 'level', '1200万千瓦', '12 million kW'],
  ['kva', 10300000, 'level', '1030万千伏安', '10.3 million kVA'],
  ['square-metre', 780000000, 'level', '7.8亿平方米', '780 million square metres'],
  ['cubic-metre', 35500000000, 'level', '355亿立方米', '35.5 billion cubic metres'],
  ['dwelling', 1650000, 'level', '165万套', '1.65 million homes'],
  ['customer', 528000, 'level', '52.8万户', '528,000 customers'],
  ['household', 1, 'level', '1户', '1 household'],
  ['enterprise', 8, 'level', '8家', '8 companies'],
  ['institution', 1, 'level', '1家', '1 institution'],
  ['vehicle', 1463000, 'level', '146.3万辆', '1.463 million vehicles'],
  ['person', 5300, 'level', '5300人', '5,300 people'],
  ['person-time', 12000000, 'level', '1200万人次', '12 million person-times'],
  ['model', 1, 'level', '1个', '1 model'],
  ['service', 39, 'level', '39项', '39 services'],
  ['record', 100, 'level', '100条', '100 records'],
  ['measure', 16, 'level', '16条', '16 measures'],
  ['policy', 2, 'level', '2项', '2 policies'],
  ['department', 12, 'level', '12个部门', '12 departments'],
  ['park', 1, 'level', '1个', '1 park'],
  ['project', 5300, 'level', '5300个', '5,300 projects'],
  ['county', 122, 'level', '122个县', '122 counties'],
  ['city', 56, 'level', '56个城市', '56 cities'],
  ['village', 11500, 'level', '1.15万个村', '11,500 villages'],
  ['station', 1, 'level', '1座', '1 station'],
  ['product', 619, 'level', '619种', '619 products'],
  ['patent', 1, 'level', '1项', '1 patent'],
  ['batch', 2, 'level', '2批', '2 batches'],
  ['day', 1, 'level', '1天', '1 day'],
  ['working-day', 28, 'level', '28个工作日', '28 working days'],
  ['month', 6, 'level', '6个月', '6 months'],
  ['year', 1, 'level', '1年', '1 year'],
  ['hour', 24, 'level', '24小时', '24 hours'],
  ['count-ge', 41, 'level', '41个', '41 items'],
  ['count-xiang', 1, 'level', '1项', '1 item'],
  ['count-zhong', 619, 'level', '619种', '619 kinds'],
  ['count-tiao', 1268, 'level', '1268条', '1,268 items'],
  ['count-jian', 864000, 'level', '86.4万件', '864,000 pieces'],
  ['count-tai', 23700, 'level', '2.37万台', '23,700 units'],
  ['count-zuo', 1, 'level', '1座', '1 facility'],
  ['count-ci', 18000, 'level', '1.8万次', '18,000 times'],
  ['count-kuan', 3, 'level', '3款', '3 models'],
];

describe('every unit of the vocabulary, in both languages', () => {
  it.each(UNITS)('%s: %d (%s) → %s / %s', (unit, value, measure, zh, en) => {
    expect(show(value, unit, measure, 'zh')).toBe(zh);
    expect(show(value, unit, measure, 'en')).toBe(en);
  });

  it('the table above covers every unit in data/vocabulary/units.json', () => {
    expect(UNITS.map(([unit]) => unit).sort()).toEqual(
      PROJECT_VOCABULARY.units.map((u) => u.id).sort(),
    );
  });

  it.each([
    [-0.1, 'pp-change', '−0.1个百分点', '−0.1 percentage points'],
    [1, 'pp-change', '+1个百分点', '+1 percentage point'],
    [-0.4, 'yoy-change', '−0.4%', '−0.4%'],
    [-0.46, 'mom-change', '−0.46%', '−0.46%'],
  ])('a change of %d (%s) carries its sign: %s / %s', (value, measure, zh, en) => {
    const unit = measure === 'pp-change' ? 'percentage-point' : 'percent';
    expect(show(value, unit, measure, 'zh')).toBe(zh);
    expect(show(value, unit, measure, 'en')).toBe(en);
  });

  it('prints percentage points as pp in tight places such as a label on a bar', () => {
    const figure = {
      value: -0.9,
      unit: 'percentage-point',
      measure: 'pp-change',
      qualifier: 'exact',
    };
    expect(formatValue(figure as Figure, 'en', T.en, { short: true })).toBe('−0.9 pp');
    expect(formatValue(figure as Figure, 'zh', T.zh, { short: true })).toBe('−0.9个百分点');
    // Units without a short form print as everywhere else, plural and all.
    const homes = { value: 1, unit: 'dwelling', measure: 'level', qualifier: 'exact' };
    expect(formatValue(homes as Figure, 'en', T.en, { short: true })).toBe('1 home');
  });

  it('labels axes and columns with each unit, percentage points as pp in English', () => {
    expect(formatUnitLabel('percentage-point', T.en)).toBe('pp');
    expect(formatUnitLabel('percentage-point', T.zh)).toBe('百分点');
    expect(formatUnitLabel('square-metre', T.en)).toBe('m²');
    expect(formatUnitLabel('kwh', T.zh)).toBe('千瓦时');
    for (const { id } of PROJECT_VOCABULARY.units) {
      for (const lang of ['zh', 'en'] as const) {
        expect(formatUnitLabel(id, T[lang])).not.toMatch(/^$|axis\.|format:/);
      }
    }
  });
});
