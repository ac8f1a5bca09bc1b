import { describe, expect, it } from 'vitest';
import {
  parseChineseNumeral,
  parsePrintedNumber,
  parseQualifier,
  printedUnit,
  sameValue,
} from '../../src/data/numbers';
import {
  evaluateExpression,
  expressionVariables,
  parseExpression,
} from '../../src/data/expression';

describe('parsePrintedNumber', () => {
  it.each([
    // Multipliers are multiplied out exactly, from the decimal string.
    ['9.53 亿吨', 953000000],
    ['52.8万户', 528000],
    ['22.56 万户', 225600],
    ['3500 亿元', 350000000000],
    ['7.7 亿元', 770000000],
    ['5.8 万条', 58000],
    ['0.07 万', 700],
    // 千伏安 is the unit kVA: only 万 multiplies.
    ['1030 万千伏安', 10300000],
    ['5 千瓦', 5],
    ['3 千万元', 30000000],
    // 余/多 between the number and its multiplier, or after it.
    ['1000 余万元', 10000000],
    ['1600 多个', 1600],
    ['2 万多户', 20000],
    // Percentages stay in percent.
    ['20.5%', 20.5],
    ['１２．５％', 12.5],
    ['97%', 97],
    // Direction words sign a change.
    ['下降 2.4%', -2.4],
    ['减少约 2400 万吨', -24000000],
    ['下跌了3%', -3],
    ['回落 5 元/吨', -5],
    ['降低 1.5%', -1.5],
    ['增长1.3%', 1.3],
    ['同比增加 26.2%', 26.2],
    ['上调30元/吨', 30],
    ['-2.4%', -2.4],
    // A level reached is not a change.
    ['下降到 5%', 5],
    ['提升到 97%', 97],
    // Figures broken across lines and spaced out as newspapers print them.
    ['1 6 0 0 多\n个', 1600],
    ['1,600 个', 1600],
    // Chinese numerals.
    ['两批', 2],
    ['三大', 3],
    ['百余个', 100],
    ['十二', 12],
    ['一万', 10000],
    ['7部门', 7],
    // Dates and names around a figure are not the figure.
    ['截至今年 7 月，广西新增用电客户 52.8 万户', 528000],
    ['2022 年我国网络安全产业规模近 2200 亿元', 220000000000],
    ['近 12 年', 12],
  ])('%j → %j', (text, expected) => {
    expect(parsePrintedNumber(text)).toBe(expected);
  });

  it.each([
    ['20 元/吨至 30 元/吨', { min: 20, max: 30 }],
    ['5 元/吨至 30 元/吨不等', { min: 5, max: 30 }],
    ['上调 20 元/吨至 30\n\n元/吨', { min: 20, max: 30 }],
    ['20—30', { min: 20, max: 30 }],
    ['20-30', { min: 20, max: 30 }],
    ['20 至 30 万吨', { min: 200000, max: 300000 }],
    ['1.5 万至 2 万户', { min: 15000, max: 20000 }],
    ['下调 5 至 10 元/吨', { min: -10, max: -5 }],
  ])('reads the range %j as %j', (text, expected) => {
    expect(parsePrintedNumber(text)).toEqual(expected);
  });

  it.each([['首批'], ['逾期难交付'], ['2023 年 1 月至 7 月'], ['9.53 亿吨，同比增长 1.3%'], ['']])(
    'finds no single figure in %j',
    (text) => {
      expect(parsePrintedNumber(text)).toBeNull();
    },
  );

  it('gives the double nearest the printed decimal, as JSON.parse would', () => {
    expect(parsePrintedNumber('1.1 万')).toBe(JSON.parse('11000'));
    expect(parsePrintedNumber('0.3 亿')).toBe(30000000);
    expect(parsePrintedNumber('1.23456 万')).toBe(12345.6);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['两千五百万', 25000000],
    ['一亿二千万', 120000000],
    ['二〇二三', 2023],
    ['百', 100],
  ])('%s → %d', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });
});

describe('parseQualifier', () => {
  it.each([
    ['约 260 亿元', 'about'],
    ['减少约 2400 万吨', 'about'],
    ['20 万吨左右', 'about'],
    ['近 2200 亿元', 'nearly'],
    ['接近 100%', 'nearly'],
    ['接近100%', 'nearly'],
    ['近百个', 'nearly'],
    ['超过 165 万套', 'over'],
    ['超过60%', 'over'],
    ['逾 300 家', 'over'],
    ['1000 余万元', 'more-than'],
    ['1600 多个', 'more-than'],
    ['百余个', 'more-than'],
    ['9.53 亿吨', 'exact'],
    ['两批', 'exact'],
    // The word must touch the number: 逾期 is overdue, 近期 recent, 多家 many.
    ['已售逾期难交付住宅', 'exact'],
    ['近期 5 家', 'exact'],
    ['多家企业', 'exact'],
    // 近 before a span of time means "the past", not "nearly".
    ['近 12 年', 'exact'],
    ['近三个月', 'exact'],
  ])('%j → %s', (text, expected) => {
    expect(parseQualifier(text)).toBe(expected);
  });
});

describe('printedUnit', () => {
  it.each([
    ['20.5%', 'percent'],
    ['上调 20 元/吨至 30 元/吨', 'yuan-per-tonne'],
    ['1030 万千伏安', 'kva'],
    ['7.7 亿元', 'yuan'],
    ['9.53 亿吨', 'tonne'],
    ['52.8 万户', null],
    ['两批', null],
  ])('%j is in %s', (text, expected) => {
    expect(printedUnit(text)).toBe(expected);
  });
});

describe('sameValue', () => {
  it.each([
    [953000000, 953000000, true],
    [1.3, -1.3, false],
    [{ min: 20, max: 30 }, { min: 20, max: 30 }, true],
    [{ min: 20, max: 30 }, { min: 20, max: 35 }, false],
    // A single figure is never the same as a range, even one whose ends meet.
    [20, { min: 20, max: 20 }, false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
    expect(sameValue(b, a)).toBe(expected);
  });
});

describe('formula expressions', () => {
  it.each([
    ['1 + 2 * 3', {}, 7],
    ['(1 + 2) * 3', {}, 9],
    ['-a.b + 10', { 'a.b': 4 }, 6],
    ['a.b - c.d', { 'a.b': 4, 'c.d': 1.5 }, 2.5],
    [
      'cement.output-h1 / (1 + cement.yoy / 100)',
      { 'cement.output-h1': 202, 'cement.yoy': 1 },
      200,
    ],
    ['360.samples * 2', { '360.samples': 3 }, 6],
    ['8 / 4 / 2', {}, 1],
    ['10 - 4 - 3', {}, 3],
  ])('%s with %j = %d', (formula, variables, expected) => {
    expect(evaluateExpression(parseExpression(formula), variables)).toBe(expected);
  });

  it('lists the variables a formula uses, once each', () => {
    expect(expressionVariables(parseExpression('a.x / (a.x + b.y-z)'))).toEqual(['a.x', 'b.y-z']);
  });

  it.each([
    ['a.b +', 'expected a number, an id or "(" but found the end of the formula'],
    ['(a.b', 'expected ")" but found the end of the formula'],
    ['a.b )', 'unexpected ")" at position 5'],
    ['a.b; process.exit()', 'unexpected character ";" at position 4'],
    ['a.b ** 2', 'expected a number, an id or "(" but found "*" at position 6'],
  ])('refuses %j: %s', (formula, message) => {
    expect(() => parseExpression(formula)).toThrow(message);
  });

  it.each([
    ['a.b / 0', { 'a.b': 1 }, 'division by zero'],
    [
      'a.b-c.d',
      { 'a.b': 1, 'c.d': 1 },
      'unknown variable "a.b-c.d" (put spaces around "-" to subtract)',
    ],
    ['constructor', {}, 'unknown variable "constructor"'],
  ])('cannot evaluate %j: %s', (formula, variables, message) => {
    expect(() => evaluateExpression(parseExpression(formula), variables)).toThrow(message);
  });
});
