/**
 * Chart downloads: the drawn Recharts <svg>, cloned with its computed colours inlined (so CSS
 * variables and dark mode resolve to real colours), wrapped in a larger SVG carrying the title,
 * subtitle (units, period, region), legend and source line, then saved as SVG or drawn at 2× into
 * a PNG. All text goes in through the DOM (textContent), which XMLSerializer escapes: data text
 * is never spliced into markup.
 */
import { estimateTextWidth, wrapText } from './text-measure';
import type { LegendItem } from './chart-types';

// Chart downloads are named like data downloads: `cement-output-h1-zh.svg`.
export { exportFileName } from '../../format/file-name';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportLegendItem {
  label: string;
  /** A resolved colour (`rgb(…)` or `#…`), not a CSS variable. */
  color: string;
  swatch: LegendItem['swatch'];
}

export interface ExportTexts {
  title: string;
  subtitle: string;
  source: string;
  legend?: ExportLegendItem[];
}

export interface ExportStyle {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

export interface ExportSize {
  width: number;
  height: number;
}

export const EXPORT_LAYOUT = {
  padding: 16,
  titleSize: 17,
  subtitleSize: 12.5,
  legendSize: 12,
  sourceSize: 11.5,
  lineHeight: 1.4,
  /** Below this width the wrapper grows, so a phone-sized chart still gets a readable header. */
  minWidth: 320,
} as const;

/** Presentation properties copied from the live chart into the clone. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
  'display',
] as const;

type StyleSource = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * Copies each element's computed presentation properties (fill, stroke, fonts…) onto the matching
 * element of its clone, walking both trees in step. Resolves `var(--series-1)` to a colour.
 */
export function inlineComputedStyles(
  source: Element,
  clone: Element,
  getStyle: StyleSource = (el) => getComputedStyle(el),
): void {
  const computed = getStyle(source);
  const declarations: string[] = [];
  for (const property of INLINED) {
    const value = computed.getPropertyValue(property).trim();
    if (value !== '') declarations.push(`${property}: ${value}`);
  }
  if (declarations.length > 0) clone.setAttribute('style', declarations.join('; '));
  const sourceChildren = Array.from(source.children);
  const cloneChildren = Array.from(clone.children);
  sourceChildren.forEach((child, i) => {
    const twin = cloneChildren[i];
    if (twin) inlineComputedStyles(child, twin, getStyle);
  });
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function textLines(
  doc: Document,
  parent: Element,
  lines: string[],
  x: number,
  top: number,
  size: number,
  attributes: Record<string, string | number>,
): number {
  let y = top;
  for (const line of lines) {
    y += size * EXPORT_LAYOUT.lineHeight;
    const text = el(doc, 'text', { x, y: y - size * 0.3, 'font-size': size, ...attributes });
    text.textContent = line;
    parent.appendChild(text);
  }
  return y;
}

function legendSwatch(doc: Document, item: ExportLegendItem, x: number, y: number, size: number) {
  const mid = y - size * 0.35;
  switch (item.swatch) {
    case 'line':
      return el(doc, 'line', {
        x1: x + 6,
        x2: x + 6,
        y1: mid - 7,
        y2: mid + 7,
        stroke: item.color,
        'stroke-width': 3,
      });
    case 'circle':
      return el(doc, 'circle', { cx: x + 6, cy: mid, r: 5, fill: item.color });
    case 'diamond':
      return el(doc, 'path', {
        d: `M ${x + 6} ${mid - 6} L ${x + 12} ${mid} L ${x + 6} ${mid + 6} L ${x} ${mid} Z`,
        fill: item.color,
      });
    case 'hatched':
      return el(doc, 'rect', {
        x,
        y: mid - 6,
        width: 12,
        height: 12,
        fill: item.color,
        'fill-opacity': 0.35,
        stroke: item.color,
        'stroke-dasharray': '3 2',
      });
    default:
      return el(doc, 'rect', { x, y: mid - 6, width: 12, height: 12, fill: item.color });
  }
}

/**
 * The downloadable document: header (title, subtitle, legend), the chart clone, and the source
 * line, on a solid background. `chart` should already carry inlined colours.
 */
export function buildExportSvg(
  doc: Document,
  chart: SVGSVGElement,
  texts: ExportTexts,
  style: ExportStyle,
  size: ExportSize,
): SVGSVGElement {
  const { padding, titleSize, subtitleSize, legendSize, sourceSize } = EXPORT_LAYOUT;
  const width = Math.max(EXPORT_LAYOUT.minWidth, Math.round(size.width)) + 2 * padding;
  const inner = width - 2 * padding;
  // XMLSerializer writes the namespace declaration itself (a second xmlns would be invalid XML).
  const root = el(doc, 'svg', { width, height: 0, 'font-family': style.fontFamily });
  const background = el(doc, 'rect', { x: 0, y: 0, width, height: 0, fill: style.background });
  root.appendChild(background);
  const title = el(doc, 'title', {});
  title.textContent = texts.title;
  root.appendChild(title);

  let y = padding - 4;
  y = textLines(doc, root, wrapText(texts.title, inner, titleSize), padding, y, titleSize, {
    fill: style.text,
    'font-weight': 700,
  });
  y = textLines(
    doc,
    root,
    wrapText(texts.subtitle, inner, subtitleSize),
    padding,
    y,
    subtitleSize,
    {
      fill: style.muted,
    },
  );

  if (texts.legend && texts.legend.length > 0) {
    let x = padding;
    let lineY = y + legendSize * EXPORT_LAYOUT.lineHeight + 4;
    for (const item of texts.legend) {
      const itemWidth = 18 + estimateTextWidth(item.label, legendSize) + 14;
      if (x > padding && x + itemWidth > width - padding) {
        x = padding;
        lineY += legendSize * EXPORT_LAYOUT.lineHeight + 2;
      }
      root.appendChild(legendSwatch(doc, item, x, lineY, legendSize));
      const label = el(doc, 'text', {
        x: x + 18,
        y: lineY - legendSize * 0.1,
        'font-size': legendSize,
        fill: style.text,
      });
      label.textContent = item.label;
      root.appendChild(label);
      x += itemWidth;
    }
    y = lineY + 4;
  }

  y += 8;
  const placed = chart.cloneNode(true) as SVGSVGElement;
  placed.setAttribute('x', String(padding));
  placed.setAttribute('y', String(y));
  placed.setAttribute('width', String(size.width));
  placed.setAttribute('height', String(size.height));
  placed.removeAttribute('tabindex');
  placed.removeAttribute('role');
  placed.removeAttribute('style');
  root.appendChild(placed);
  y += size.height + 4;

  y = textLines(doc, root, wrapText(texts.source, inner, sourceSize), padding, y, sourceSize, {
    fill: style.muted,
  });
  const height = Math.ceil(y + padding);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  return root;
}

/** An SVG document as text, with its XML declaration. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Draws SVG text onto a canvas at `scale`× and encodes it as PNG. */
export async function svgToPng(svgText: string, size: ExportSize, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be drawn for PNG export'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * scale);
    canvas.height = Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('PNG export needs a 2D canvas, which this browser did not give');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode a PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page's theme colours, resolved, for the wrapper. */
export function currentExportStyle(root: Element = document.documentElement): ExportStyle {
  const css = getComputedStyle(root);
  const read = (token: string, fallback: string) => css.getPropertyValue(token).trim() || fallback;
  return {
    background: read('--surface', '#ffffff'),
    text: read('--text', '#1b1b1b'),
    muted: read('--muted', '#555555'),
    fontFamily: getComputedStyle(document.body).fontFamily || 'sans-serif',
  };
}

/** Resolves a CSS custom property (a tone's token) to its current colour. */
export function resolveToken(token: string, root: Element = document.documentElement): string {
  return getComputedStyle(root).getPropertyValue(token).trim() || '#000000';
}

/** Builds the wrapped document from a live chart <svg> and downloads it as SVG or PNG. */
export async function exportChart(
  chart: SVGSVGElement,
  texts: ExportTexts,
  format: 'svg' | 'png',
  fileName: string,
): Promise<void> {
  const rect = chart.getBoundingClientRect();
  const size = {
    width: Number(chart.getAttribute('width')) || rect.width,
    height: Number(chart.getAttribute('height')) || rect.height,
  };
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, clone);
  const wrapped = buildExportSvg(document, clone, texts, currentExportStyle(), size);
  const text = serializeSvg(wrapped);
  if (format === 'svg') {
    downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), fileName);
    return;
  }
  const full = {
    width: Number(wrapped.getAttribute('width')),
    height: Number(wrapped.getAttribute('height')),
  };
  downloadBlob(await svgToPng(text, full), fileName);
}
