import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../src/data/csv-parse';
import type { LoadResult } from '../../src/data/load';
import type { Figure, Unit } from '../../src/data/schema';
import type { Lang } from '../../src/i18n/languages';
import { realDataset, renderApp } from '../render-app';

const data = realDataset();
const allFigures: Figure[] = data.datasets.flatMap((d) => d.dataset.figures);
const figureById = (id: string) => allFigures.find((f) => f.id === id)!;
const LANG_TEXT = {
  en: { table: 'All figures', value: 'Value', name: 'Figure', sourceLink: 'Show in article' },
  zh: { table: '全部数据', value: '数值', name: '指标', sourceLink: '查看原文' },
} as const;

function figureTable(lang: Lang, name: string = LANG_TEXT[lang].table) {
  return screen.getByRole('table', { name });
}

/**
 * The row headers of a table's body. Selected by markup rather than by role: role queries over
 * hundreds of cells are slow in jsdom, and `th scope=row` is exactly what gives a row its header.
 */
function rowHeaders(table: HTMLElement): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>('tbody th[scope="row"]')];
}

/** Body rows of a table, as the figures they show (looked up by their row header). */
function rowFigures(table: HTMLElement, lang: Lang, figures: readonly Figure[] = allFigures) {
  return rowHeaders(table).map((th) => {
    const figure = figures.find((f) => f.name[lang] === th.textContent);
    if (!figure) throw new Error(`row "${th.textContent}" matches no figure`);
    return figure;
  });
}

function rowOf(lang: Lang, figure: Figure): HTMLElement {
  return screen.getByRole('rowheader', { name: figure.name[lang] }).closest('tr')!;
}

/** A data set of `count` printed figures cloned from the real ones, with new ids and names. */
function syntheticData(count: number): LoadResult {
  const printed = allFigures.filter((f) => !f.derived);
  const figures: Figure[] = Array.from({ length: count }, (_, i) => {
    const base = printed[i % printed.length]!;
    return {
      ...base,
      id: `synthetic.figure-${i + 1}`,
      name: { zh: `合成数据${i + 1}`, en: `Synthetic figure ${i + 1}` },
    };
  });
  const [first] = data.datasets;
  return {
    ...data,
    datasets: [{ file: 'data/synthetic.json', dataset: { ...first!.dataset, figures } }],
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Whole-app renders with hundreds of cells: generous under a loaded CI machine.
vi.setConfig({ testTimeout: 20_000 });

describe('all-data table', () => {
  it.each<Lang>(['en', 'zh'])(
    '%s: lists every figure in the data, values formatted',
    async (lang) => {
      await renderApp(`/${lang}/table/`);
      const table = figureTable(lang);
      const shown = rowFigures(table, lang);
      expect(shown.map((f) => f.id)).toEqual(allFigures.map((f) => f.id));
      const output = rowOf(lang, figureById('cement.output-h1'));
      expect(output).toHaveTextContent(lang === 'zh' ? '9.53亿吨' : '953 million t');
      expect(
        screen.getByText(
          lang === 'zh' ? `共${allFigures.length}项数据` : `${allFigures.length} figures`,
        ),
      ).toBeInTheDocument();
    },
  );

  it.each<Lang>(['en', 'zh'])(
    '%s: a printed figure shows its quote in Chinese and links to its source',
    async (lang) => {
      await renderApp(`/${lang}/table/`);
      const figure = figureById('power.new-customers');
      const row = rowOf(lang, figure);
      const quote = within(row).getByText(figure.source!.quote);
      expect(quote).toHaveAttribute('lang', 'zh-CN');
      const gist = within(row).queryByText(figure.source!.gistEn);
      if (lang === 'en') expect(gist).toBeInTheDocument();
      else expect(gist).toBeNull();
      const link = within(row).getByRole('link', {
        name: new RegExp(`^${LANG_TEXT[lang].sourceLink}`),
      });
      expect(link).toHaveAttribute('href', `/${lang}/sources/?figure=${figure.id}`);
    },
  );

  it('a computed figure is marked and shows its formula with its inputs linked', async () => {
    await renderApp('/en/table/');
    const derived = allFigures.find((f) => f.derived)!;
    const row = rowOf('en', derived);
    expect(within(row).getByText('computed')).toBeInTheDocument();
    expect(within(row).getByText('Computed, not printed:')).toBeInTheDocument();
    for (const input of derived.derived!.inputs) {
      const name = figureById(input).name.en;
      expect(within(row).getByRole('link', { name })).toHaveAttribute(
        'href',
        `/en/sources/?figure=${input}`,
      );
    }
  });

  it.each<Lang>(['en', 'zh'])('%s: ?sector=cement shows only cement rows', async (lang) => {
    await renderApp(`/${lang}/table/?sector=cement`);
    const cement = allFigures.filter((f) => f.sector === 'cement');
    const shown = rowFigures(
      figureTable(lang, lang === 'en' ? 'Figures in Cement' : '水泥数据'),
      lang,
    );
    expect(shown.map((f) => f.id)).toEqual(cement.map((f) => f.id));
    expect(screen.getByRole('button', { name: lang === 'en' ? 'Cement' : '水泥' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('choosing a sector filters, updates the URL and announces the new count politely', async () => {
    await renderApp('/en/table/');
    const count = screen.getByText(`${allFigures.length} figures`);
    expect(count).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(screen.getByRole('button', { name: 'Guangxi power' }));
    const power = allFigures.filter((f) => f.sector === 'power');
    await waitFor(() =>
      expect(count).toHaveTextContent(`${power.length} figures in Guangxi power`),
    );
    expect(window.location.search).toBe('?sector=power');
    expect(rowFigures(figureTable('en', 'Figures in Guangxi power'), 'en')).toHaveLength(
      power.length,
    );
    await userEvent.click(screen.getByRole('button', { name: 'All sectors' }));
    await waitFor(() => expect(count).toHaveTextContent(`${allFigures.length} figures`));
    expect(window.location.search).toBe('');
  });

  it('clicking a column header sorts, sets aria-sort and keeps the order in the URL', async () => {
    await renderApp('/en/table/');
    const header = () => screen.getByRole('columnheader', { name: /^Figure/ });
    expect(header()).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    expect(window.location.search).toBe('?sort=name&dir=asc');
    const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' });
    const names = rowFigures(figureTable('en'), 'en').map((f) => f.name.en);
    expect(names).toEqual([...names].sort(collator.compare));
    expect(names).not.toEqual(allFigures.map((f) => f.name.en));

    await userEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    expect(window.location.search).toBe('?sort=name&dir=desc');
    const descending = rowFigures(figureTable('en'), 'en').map((f) => f.name.en);
    expect(descending).toEqual([...names].reverse());
  });

  it('sorting by value orders numbers only within one unit, ranges by their low end', async () => {
    await renderApp('/zh/table/?sort=value&dir=desc');
    expect(screen.getByRole('columnheader', { name: /^数值/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByText(/数值只在同一单位内比较/)).toBeInTheDocument();
    const shown = rowFigures(figureTable('zh'), 'zh');
    expect(shown).toHaveLength(allFigures.length);
    const low = (f: Figure) => (typeof f.value === 'number' ? f.value : f.value.min);
    // Each unit forms one contiguous group, and values fall within it.
    const seen = new Set<Unit>();
    shown.forEach((figure, i) => {
      const previous = shown[i - 1];
      if (previous && previous.unit === figure.unit) {
        expect(low(previous)).toBeGreaterThanOrEqual(low(figure));
      } else {
        expect(seen.has(figure.unit)).toBe(false);
        seen.add(figure.unit);
      }
    });
  });

  it('paginates a large data set 50 rows a page, with a labelled page nav', async () => {
    const synthetic = syntheticData(120);
    await renderApp('/en/table/', { data: synthetic });
    const names = (figures: Figure[]) => figures.map((f) => f.name.en);
    const figures = synthetic.datasets[0]!.dataset.figures;
    expect(names(rowFigures(figureTable('en'), 'en', figures))).toEqual(
      names(figures.slice(0, 50)),
    );
    const nav = screen.getByRole('navigation', { name: 'Pages of the figures table' });
    expect(nav).toHaveTextContent('Page 1 of 3');
    expect(screen.getByText('120 figures, showing 1–50')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await userEvent.click(within(nav).getByRole('link', { name: 'Next' }));
    await waitFor(() => expect(nav).toHaveTextContent('Page 2 of 3'));
    expect(window.location.search).toBe('?page=2');
    expect(names(rowFigures(figureTable('en'), 'en', figures))).toEqual(
      names(figures.slice(50, 100)),
    );
    expect(screen.getByText('120 figures, showing 51–100')).toBeInTheDocument();
    // The reader is taken to the top of the new page, not left at the bottom.
    expect(screen.getByRole('region', { name: 'Figures table (scrolls sideways)' })).toHaveFocus();
  });

  it('opens on the page the URL names, and a page past the end shows the last one', async () => {
    const synthetic = syntheticData(120);
    const figures = synthetic.datasets[0]!.dataset.figures;
    await renderApp('/zh/table/?page=2', { data: synthetic });
    expect(rowFigures(figureTable('zh'), 'zh', figures).map((f) => f.id)).toEqual(
      figures.slice(50, 100).map((f) => f.id),
    );
    expect(screen.getByRole('navigation', { name: '数据表分页' })).toHaveTextContent(
      '第2页，共3页',
    );
  });

  it('at 100× the data, renders one page of rows, never thousands', async () => {
    const synthetic = syntheticData(3800);
    await renderApp('/en/table/?sort=value&dir=desc', { data: synthetic });
    expect(rowHeaders(figureTable('en'))).toHaveLength(50);
    expect(
      screen.getByRole('navigation', { name: 'Pages of the figures table' }),
    ).toHaveTextContent('Page 1 of 76');
  });

  it('with no pagination needed, shows no page nav', async () => {
    await renderApp('/en/table/');
    expect(screen.queryByRole('navigation', { name: 'Pages of the figures table' })).toBeNull();
  });

  it('shows many milestones 50 at a time, with a button for more', async () => {
    const [first] = data.datasets;
    const event = first!.dataset.events[0]!;
    const events = Array.from({ length: 120 }, (_, i) => ({
      ...event,
      id: `synthetic.event-${i + 1}`,
      name: { zh: `合成节点${i + 1}`, en: `Synthetic milestone ${i + 1}` },
    }));
    await renderApp('/en/table/', {
      data: { ...data, datasets: [{ ...first!, dataset: { ...first!.dataset, events } }] },
    });
    const table = screen.getByRole('table', { name: 'Milestones and events' });
    expect(rowHeaders(table)).toHaveLength(50);
    const section = screen.getByRole('region', { name: /^Milestones and events/ });
    expect(within(section).getByText('Showing 50 of 120')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Show 50 more' }));
    expect(rowHeaders(table)).toHaveLength(100);
    await userEvent.click(within(section).getByRole('button', { name: 'Show 20 more' }));
    expect(rowHeaders(table)).toHaveLength(120);
    expect(within(section).queryByRole('button', { name: /more$/ })).toBeNull();
  });

  it('lists the milestones, filtered by sector too', async () => {
    const events = data.datasets.flatMap((d) => d.dataset.events);
    await renderApp('/en/table/?sector=cement');
    const table = screen.getByRole('table', { name: 'Milestones and events in Cement' });
    const cement = events.filter((e) => e.sector === 'cement');
    expect(rowHeaders(table)).toHaveLength(cement.length);
    const [first] = cement;
    const row = within(table).getByRole('rowheader', { name: first!.name.en }).closest('tr')!;
    expect(within(row).getByRole('link', { name: /^Show in article/ })).toHaveAttribute(
      'href',
      `/en/sources/?figure=${first!.id}`,
    );
  });
});

describe('downloads', () => {
  /** A Blob's bytes as text, BOM kept (jsdom's Blob has no text()). */
  function blobText(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () =>
        resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
  }

  /** Captures what a download button saves: the file name and the Blob's text. */
  function captureDownloads() {
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return `blob:test/${blobs.length}`;
      }),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    return { blobs, names };
  }

  it('saves the figures in view as CSV rows in the page language', async () => {
    const { blobs, names } = captureDownloads();
    await renderApp('/zh/table/?sector=cement');
    const cement = allFigures.filter((f) => f.sector === 'cement');
    await userEvent.click(
      screen.getByRole('button', { name: `将当前显示的${cement.length}项数据下载为 CSV` }),
    );
    // The CSV writer loads on the first download.
    await waitFor(() => expect(names).toEqual(['economic-indicators-cement-zh.csv']));
    expect(blobs[0]!.type).toMatch(/^text\/csv/);
    const text = await blobText(blobs[0]!);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(rows.map((r) => r[header!.indexOf('id')])).toEqual(cement.map((f) => f.id));
    const output = rows.find((r) => r[0] === 'cement.output-h1')!;
    expect(output[header!.indexOf('value')]).toBe('953000000');
    expect(output[header!.indexOf('value_formatted')]).toBe('9.53亿吨');
    expect(output[header!.indexOf('name')]).toBe(figureById('cement.output-h1').name.zh);
  });

  it('saves all figures as JSON in the data files’ shape', async () => {
    const { blobs, names } = captureDownloads();
    await renderApp('/en/table/?sector=power');
    await userEvent.click(
      screen.getByRole('button', { name: `Download all ${allFigures.length} figures as JSON` }),
    );
    await waitFor(() => expect(names).toEqual(['economic-indicators-all-en.json']));
    const json = JSON.parse(await blobText(blobs[0]!)) as { count: number; figures: Figure[] };
    expect(json.count).toBe(allFigures.length);
    expect(json.figures).toEqual(allFigures);
    expect(
      screen.getByText('Download started: economic-indicators-all-en.json'),
    ).toBeInTheDocument();
  });

  it('the download in view follows the sort order of the table', async () => {
    const { blobs } = captureDownloads();
    await renderApp('/en/table/?sector=power&sort=name&dir=asc');
    const power = allFigures.filter((f) => f.sector === 'power');
    await userEvent.click(
      screen.getByRole('button', { name: `Download the ${power.length} figures in view as CSV` }),
    );
    const [header, ...rows] = parseCsv(await blobText(blobs[0]!));
    const shown = rowFigures(figureTable('en', 'Figures in Guangxi power'), 'en');
    expect(rows.map((r) => r[header!.indexOf('id')])).toEqual(shown.map((f) => f.id));
  });
});

describe('share and copy link', () => {
  it('opens from Share with focus on Copy link, which copies the page’s full address and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await renderApp('/en/table/?sector=cement');
    const share = screen.getByRole('button', { name: 'Share' });
    expect(share).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(share);
    expect(share).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/en/table/?sector=cement`);
    expect(await screen.findByText('Link copied')).toHaveAttribute('aria-live', 'polite');
    await userEvent.keyboard('{Escape}');
    expect(share).toHaveAttribute('aria-expanded', 'false');
    expect(share).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });

  it('without clipboard access, shows the address selected for copying by hand', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await renderApp('/zh/table/?sort=value&dir=desc');
    await userEvent.click(screen.getByRole('button', { name: '分享' }));
    await userEvent.click(await screen.findByRole('button', { name: '复制链接' }));
    const field = await screen.findByRole('textbox', { name: '本页当前视图的链接' });
    expect(field).toHaveValue(`${window.location.origin}/zh/table/?sort=value&dir=desc`);
    expect(field).toHaveFocus();
    expect(screen.getByText(/无法自动复制/)).toBeInTheDocument();
  });
});
