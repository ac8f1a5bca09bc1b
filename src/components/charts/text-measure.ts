/*
 * Text measures shared by the charts (label widths, wrapped titles) and the chart export. Kept
 * apart from export-chart.ts so a page's charts do not carry the export code, which loads on the
 * first download.
 */

/** CJK and full-width characters take about 1em; others about 0.56em (a sans-serif average). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    ems += code >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : 0.56;
  }
  return ems * fontSize;
}

/**
 * Breaks text into lines no wider than `maxWidth` (estimated): between words in Latin text, and
 * between any two characters of CJK text. A single over-long word gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const pieces = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line !== '' && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
