import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readVocabulary } from '../../scripts/vocabulary';
import { loadFromDisk } from '../../scripts/vite/datasets-plugin';
import { LANGS } from '../../src/i18n/languages';
import { vocabularyStrings } from '../../src/i18n/vocabulary-strings';
import { renderApp } from '../render-app';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs one of the project's commands as a curator would, on the copy's data. */
function command(script: string, ...args: string[]): string {
  return execFileSync(TSX, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project's data, as a curator's working tree would be. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  roots.push(root);
  for (const dir of ['data', 'seeds'])
    cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  return root;
}

/** Appends an entry to one vocabulary file, as a curator edits the JSON. */
function addEntry(root: string, kind: string, entry: unknown) {
  const file = join(root, 'data/vocabulary', `${kind}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  json[kind]!.push(entry);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

describe('a sector, a unit, a region and an indicator added as data alone', () => {
  it('are drafted from an article, pass the checks and show in both languages', async () => {
    const root = projectCopy();
    addEntry(root, 'sectors', {
      id: 'shipping',
      name: { zh: '港航物流', en: 'Ports and shipping' },
    });
    addEntry(root, 'units', {
      id: 'teu',
      name: { zh: '标准箱', en: 'twenty-foot equivalent units' },
      zh: { value: '{{value}}标准箱' },
      en: { other: '{{value}} TEU', axis: '{{scale}} TEU' },
      printed: ['标准箱'],
    });
    addEntry(root, 'regions', {
      id: 'xiongan',
      name: { zh: '雄安新区', en: "Xiong'an New Area" },
      places: ['雄安新区', '雄安'],
    });
    const article = join(root, 'xiongan-port.txt');
    writeFileSync(article, '雄安新区内陆港上半年集装箱吞吐量12.5万标准箱，同比增长8.4%。\n');

    const dirs = ['--out', join(root, 'data'), '--seeds', join(root, 'seeds')];
    expect(
      command('curate.ts', article, '--sector', 'shipping', '--date', '2023-08', ...dirs),
    ).toMatch(/drafted 2 figures/u);
    const dataFile = join(root, 'data/xiongan-port.json');
    const draft = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(
      draft.figures.map((f: Record<string, unknown>) => [
        f.asPrinted,
        f.value,
        f.unit,
        f.region,
        f.sector,
      ]),
    ).toEqual([
      ['12.5万标准箱', 125000, 'teu', 'xiongan', 'shipping'],
      ['增长8.4%', 8.4, 'percent', 'xiongan', 'shipping'],
    ]);
    // The new sector has no indicator yet: the throughput and its growth share a proposed one.
    expect(draft.proposedIndicators).toEqual([
      {
        id: 'shipping-new-indicator-1',
        name: { zh: '雄安新区内陆港上半年集装箱吞吐量', en: 'TODO: translate' },
        sector: 'shipping',
        unit: 'teu',
        measure: 'level',
        changes: ['yoy-change'],
      },
    ]);
    expect(draft.figures.map((f: Record<string, unknown>) => f.indicator)).toEqual([
      'shipping-new-indicator-1',
      'shipping-new-indicator-1',
    ]);

    // The curator moves the proposed indicator to the vocabulary, named in both languages.
    addEntry(root, 'indicators', {
      ...draft.proposedIndicators[0],
      id: 'shipping-container-throughput',
      name: { zh: '集装箱吞吐量', en: 'Container throughput' },
    });
    delete draft.proposedIndicators;
    for (const f of draft.figures) f.indicator = 'shipping-container-throughput';

    // The review a curator does: names, gists and the title, then the draft mark goes.
    const names = [
      { zh: '内陆港集装箱吞吐量', en: 'Inland port container throughput' },
      { zh: '内陆港集装箱吞吐量同比', en: 'Inland port container throughput, year on year' },
    ];
    draft.figures.forEach((f: Record<string, unknown>, i: number) => {
      f.name = names[i];
      f.source = { ...(f.source as object), gistEn: 'Container throughput and its growth.' };
      delete f.note;
    });
    delete draft.draft;
    writeFileSync(dataFile, `${JSON.stringify(draft, null, 2)}\n`);
    const sidecarFile = join(root, 'seeds/xiongan-port.json');
    const sidecar = JSON.parse(readFileSync(sidecarFile, 'utf8'));
    sidecar.title = { zh: '雄安内陆港吞吐量', en: "Xiong'an inland port throughput" };
    sidecar.publication.note = { zh: '测试用文章。', en: 'An article written for this test.' };
    writeFileSync(sidecarFile, `${JSON.stringify(sidecar, null, 2)}\n`);
    const checked = command(
      'check-data.ts',
      '--data',
      join(root, 'data'),
      '--seeds',
      join(root, 'seeds'),
      '--schemas',
      join(root, 'schemas'),
    );
    expect(checked).toMatch(/check:data: 5 files, \d+ figures, \d+ events: OK/u);
    // The schema data files point at now allows the new ids.
    const schema = readFileSync(join(root, 'schemas/dataset.schema.json'), 'utf8');
    for (const id of ['"shipping"', '"teu"', '"xiongan"', '"shipping-container-throughput"']) {
      expect(schema).toContain(id);
    }

    const vocabulary = readVocabulary(join(root, 'data/vocabulary'));
    const data = loadFromDisk(root);
    expect(data.errors).toEqual([]);
    const shown = {
      zh: ['港航物流', '雄安新区', '12.5万标准箱', '+8.4%'],
      en: ['Ports and shipping', "Xiong'an New Area", '125,000 TEU', '+8.4%'],
    };
    for (const lang of LANGS) {
      const { unmount } = await renderApp(`/${lang}/table/`, {
        data,
        beforeRender: (i18n) => {
          for (const l of LANGS) {
            i18n.addResourceBundle(l, 'format', vocabularyStrings(vocabulary, l), true, true);
          }
        },
      });
      const row = screen.getByRole('rowheader', { name: names[0]![lang] }).closest('tr')!;
      for (const text of shown[lang].slice(0, 3)) {
        expect(within(row).getByText(text)).toBeInTheDocument();
      }
      const change = screen.getByRole('rowheader', { name: names[1]![lang] }).closest('tr')!;
      expect(within(change).getByText(shown[lang][3]!)).toBeInTheDocument();
      unmount();
    }
  });
});
