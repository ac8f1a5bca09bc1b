/**
 * Chart colours come from the CSS tokens in styles.css (Okabe–Ito, tuned per theme for 3:1
 * against the surface), so charts follow light, dark and print themes without re-rendering.
 * Recharts gets them as `style` values (`var(--series-1)`), never as resolved hex.
 */
export const TONES = [
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
  'derived',
  'reference',
] as const;
export type Tone = (typeof TONES)[number];

const TOKEN: Record<Tone, string> = {
  'series-1': '--series-1',
  'series-2': '--series-2',
  'series-3': '--series-3',
  'series-4': '--series-4',
  'series-5': '--series-5',
  derived: '--series-derived',
  reference: '--reference',
};

/** The CSS custom property holding a tone's colour. */
export function toneToken(tone: Tone): string {
  return TOKEN[tone];
}

/** A tone as a CSS value for `style={{ fill }}`. */
export function toneColor(tone: Tone): string {
  return `var(${TOKEN[tone]})`;
}

/** Series tones in order, for charts with several series. */
export const SERIES_TONES: readonly Tone[] = [
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
];

/** Theme colours the chart chrome uses (axes, grid, text, tooltip). */
export const CHROME = {
  text: 'var(--text)',
  muted: 'var(--muted)',
  grid: 'var(--grid)',
  surface: 'var(--surface)',
  track: 'var(--surface-2)',
  border: 'var(--border)',
} as const;
