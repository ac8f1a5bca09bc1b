import { fireEvent, render, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { bootApp } from '../../src/app/boot';
import { loadPage, pageKey } from '../../src/app/pages';
import type { SeriesCell, SeriesChartData } from '../../src/components/charts/chart-types';
import { SeriesStill, shownTicks } from '../../src/components/charts/series-still';
import { estimateTextWidth } from '../../src/components/charts/text-measure';
import { FONT_SIZE } from '../../src/components/charts/chart-layout';
import { beforeRouteRender } from '../../src/store/route-hooks';
import { parseLocation } from '../../src/store/url-state';
import { realDataset, renderApp } from '../render-app';

const PERIODS = {
  en: ['H1 2022', 'H1 2023'],
  zh: ['2022年上半年', '2023年上半年'],
} as const;

/** The page's HTML as the server renders it, parsed as a browser would before any script. */
async function serverPage(path: string): Promise<HTMLElement> {
  const parsed = parseLocation(path, '');
  await loadPage(pageKey(parsed.route));
  await beforeRouteRender('render');
  const { store, i18n } = bootApp(parsed, realDataset());
  const root = document.createElement('div');
  root.innerHTML = renderToString(<App store={store} i18n={i18n} />);
  return root;
}

describe.each(['en', 'zh'] as const)('a series chart before any script (%s)', (lang) => {
  it('is drawn in the HTML: a column per value, the computed ones hatched, named by its title', async () => {
    const page = await serverPage(`/${lang}/indicators/cement-output/`);
    const box = page.querySelector('.chart-drawing')!;
    expect(box.querySelector('svg.recharts-surface')).toBeNull();
    const svg = box.querySelector('svg.chart-still')!;
    expect(svg).not.toBeNull();
    expect(page.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      page.querySelector('.chart-title')?.textContent,
    );
    const fills = [...svg.querySelectorAll<SVGRectElement>('rect.chart-column')].map(
      (rect) => rect.style.fill,
    );
    // H1 2022 on each basis, computed from the H1 2023 figure and its changes; H1 2023 printed.
    expect(fills).toHaveLength(3);
    expect(fills.filter((fill) => fill.startsWith('url(#'))).toHaveLength(2);
    const labels = [...svg.querySelectorAll('.chart-tick-label')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining([...PERIODS[lang]]));
  });

  it('the embed draws it in its HTML too', async () => {
    const page = await serverPage(`/${lang}/embed/cement-output/`);
    expect(page.querySelectorAll('.chart-drawing svg.chart-still rect.chart-column')).toHaveLength(
      3,
    );
  });
});

describe('a series chart in the browser', () => {
  it('shows the still, and the interactive drawing in its place once the reader points at it', async () => {
    await renderApp('/en/indicators/cement-output/');
    const box = await waitFor(() => {
      const drawn = document.querySelector<HTMLElement>('.chart-drawing[data-drawn="true"]');
      expect(drawn?.querySelector('svg.chart-still')).toBeTruthy();
      return drawn!;
    });
    // No pointer yet: no drawing is loaded, the still stays.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box.querySelector('svg.recharts-surface')).toBeNull();
    fireEvent.pointerEnter(box);
    await waitFor(() => expect(box.querySelector('svg.recharts-surface')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(box.querySelector('svg.chart-still')).toBeNull();
  });
});

const cell = (value: number, computed = false) => ({
  value,
  valueLabel: String(value),
  computed,
  details: [],
});

describe('the still of a rate over periods', () => {
  const data: SeriesChartData = {
    mode: 'lines',
    axis: {
      title: '%',
      ticks: [0, 5, 10].map((value) => ({ value, label: String(value) })),
    },
    series: [{ key: 'a', label: 'A', tone: 'series-1' }],
    categories: ['2021', '2022', '2023', '2024', '2025'].map((label, i) => ({
      key: label,
      label,
      cells: (i === 2 ? {} : { a: cell(i + 1, i === 4) }) as Record<string, SeriesCell>,
    })),
  };

  it('breaks its line where a period has no value, and draws a computed point hollow', () => {
    const { container } = render(<SeriesStill data={data} width={360} height={300} />);
    expect(container.querySelectorAll('.chart-still-line path')).toHaveLength(2);
    const points = [...container.querySelectorAll<SVGCircleElement>('.chart-still-line circle')];
    expect(points).toHaveLength(4);
    expect(points.at(-1)!.style.fill).toBe('var(--surface)');
    expect(points[0]!.style.fill).not.toBe('var(--surface)');
  });

  it('keeps its last period label inside the drawing (a line ends at the plot edge)', () => {
    const long = {
      ...data,
      categories: data.categories.map((c, i) => ({ ...c, label: `Dec ${2019 + i}` })),
    };
    const { container } = render(<SeriesStill data={long} width={360} height={300} />);
    const labels = [...container.querySelectorAll('.chart-tick-label')];
    const last = labels.at(-1)!;
    expect(last.textContent).toBe('Dec 2023');
    const right = Number(last.getAttribute('x')) + estimateTextWidth('Dec 2023', FONT_SIZE) / 2;
    expect(right).toBeLessThanOrEqual(360);
  });

  it('keeps every period label of a long column axis inside the drawing', () => {
    const months: SeriesChartData = {
      ...data,
      mode: 'columns',
      categories: Array.from({ length: 60 }, (_, i) => ({
        key: String(i),
        label: `截至${2019 + Math.floor(i / 12)}年${(i % 12) + 1}月`,
        cells: { a: cell(i) },
      })),
    };
    const { container } = render(<SeriesStill data={months} width={360} height={300} />);
    const labels = [...container.querySelectorAll('.chart-still-axis text.chart-tick-label')]
      .filter((l) => l.getAttribute('dy') === '0.71em')
      .map((l) => ({
        x: Number(l.getAttribute('x')),
        half: estimateTextWidth(l.textContent ?? '', FONT_SIZE) / 2,
      }));
    expect(labels.length).toBeGreaterThan(1);
    for (const { x, half } of labels) {
      expect(x - half).toBeGreaterThanOrEqual(0);
      expect(x + half).toBeLessThanOrEqual(360);
    }
  });

  it('labels a long period axis without overlap, keeping its first and last periods', () => {
    const labels = Array.from(
      { length: 60 },
      (_, i) => `${2020 + Math.floor(i / 12)}-${(i % 12) + 1}`,
    );
    const xs = labels.map((_, i) => 40 + (i * 300) / 59);
    const shown = shownTicks(labels, xs);
    expect(shown[0]).toBe(true);
    expect(shown.at(-1)).toBe(true);
    const kept = labels.flatMap((label, i) => (shown[i] ? [{ label, x: xs[i]! }] : []));
    expect(kept.length).toBeLessThan(labels.length);
    for (let i = 1; i < kept.length; i += 1) {
      const prev = kept[i - 1]!;
      const next = kept[i]!;
      const room = next.x - prev.x;
      const need =
        (estimateTextWidth(prev.label, FONT_SIZE) + estimateTextWidth(next.label, FONT_SIZE)) / 2;
      expect(room, `${prev.label} and ${next.label} overlap`).toBeGreaterThanOrEqual(need);
    }
  });
});
