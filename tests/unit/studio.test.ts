// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticleFiles, saveArticleFiles } from '../../scripts/studio/files';
import { parseStudioArgs } from '../../scripts/studio';
import { PROJECT_VOCABULARY, VOCABULARY_KINDS } from '../../src/data/vocabulary';
import { sessionFromFiles, sessionFromText } from '../../src/features/studio/session-io';
import en from '../../src/features/studio/locales/en.json';
import zh from '../../src/features/studio/locales/zh.json';
import { addVocabularyEntry } from '../../scripts/studio/vocabulary-entry';
import { vocabularyEntry } from '../../src/features/studio/vocabulary-panel';
import { problemKind } from '../../src/features/studio/problem-text';
import { readVocabulary } from '../../scripts/vocabulary';
import {
  addEvent,
  addFigure,
  adoptIndicator,
  indicatorEntryFor,
  indicatorOptions,
  proposedIndicators,
  proposeIndicatorFor,
  savedDataset,
  computeFormula,
  deleteEvent,
  derivedFigure,
  eventsOf,
  updateEvent,
  renameFigure,
  checkSession,
  deleteFigure,
  edit,
  figureFromSelection,
  fileTexts,
  redo,
  saveBlockers,
  setReviewed,
  startHistory,
  undo,
  updateFigure,
  type EditedFigure,
  type Session,
} from '../../src/features/studio/studio-state';

const ROOT = process.cwd();
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function seedSession(id = 'cement-h1-2023'): Session {
  return sessionFromFiles(id, readArticleFiles(ROOT, id));
}

describe('a studio session', () => {
  it('opens a reviewed article with every figure reviewed and no problem', () => {
    const session = seedSession();
    expect(session.reviewed).toHaveLength(session.dataset.figures.length);
    expect(checkSession(session, PROJECT_VOCABULARY)).toEqual([]);
    expect(saveBlockers(session, [])).toEqual({ problems: 0, unreviewed: [] });
  });

  it('writes back exactly the files it read when nothing changed', () => {
    const files = readArticleFiles(ROOT, 'cement-h1-2023');
    const texts = fileTexts(sessionFromFiles('cement-h1-2023', files));
    expect(texts).toEqual({
      data: files.data.text,
      text: files.text.text,
      sidecar: files.sidecar.text,
    });
  });

  it('undoes and redoes edits, and an edited figure needs reviewing again', () => {
    const history = startHistory(seedSession());
    const id = history.present.dataset.figures[0]!.id;
    const edited = edit(history, (s) => updateFigure(s, id, { value: 1 }));
    expect(edited.present.dataset.figures[0]!.value).toBe(1);
    expect(edited.present.reviewed).not.toContain(id);
    // check:data's own checks: the value no longer agrees with what is printed, and the values
    // derived from it no longer agree with their formulas.
    expect(checkSession(edited.present, PROJECT_VOCABULARY).map((p) => p.path)).toEqual([
      'figures[0].value',
      'figures[9].value',
      'figures[10].value',
    ]);
    const undone = undo(edited);
    expect(undone.present.dataset.figures[0]!.value).toBe(953000000);
    expect(redo(undone).present.dataset.figures[0]!.value).toBe(1);
  });

  it('blocks saving while a figure is unreviewed, and deletes figures', () => {
    let session = setReviewed(seedSession(), 'cement.output-h1', false);
    expect(saveBlockers(session, []).unreviewed).toEqual(['cement.output-h1']);
    session = deleteFigure(session, 'cement.output-h1');
    expect(session.dataset.figures.map((f) => f.id)).not.toContain('cement.output-h1');
  });

  it('drafts pasted text with the same drafter as npm run curate', () => {
    const files = readArticleFiles(ROOT, 'no-such-article');
    const session = sessionFromText('全省水泥产量1.2亿吨，同比下降3.1%。', {
      id: 'demo',
      date: '2023-08',
      sector: 'cement',
      vocabulary: PROJECT_VOCABULARY,
      files,
    });
    expect(session.dataset.figures.map((f) => [f.asPrinted, f.value, f.unit])).toEqual([
      ['1.2亿吨', 120000000, 'tonne'],
      ['下降3.1%', -3.1, 'percent'],
    ]);
    expect(session.base).toEqual({ data: 'absent', text: 'absent', sidecar: 'absent' });
    expect(session.reviewed).toEqual([]);
  });

  it('adds a figure from a selected number, quoted by its clause', () => {
    const session = seedSession();
    const text = session.text;
    const start = text.indexOf('9.53亿吨');
    const figure = figureFromSelection(
      session,
      { text: '9.53亿吨', start, end: start + 6 },
      PROJECT_VOCABULARY,
    );
    expect([
      figure.value,
      figure.unit,
      (figure.source as { quote: string }).quote,
      figure.indicator,
    ]).toEqual([953000000, 'tonne', '全国规模以上企业累计水泥产量9.53亿吨', 'cement-output']);
  });
});

describe('saving from the studio', () => {
  function copy(): string {
    const root = mkdtempSync(join(tmpdir(), 'studio-'));
    dirs.push(root);
    for (const dir of ['data', 'seeds']) mkdirSync(join(root, dir));
    for (const path of [
      'data/cement-h1-2023.json',
      'seeds/cement-h1-2023.txt',
      'seeds/cement-h1-2023.json',
    ]) {
      writeFileSync(join(root, path), readFileSync(join(ROOT, path)));
    }
    return root;
  }

  it('writes the three files when none changed on disk since they were opened', () => {
    const root = copy();
    const session = updateFigure(seedSession(), 'cement.output-h1', {
      name: { zh: '产量', en: 'Output' },
    });
    const result = saveArticleFiles(root, {
      id: session.id,
      base: session.base,
      texts: fileTexts(session),
    });
    expect(result.saved).toBe(true);
    expect(readFileSync(join(root, 'data/cement-h1-2023.json'), 'utf8')).toContain(
      '"en": "Output"',
    );
  });

  it('refuses to overwrite a file changed on disk, writing nothing, and returns its text', () => {
    const root = copy();
    const session = seedSession();
    const file = join(root, 'seeds/cement-h1-2023.json');
    writeFileSync(file, '{"changed": true}\n');
    const before = readFileSync(join(root, 'data/cement-h1-2023.json'), 'utf8');
    const result = saveArticleFiles(root, {
      id: session.id,
      base: session.base,
      texts: { data: 'x', text: 'y', sidecar: 'z' },
    });
    expect(result).toEqual({
      saved: false,
      conflicts: [{ kind: 'sidecar', current: '{"changed": true}\n' }],
    });
    expect(readFileSync(join(root, 'data/cement-h1-2023.json'), 'utf8')).toBe(before);
  });

  it('refuses an article id that is not kebab-case (no path outside data/ and seeds/)', () => {
    expect(() => readArticleFiles(ROOT, '../etc/passwd')).toThrow(/not a kebab-case article id/u);
  });
});

describe('npm run studio', () => {
  it.each([
    [[], 5180],
    [['--port', '6001'], 6001],
    [['--port', '0'], 0],
  ])('reads %j', (args, port) => {
    expect(parseStudioArgs(args).port).toBe(port);
  });

  it.each([[['--port', 'x']], [['--port', '70000']], [['--verbose']]])('refuses %j', (args) => {
    expect(() => parseStudioArgs(args)).toThrow(/usage: npm run studio/u);
  });
});

describe('the studio strings', () => {
  const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null
        ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
        : [`${prefix}${k}`],
    );
  it('has the same keys in Chinese and English', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
});

describe('building in the studio', () => {
  it('computes a derived figure from the figures it names, and check:data accepts it', () => {
    const session = seedSession();
    const built = derivedFigure(session, {
      id: 'cement.output-h1-2022-check',
      name: { zh: '上年同期产量（推算）', en: 'Output a year earlier (computed)' },
      formula: 'cement.output-h1 / (1 + cement.output-yoy-same-caliber / 100)',
      unit: 'tonne',
      measure: 'level',
    });
    expect('error' in built ? built.error : null).toBeNull();
    const figure = built as EditedFigure;
    // Another point of the indicator of the figure it is computed from.
    expect(figure.indicator).toBe('cement-output');
    expect(figure.derived).toEqual({
      formula: 'cement.output-h1 / (1 + cement.output-yoy-same-caliber / 100)',
      inputs: ['cement.output-h1', 'cement.output-yoy-same-caliber'],
    });
    expect(figure.value).toBeCloseTo(953000000 / 1.013, 0);
    const withIt = addFigure(session, figure as never);
    expect(checkSession(withIt, PROJECT_VOCABULARY)).toEqual([]);
    expect(computeFormula(session, 'cement.missing / 2')).toEqual({
      error: 'unknown variable "cement.missing"',
    });
  });

  it('adds, edits and deletes a milestone', () => {
    const session = seedSession();
    const start = session.text.indexOf('8月20日');
    let next = addEvent(session, { text: '8月20日', start, end: start + 5 });
    const added = eventsOf(next).at(-1)!;
    expect(added.asPrinted).toBe('8月20日');
    next = updateEvent(next, added.id, { date: '2023-08-20' });
    expect(eventsOf(next).at(-1)!.date).toBe('2023-08-20');
    expect(eventsOf(deleteEvent(next, added.id))).toHaveLength(eventsOf(session).length);
  });

  it('adds a unit to the vocabulary only when the vocabulary still passes its checks', () => {
    const root = mkdtempSync(join(tmpdir(), 'studio-vocabulary-'));
    dirs.push(root);
    mkdirSync(join(root, 'data/vocabulary'), { recursive: true });
    for (const kind of VOCABULARY_KINDS) {
      const path = `data/vocabulary/${kind}.json`;
      writeFileSync(join(root, path), readFileSync(join(ROOT, path)));
    }
    const teu = vocabularyEntry('units', {
      id: 'teu',
      zh: '标准箱',
      en: 'TEU',
      word: '标准箱',
      enOne: '',
      places: '',
    });
    expect(addVocabularyEntry(root, 'units', teu)).toEqual({ added: true });
    expect(readFileSync(join(root, 'data/vocabulary/units.json'), 'utf8')).toContain('"id": "teu"');
    // The same word again: refused, with check:data's message, and nothing written.
    const before = readFileSync(join(root, 'data/vocabulary/units.json'), 'utf8');
    const again = addVocabularyEntry(root, 'units', { ...teu, id: 'teu-2' });
    expect(again.added).toBe(false);
    expect(JSON.stringify(again)).toContain('printed word \\"标准箱\\" is already used');
    expect(readFileSync(join(root, 'data/vocabulary/units.json'), 'utf8')).toBe(before);
  });
});

describe('checking across articles and reading broken files', () => {
  it('reports an id another article already uses, and resolves references to its figures', () => {
    const session = seedSession();
    const others = ['baojiaolou', 'guangxi-power'].map((id) => ({
      file: `data/${id}.json`,
      json: JSON.parse(readFileSync(join(ROOT, `data/${id}.json`), 'utf8')) as unknown,
    }));
    const taken = renameFigure(session, 'cement.output-h1', 'power.new-customers');
    const problems = checkSession(taken, PROJECT_VOCABULARY, others);
    expect(problems.map((p) => [p.file, p.path])).toContainEqual([
      'data/cement-h1-2023.json',
      'figures[0].id',
    ]);
    expect(problems.find((p) => p.path === 'figures[0].id')?.message).toMatch(
      /duplicate id "power.new-customers": first used at data\/guangxi-power.json/u,
    );
  });

  it('names the file, line and column of a data file that is not JSON', () => {
    const files = readArticleFiles(ROOT, 'cement-h1-2023');
    const broken = {
      ...files,
      data: { ...files.data, text: '{\n  "version": 1,\n  "figures": [,]\n}' },
    };
    expect(() => sessionFromFiles('cement-h1-2023', broken)).toThrow(
      /^data\/cement-h1-2023\.json: \$: invalid JSON at line 3, column/u,
    );
  });
});

describe('indicators in the studio', () => {
  const draft = (text: string) =>
    sessionFromText(text, {
      id: 'demo',
      date: '2023-08',
      sector: 'cement',
      vocabulary: PROJECT_VOCABULARY,
      files: readArticleFiles(ROOT, 'no-such-article'),
    });
  /** A copy of the project's vocabulary to add entries to. */
  function vocabularyCopy(): string {
    const root = mkdtempSync(join(tmpdir(), 'studio-indicators-'));
    dirs.push(root);
    mkdirSync(join(root, 'data/vocabulary'), { recursive: true });
    for (const kind of VOCABULARY_KINDS) {
      const path = `data/vocabulary/${kind}.json`;
      writeFileSync(join(root, path), readFileSync(join(ROOT, path)));
    }
    return root;
  }

  it('drafts each figure with the indicator it matches, and offers it first', () => {
    const session = draft('全省水泥产量1.2亿吨，同比下降3.1%。');
    expect(session.dataset.figures.map((f) => f.indicator)).toEqual([
      'cement-output',
      'cement-output',
    ]);
    const options = indicatorOptions(session, session.dataset.figures[0]!, PROJECT_VOCABULARY);
    expect(options.fitting.map((f) => f.indicator.id)).toEqual(['cement-output']);
    expect(options.suggested?.indicator.id).toBe('cement-output');
    // The sector's others follow; no other sector's.
    expect(options.others.map((o) => o.sector)).toEqual(options.others.map(() => 'cement'));
    expect(options.others.map((o) => o.id)).toContain('cement-price-rise');
  });

  it('lists the best match first when several indicators fit', () => {
    const session = sessionFromFiles('guangxi-power', readArticleFiles(ROOT, 'guangxi-power'));
    const figure = session.dataset.figures.find((f) => f.id === 'power.new-customers')!;
    const options = indicatorOptions(session, figure, PROJECT_VOCABULARY);
    expect(options.fitting.map((f) => f.indicator.id)).toEqual([
      'power-new-customers',
      'power-seamless-transfers',
      'power-interface-extension-customers',
    ]);
  });

  it('adds a proposed indicator to the vocabulary, and every figure that named it follows', () => {
    const session = draft('全市新材料产业实现产值420亿元，同比增长12.5%。');
    const [proposal] = proposedIndicators(session);
    expect(proposal).toEqual({
      id: 'cement-new-indicator-1',
      name: { zh: '全市新材料产业实现产值', en: 'TODO: translate' },
      sector: 'cement',
      unit: 'yuan',
      measure: 'level',
      changes: ['yoy-change'],
    });
    expect(session.dataset.figures.map((f) => f.indicator)).toEqual([
      'cement-new-indicator-1',
      'cement-new-indicator-1',
    ]);
    // Meanwhile the proposal counts as an indicator, so its figures are checked in full; the
    // proposal itself blocks saving.
    const before = checkSession(session, PROJECT_VOCABULARY).map((p) => p.path);
    expect(before).toContain('proposedIndicators');
    expect(before).not.toContain('figures[0].indicator');
    const misquoted = updateFigure(session, 'cement.figure-1', {
      source: { article: 'demo', quote: '同比增长12.5%', gistEn: 'x' },
    });
    expect(
      checkSession(misquoted, PROJECT_VOCABULARY).find((p) => p.path === 'figures[0].asPrinted')
        ?.message,
    ).toMatch(/does not occur in its quote/u);

    const root = vocabularyCopy();
    const entry = indicatorEntryFor(
      session,
      proposal!,
      {
        id: 'materials-output',
        zh: '新材料产值',
        en: 'New materials output',
        unit: 'yuan',
        measure: 'level',
      },
      PROJECT_VOCABULARY,
    );
    expect(entry.changes).toEqual(['yoy-change']);
    expect(addVocabularyEntry(root, 'indicators', entry)).toEqual({ added: true });
    const vocabulary = readVocabulary(join(root, 'data/vocabulary'));
    const adopted = adoptIndicator(session, proposal!.id, 'materials-output');
    expect(adopted.dataset.figures.map((f) => f.indicator)).toEqual([
      'materials-output',
      'materials-output',
    ]);
    expect('proposedIndicators' in savedDataset(adopted)).toBe(false);
    const after = checkSession(adopted, vocabulary).map((p) => p.path);
    expect(after.filter((p) => /indicator|proposed|unit|measure|sector/u.test(p))).toEqual([]);
  });

  it('refuses an indicator whose unit the vocabulary lacks, writing nothing', () => {
    const root = vocabularyCopy();
    const before = readFileSync(join(root, 'data/vocabulary/indicators.json'), 'utf8');
    const result = addVocabularyEntry(root, 'indicators', {
      id: 'materials-output',
      name: { zh: '新材料产值', en: 'New materials output' },
      sector: 'cement',
      unit: 'new-unit-1',
      measure: 'level',
    });
    expect(result.added).toBe(false);
    expect(JSON.stringify(result)).toContain(
      '\\"new-unit-1\\" is not an id in data/vocabulary/units.json',
    );
    expect(readFileSync(join(root, 'data/vocabulary/indicators.json'), 'utf8')).toBe(before);
  });

  it('makes a new indicator for a figure, and saves no proposal that no figure names', () => {
    const session = seedSession();
    const proposed = proposeIndicatorFor(session, 'cement.output-h1', PROJECT_VOCABULARY);
    expect(proposedIndicators(proposed)).toEqual([
      {
        id: 'cement-new-indicator-1',
        name: { zh: '上半年水泥产量', en: '' },
        sector: 'cement',
        unit: 'tonne',
        measure: 'level',
      },
    ]);
    expect(proposed.dataset.figures[0]!.indicator).toBe('cement-new-indicator-1');
    expect(proposed.reviewed).not.toContain('cement.output-h1');
    // Back to the existing indicator: the file is as it was.
    const back = updateFigure(proposed, 'cement.output-h1', { indicator: 'cement-output' });
    expect(fileTexts(back).data).toBe(fileTexts(session).data);
  });

  it('explains a figure that disagrees with its indicator in the curator’s language', () => {
    const session = updateFigure(seedSession(), 'cement.output-h1', {
      indicator: 'cement-price-rise',
    });
    const problems = checkSession(session, PROJECT_VOCABULARY);
    const measure = problems.find((p) => p.path === 'figures[0].measure');
    expect(measure?.message).toMatch(/disagrees with indicator "cement-price-rise"/u);
    expect(problemKind(measure!.message)).toBe('indicatorDisagrees');
  });
});
