import { useId } from 'react';
import { toneColor, type Tone } from './palette';

/*
 * The hatch of computed values, shared by the Recharts drawings (through chart-parts.tsx) and the
 * series chart's still, which must not import chart-parts (it would bring Recharts with it).
 */

/** An id usable in `url(#…)`: React's useId has characters that need escaping there. */
export function usePatternId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The hatch for computed values: diagonal lines in the derived tone over the surface. */
export function HatchPattern({ id, tone = 'derived' }: { id: string; tone?: Tone }) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={6}
        height={6}
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} style={{ fill: toneColor(tone), fillOpacity: 0.25 }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: toneColor(tone), strokeWidth: 3 }} />
      </pattern>
    </defs>
  );
}
