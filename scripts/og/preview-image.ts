/**
 * Draws a page's preview image (Open Graph, 1200×630 PNG) from its card (src/app/preview.ts),
 * with npm packages alone: satori lays the card out and turns its text into paths with Noto Sans
 * SC (from @expo-google-fonts/noto-sans-sc, which covers Chinese and Latin), resvg paints the
 * SVG. No browser and no system font is involved, so `npm run build` needs nothing but
 * `npm install`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_SIZE } from '../../src/app/head';
import type { PreviewCard } from '../../src/app/preview';

const require = createRequire(import.meta.url);

/** The colours of the site's light theme (src/styles.css). */
const INK = '#1a1d21';
const MUTED = '#555b63';
const ACCENT = '#1f5fae';
const COMPUTED = '#8fb3df';
const RULE = '#d9dde2';

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Cuts text that would not fit (the card has no scrolling): whole characters, with an ellipsis. */
function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  // English breaks at a word; Chinese anywhere.
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** The trend as a small SVG: columns (computed ones lighter) or a line with its points. */
export function trendSvg(trend: NonNullable<PreviewCard['trend']>, width: number, height: number) {
  const { values, computed, line } = trend;
  const pad = 8;
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const y = (v: number) => pad + ((max - v) / span) * (height - 2 * pad);
  const step = (width - 2 * pad) / values.length;
  const marks = line
    ? (() => {
        const xs = values.map((_, i) => pad + step * (i + 0.5));
        const path = values.map(
          (v, i) => `${i ? 'L' : 'M'}${xs[i]!.toFixed(1)},${y(v).toFixed(1)}`,
        );
        const dots = values.map(
          (v, i) =>
            `<circle cx="${xs[i]!.toFixed(1)}" cy="${y(v).toFixed(1)}" r="6" fill="${computed[i] ? '#fff' : ACCENT}" stroke="${ACCENT}" stroke-width="3"/>`,
        );
        return `<path d="${path.join('')}" fill="none" stroke="${ACCENT}" stroke-width="5" stroke-linejoin="round"/>${dots.join('')}`;
      })()
    : values
        .map((v, i) => {
          const top = y(Math.max(v, 0));
          const h = Math.max(2, Math.abs(y(v) - y(0)));
          const x = pad + step * i + step * 0.15;
          return `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" rx="3" fill="${computed[i] ? COMPUTED : ACCENT}"/>`;
        })
        .join('');
  const base = `<line x1="${pad}" x2="${width - pad}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="${RULE}" stroke-width="2"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${base}${marks}</svg>`;
}

function cardTree(card: PreviewCard): Node {
  const { width, height } = PREVIEW_SIZE;
  const chart = card.trend
    ? {
        type: 'img',
        props: {
          src: `data:image/svg+xml;base64,${Buffer.from(trendSvg(card.trend, 400, 240)).toString('base64')}`,
          width: 400,
          height: 240,
          style: { marginLeft: 40 },
        },
      }
    : null;
  const body = card.value
    ? el(
        'div',
        { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between' },
        [
          el(
            'div',
            { display: 'flex', flexDirection: 'column', flex: 1 },
            [
              el(
                'div',
                {
                  fontSize: [...card.value].length > 12 ? 68 : 84,
                  fontWeight: 700,
                  color: INK,
                  lineHeight: 1.1,
                },
                clip(card.value, 24),
              ),
              el('div', { fontSize: 34, color: MUTED, marginTop: 12 }, clip(card.when ?? '', 40)),
              card.change
                ? el('div', { fontSize: 32, color: INK, marginTop: 10 }, clip(card.change, 44))
                : null,
            ].filter(Boolean),
          ),
          chart,
        ].filter(Boolean),
      )
    : el('div', { fontSize: 36, color: MUTED, lineHeight: 1.45 }, clip(card.text ?? '', 150));
  return el(
    'div',
    {
      width,
      height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 64px 44px',
      background: '#ffffff',
      fontFamily: 'Noto Sans SC',
      borderTop: `14px solid ${ACCENT}`,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 30, color: ACCENT, fontWeight: 700 }, clip(card.kicker, 40)),
        el(
          'div',
          {
            fontSize: card.value ? 56 : 68,
            fontWeight: 700,
            color: INK,
            marginTop: 10,
            lineHeight: 1.2,
          },
          clip(card.title, card.lang === 'zh' ? 28 : 52),
        ),
      ]),
      body,
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          borderTop: `2px solid ${RULE}`,
          paddingTop: 18,
        },
        [
          el(
            'div',
            { fontSize: 26, color: MUTED },
            clip(card.source, card.lang === 'zh' ? 40 : 72),
          ),
          el('div', { fontSize: 26, color: INK, fontWeight: 700, marginTop: 6 }, card.site),
        ],
      ),
    ],
  );
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | null =
  null;

/** Noto Sans SC regular and bold, read once per build. */
function loadFonts() {
  fonts ??= Promise.all(
    (
      [
        [400, '400Regular/NotoSansSC_400Regular.ttf'],
        [700, '700Bold/NotoSansSC_700Bold.ttf'],
      ] as const
    ).map(async ([weight, file]) => ({
      name: 'Noto Sans SC',
      data: await readFile(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as a 1200×630 PNG. */
export async function previewPng(card: PreviewCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as never, {
    ...PREVIEW_SIZE,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng();
}

const CACHE_DIR = join(import.meta.dirname, '../../node_modules/.cache/eid-previews');
let drawer: Promise<string> | null = null;

/**
 * The card's PNG from the cache when an earlier build drew the same card with the same drawing
 * code (this file), else drawn and cached: a rebuild redraws only the cards whose data changed.
 */
export async function cachedPreviewPng(card: PreviewCard): Promise<Buffer> {
  drawer ??= readFile(import.meta.filename, 'utf8');
  const key = createHash('sha256')
    .update(await drawer)
    .update(JSON.stringify(card))
    .digest('hex')
    .slice(0, 32);
  const file = join(CACHE_DIR, `${key}.png`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const png = await previewPng(card);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(file, png);
  return png;
}
