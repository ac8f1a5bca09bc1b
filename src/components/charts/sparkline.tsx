import './sparkline.css';
import type { TrendMark } from '../../format/indicator';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 2;

/**
 * A small trend drawn on the server as plain SVG (no chart library): columns for levels, a line
 * for three or more points of a rate; computed points are outlined, not filled. Decorative: the
 * values it draws are printed beside it, and the full series is a link away.
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
  const y = (v: number) => PAD + (HEIGHT - 2 * PAD) * (1 - (v - low) / span);
  const step = (WIDTH - 2 * PAD) / marks.length;
  const round = (n: number) => Math.round(n * 10) / 10;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'line' ? (
        <polyline
          className="sparkline-line"
          points={marks
            .map((m, i) => `${round(PAD + step * (i + 0.5))},${round(y(m.value))}`)
            .join(' ')}
        />
      ) : (
        marks.map((m, i) => {
          const top = Math.min(y(m.value), y(0));
          return (
            <rect
              key={i}
              className={m.computed ? 'sparkline-bar is-computed' : 'sparkline-bar'}
              x={round(PAD + step * i + step * 0.15)}
              y={round(top)}
              width={round(step * 0.7)}
              height={round(Math.max(1, Math.abs(y(m.value) - y(0))))}
            />
          );
        })
      )}
    </svg>
  );
}
