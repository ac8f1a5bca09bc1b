import type { TrendMark } from '../../data/indicators';
import './sparkline.css';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 2;

/**
 * A small trend drawn on the server as plain SVG (no chart library): columns for levels, a line
 * for three or more points of a rate; computed points are outlined, not filled. Two paths at
 * most, however many marks: a page of trends stays small. Decorative: the values it draws are
 * printed beside it, and the full series is a link away.
 */
export function Sparkline({
  marks,
  kind,
}: {
  marks: readonly TrendMark[];
  kind: 'line' | 'columns';
}) {
  if (marks.length < 2) return null;
  const values = marks.map((m) => m.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  const y = (v: number) => round(PAD + (HEIGHT - 2 * PAD) * (1 - (v - low) / span));
  const step = (WIDTH - 2 * PAD) / marks.length;
  // Each column a closed rectangle.
  const column = (m: TrendMark, i: number) => {
    const top = Math.min(y(m.value), y(0));
    const height = Math.max(1, Math.abs(y(m.value) - y(0)));
    return `M${round(PAD + step * i + step * 0.15)} ${top}h${round(step * 0.7)}v${round(height)}h${-round(step * 0.7)}z`;
  };
  const columns = (computed: boolean) =>
    marks.map((m, i) => (m.computed === computed ? column(m, i) : '')).join('');
  // Two paths at most: the line, or the printed columns (filled) and the computed (outlined).
  const paths: [string, string][] =
    kind === 'line'
      ? [
          [
            'sparkline-line',
            marks
              .map((m, i) => `${i === 0 ? 'M' : 'L'}${round(PAD + step * (i + 0.5))} ${y(m.value)}`)
              .join(''),
          ],
        ]
      : [
          ['sparkline-bar', columns(false)],
          ['sparkline-bar is-computed', columns(true)],
        ];
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      {paths.map(([className, d]) => d && <path key={className} className={className} d={d} />)}
    </svg>
  );
}
