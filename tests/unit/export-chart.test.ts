import { describe, expect, it } from 'vitest';
import {
  buildExportSvg,
  exportFileName,
  inlineComputedStyles,
  serializeSvg,
  type ExportStyle,
} from '../../src/components/charts/export-chart';
import { estimateTextWidth, wrapText } from '../../src/components/charts/text-measure';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE: ExportStyle = {
  background: '#ffffff',
  text: '#1b1b1b',
  muted: '#555555',
  fontFamily: 'Noto Sans CJK SC, sans-serif',
};

function chartSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '200');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('role', 'img');
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('class', 'bar');
  rect.setAttribute('style', 'fill: var(--series-1)');
  const text = document.createElementNS(SVG_NS, 'text');
  text.textContent = '9.53亿吨';
  svg.append(rect, text);
  return svg;
}

function texts(root: Element): string[] {
  return Array.from(root.querySelectorAll(':scope > text')).map((t) => t.textContent ?? '');
}

describe('wrapText', () => {
  it.each([
    ['Cement output', 1000, 12, ['Cement output']],
    [
      'Cement output in the first half of 2023',
      90,
      12,
      ['Cement output', 'in the first', 'half of 2023'],
    ],
    ['上半年水泥产量：本期与上年同期', 60, 12, ['上半年水泥', '产量：本期', '与上年同期']],
    ['Supercalifragilistic word', 40, 12, ['Supercalifragilistic', 'word']],
    ['', 100, 12, []],
  ])('%j in %dpx at %dpx → %j', (text, width, size, lines) => {
    expect(wrapText(text, width, size)).toEqual(lines);
  });

  it('counts CJK characters as a full em and Latin as narrower', () => {
    expect(estimateTextWidth('水泥', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.2);
  });
});

describe('exportFileName', () => {
  it.each([
    ['cement-output-h1', 'zh', 'svg', 'cement-output-h1-zh.svg'],
    ['housing-amounts', 'en', 'png', 'housing-amounts-en.png'],
  ] as const)('%s in %s as %s → %s', (id, lang, ext, name) => {
    expect(exportFileName(id, lang, ext)).toBe(name);
  });
});

describe('buildExportSvg', () => {
  const build = (title = '上半年水泥产量：本期与上年同期') =>
    buildExportSvg(
      document,
      chartSvg(),
      {
        title,
        subtitle: '单位：亿吨 · 2023年上半年、2022年上半年 · 全国',
        source: '来源：《2023年上半年全国水泥市场运行情况》。',
        legend: [
          { label: '印出数', color: '#0072b2', swatch: 'solid' },
          {
            label: '计算值 = “上半年水泥产量” ÷ (1 + “同比” ÷ 100)',
            color: '#8a8a8a',
            swatch: 'hatched',
          },
        ],
      },
      STYLE,
      { width: 400, height: 200 },
    );

  it('carries the title, subtitle, legend and source line as text, around the chart', () => {
    const root = build();
    const lines = texts(root);
    expect(lines[0]).toBe('上半年水泥产量：本期与上年同期');
    expect(lines).toContain('单位：亿吨 · 2023年上半年、2022年上半年 · 全国');
    expect(lines).toContain('印出数');
    expect(lines.at(-1)).toBe('来源：《2023年上半年全国水泥市场运行情况》。');
    const chart = root.querySelector(':scope > svg')!;
    expect(chart.querySelector('text')?.textContent).toBe('9.53亿吨');
    const sourceY = Number(root.querySelector(':scope > text:last-of-type')!.getAttribute('y'));
    expect(sourceY).toBeGreaterThan(Number(chart.getAttribute('y')) + 200);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(sourceY);
  });

  it('is wider than the chart by its padding and drops the live chart’s focus attributes', () => {
    const root = build();
    expect(root.getAttribute('width')).toBe('432');
    expect(root.getAttribute('viewBox')).toBe(`0 0 432 ${root.getAttribute('height')}`);
    const chart = root.querySelector(':scope > svg')!;
    expect(chart.hasAttribute('tabindex')).toBe(false);
    expect(chart.hasAttribute('role')).toBe(false);
  });

  it('leaves the chart it was given untouched', () => {
    const svg = chartSvg();
    buildExportSvg(document, svg, { title: 't', subtitle: 's', source: 'src' }, STYLE, {
      width: 400,
      height: 200,
    });
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(svg.hasAttribute('x')).toBe(false);
  });

  it('escapes data text when serialized: markup in a title stays text', () => {
    const svgText = serializeSvg(build('<script>alert(1)</script> & “quotes”'));
    expect(svgText.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svgText).not.toContain('<script>');
    expect(svgText).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes”');
    const reparsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(reparsed.querySelector('parsererror')).toBeNull();
    expect(reparsed.querySelector('script')).toBeNull();
    expect(reparsed.documentElement.namespaceURI).toBe(SVG_NS);
  });

  it('wraps a long title onto several lines within the width', () => {
    const root = build(
      'A very long chart title that cannot possibly fit on one line of a small chart',
    );
    const titleLines = Array.from(root.querySelectorAll(':scope > text[font-weight="700"]'));
    expect(titleLines.length).toBeGreaterThan(1);
  });
});

describe('inlineComputedStyles', () => {
  it('copies resolved colours onto the clone, element by element', () => {
    const live = chartSvg();
    const clone = live.cloneNode(true) as SVGSVGElement;
    const resolved: Record<string, Record<string, string>> = {
      svg: { 'font-family': 'Noto Sans' },
      rect: { fill: 'rgb(0, 114, 178)', stroke: 'none' },
      text: { fill: 'rgb(27, 27, 27)', 'font-size': '12.5px' },
    };
    inlineComputedStyles(live, clone, (el) => ({
      getPropertyValue: (p: string) => resolved[el.localName]?.[p] ?? '',
    }));
    expect(clone.querySelector('rect')!.getAttribute('style')).toBe(
      'fill: rgb(0, 114, 178); stroke: none',
    );
    expect(clone.querySelector('text')!.getAttribute('style')).toBe(
      'fill: rgb(27, 27, 27); font-size: 12.5px',
    );
    expect(clone.getAttribute('style')).toBe('font-family: Noto Sans');
    // The live chart keeps its CSS variables.
    expect(live.querySelector('rect')!.getAttribute('style')).toBe('fill: var(--series-1)');
  });
});
