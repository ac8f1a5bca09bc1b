// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatasets, DRAFT_MESSAGE, type CheckInput } from '../../src/data/provenance/check';
import { parseJsonFile } from '../../src/data/provenance/json-text';
import { formatProblem } from '../../src/data/provenance/problem';
import { SECTORS } from '../../src/data/schema';

import { parseArgs, PROJECT_ROOT, runCheckData } from '../../scripts/check-data';
import { renderSchemas } from '../../scripts/write-schema';
import { freshFixture, remove, set } from './fixtures/check-data-fixture';

type Fixture = ReturnType<typeof freshFixture>;

const CEMENT = 'data/demo-cement.json';
const POWER = 'data/demo-power.json';

function inputOf(f: Fixture): CheckInput {
  return {
    datasets: [
      { file: CEMENT, json: f.cementDataset },
      { file: POWER, json: f.powerDataset },
    ],
    articles: [
      { file: 'seeds/demo-cement.json', json: f.cementArticle },
      { file: 'seeds/demo-power.json', json: f.powerArticle },
    ],
    articleTexts: f.texts,
  };
}

/** The problems checkDatasets reports after `breakIt` spoils a fresh copy of the valid fixture. */
function problemsAfter(breakIt: (f: Fixture) => void) {
  const f = freshFixture();
  breakIt(f);
  return checkDatasets(inputOf(f));
}

describe('checkDatasets on a valid fixture', () => {
  it('finds nothing wrong', () => {
    expect(checkDatasets(inputOf(freshFixture()))).toEqual([]);
  });
});

describe('schema errors', () => {
  it('names an unknown unit and lists the allowed ones', () => {
    expect(problemsAfter((f) => set(f.cementDataset, 'figures[2].unit', 'tons'))).toEqual([
      {
        file: CEMENT,
        path: 'figures[2].unit',
        message:
          'expected an id from data/vocabulary/units.json but got "tons"; a new unit is added to data/vocabulary/units.json',
      },
    ]);
  });

  it('names a missing field', () => {
    expect(problemsAfter((f) => remove(f.powerDataset, 'figures[1].name'))).toEqual([
      { file: POWER, path: 'figures[1].name', message: 'missing: expected an object' },
    ]);
  });

  it.each([
    ['figures[2].name.zh', '', 'must not be empty'],
    ['figures[2].period.half', 3, 'expected 1 or 2 but got 3'],
    [
      'figures[2].period',
      { kind: 'quarter', year: 2023 },
      'expected one of year, half, months, month, asOf, since, toDate but got "quarter"',
    ],
    ['figures[2].value', '-2.4', 'expected a number or a range { min, max } but got "-2.4"'],
    [
      'figures[2].id',
      'Demo_Full',
      'expected a dotted kebab-case id such as cement.output-h1 but got "Demo_Full"',
    ],
    [
      'events[0].date',
      '2023/07',
      'expected a date as YYYY, YYYY-MM or YYYY-MM-DD but got "2023/07"',
    ],
  ])('reports %s = %j', (path, value, message) => {
    const problems = problemsAfter((f) => set(f.cementDataset, path, value));
    const reportedPath = path === 'figures[2].period' ? 'figures[2].period.kind' : path;
    expect(problems).toEqual([{ file: CEMENT, path: reportedPath, message }]);
  });

  it('reports the missing end of a range', () => {
    expect(problemsAfter((f) => set(f.cementDataset, 'figures[4].value', { min: 20 }))).toEqual([
      { file: CEMENT, path: 'figures[4].value.max', message: 'missing: expected a number' },
    ]);
  });

  it('reports a misspelt field that the schema would silently drop', () => {
    expect(
      problemsAfter((f) => set(f.cementDataset, 'figures[2].chnageOf', 'demo.output-h1')),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[2].chnageOf',
        message: 'unknown field "chnageOf"; did you mean "changeOf"?',
      },
    ]);
  });

  it('requires $schema to point at the generated dataset schema', () => {
    expect(
      problemsAfter((f) => {
        set(f.cementDataset, '$schema', 'schemas/dataset.schema.json');
        remove(f.powerDataset, '$schema');
      }),
    ).toEqual([
      {
        file: CEMENT,
        path: '$schema',
        message: 'expected "../schemas/dataset.schema.json" but got "schemas/dataset.schema.json"',
      },
      {
        file: POWER,
        path: '$schema',
        message: 'missing: expected "../schemas/dataset.schema.json", so editors validate the file',
      },
    ]);
  });

  it('reports a file that is not an object', () => {
    expect(problemsAfter((f) => Object.assign(f, { powerDataset: null }))).toEqual([
      { file: POWER, path: '$', message: 'expected an object but got null' },
    ]);
  });
});

describe('provenance', () => {
  it('reports a quote that is not in its article, and where it stops matching', () => {
    const quote = '全国规模以上企业累计生产水泥 9.53 亿吨';
    expect(problemsAfter((f) => set(f.cementDataset, 'figures[0].source.quote', quote))).toEqual([
      {
        file: CEMENT,
        path: 'figures[0].source.quote',
        message:
          'quote not found in article "demo-cement" (seeds/demo-cement.txt): it matches the article up to "全国规模以上企业累计" and then differs at "生产水泥9.53亿吨"',
      },
    ]);
  });

  it('matches quotes regardless of the spaces and line breaks the article is printed with', () => {
    // The article breaks this clause across lines and spaces out every character.
    const f = freshFixture();
    expect(f.texts['demo-power']).toContain('1600 多 个 用 电 客 户 实 现“无 感\n过户”');
    expect(checkDatasets(inputOf(f))).toEqual([]);
  });

  it('reports asPrinted that is not in its quote', () => {
    expect(
      problemsAfter((f) =>
        set(f.cementDataset, 'figures[1].source.quote', '水泥产量较上年同期下降 2.4%'),
      ),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[1].asPrinted',
        message: 'asPrinted "增长1.3%" does not occur in its quote "水泥产量较上年同期下降 2.4%"',
      },
    ]);
  });

  it('reports a value that disagrees with the printed figure, with both numbers', () => {
    expect(problemsAfter((f) => set(f.powerDataset, 'figures[1].value', 1030))).toEqual([
      {
        file: POWER,
        path: 'figures[1].value',
        message: 'value 1030 disagrees with asPrinted "1030 万千伏安" = 10300000',
      },
    ]);
  });

  it('reports a range that disagrees with the printed range', () => {
    expect(
      problemsAfter((f) => set(f.cementDataset, 'figures[4].value', { min: 20, max: 35 })),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[4].value',
        message:
          'value { min: 20, max: 35 } disagrees with asPrinted "上调 20 元/吨至 30 元/吨" = { min: 20, max: 30 }',
      },
    ]);
  });

  it('accepts a fall printed just before asPrinted in the quote', () => {
    const f = freshFixture();
    set(f.cementDataset, 'figures[2].asPrinted', '2.4%');
    expect(checkDatasets(inputOf(f))).toEqual([]);
    set(f.cementDataset, 'figures[2].value', 2.4);
    expect(checkDatasets(inputOf(f))).toEqual([
      {
        file: CEMENT,
        path: 'figures[2].value',
        message: 'value 2.4 disagrees with asPrinted "2.4%" after "下降" in the quote = -2.4',
      },
    ]);
  });

  it('reports a qualifier that contradicts the printed hedge', () => {
    expect(problemsAfter((f) => set(f.cementDataset, 'figures[3].qualifier', 'exact'))).toEqual([
      {
        file: CEMENT,
        path: 'figures[3].qualifier',
        message:
          'qualifier "exact" disagrees with asPrinted "减少约 2400 万吨", which says "about"',
      },
    ]);
  });

  it('reports a unit that contradicts the printed unit', () => {
    expect(problemsAfter((f) => set(f.cementDataset, 'figures[0].unit', 'yuan'))).toEqual([
      {
        file: CEMENT,
        path: 'figures[0].unit',
        message: 'unit "yuan" disagrees with asPrinted "9.53 亿吨", which is in tonne',
      },
      {
        file: CEMENT,
        path: 'figures[0].unit',
        message:
          'unit "yuan" disagrees with indicator "cement-output", whose figures are in "tonne" (as demo.output-h1-2022 in data/demo-cement.json)',
      },
    ]);
  });

  it('reports a figure whose sector is not its article’s', () => {
    expect(problemsAfter((f) => set(f.powerDataset, 'figures[0].sector', 'cement'))).toEqual([
      {
        file: POWER,
        path: 'figures[0].sector',
        message: 'sector "cement" differs from its article "demo-power", whose sector is "power"',
      },
      {
        file: POWER,
        path: 'figures[0].sector',
        message:
          'sector "cement" disagrees with indicator "power-new-customers", which is in "power"',
      },
    ]);
  });

  it('reports an asPrinted that holds no figure', () => {
    expect(
      problemsAfter((f) => set(f.powerDataset, 'figures[0].asPrinted', '新增用电客户')),
    ).toEqual([
      {
        file: POWER,
        path: 'figures[0].asPrinted',
        message:
          'cannot read one figure from asPrinted "新增用电客户"; give the figure exactly as printed, e.g. "9.53 亿吨"',
      },
    ]);
  });
});

describe('ids and references', () => {
  it('reports a duplicate id in the same file and across files, naming the first use', () => {
    expect(
      problemsAfter((f) => {
        set(f.cementDataset, 'figures[2].id', 'demo.output-h1');
        set(f.powerDataset, 'figures[0].id', 'demo.july-trough');
      }),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[2].id',
        message: `duplicate id "demo.output-h1": first used at ${CEMENT} figures[0].id`,
      },
      {
        file: POWER,
        path: 'figures[0].id',
        message: `duplicate id "demo.july-trough": first used at ${CEMENT} events[0].id`,
      },
    ]);
  });

  it('reports an unresolved changeOf, reference and derived input', () => {
    expect(
      problemsAfter((f) => {
        set(f.cementDataset, 'figures[1].changeOf', 'demo.output');
        set(f.cementDataset, 'figures[2].reference', 'demo.july-trough');
        set(f.cementDataset, 'figures[5].derived.inputs[1]', 'demo.output-yoy-ful');
        set(
          f.cementDataset,
          'figures[5].derived.formula',
          'demo.output-h1 / (1 + demo.output-yoy-ful / 100)',
        );
      }),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[1].changeOf',
        message: 'changeOf "demo.output" does not match any figure id',
      },
      {
        file: CEMENT,
        path: 'figures[2].reference',
        message: `reference "demo.july-trough" is an event (${CEMENT}); it must name a figure`,
      },
      {
        file: CEMENT,
        path: 'figures[5].derived.inputs[1]',
        message: 'input "demo.output-yoy-ful" does not match any figure id',
      },
    ]);
  });

  it('reports a data file and a source naming an article that has no seed', () => {
    expect(
      problemsAfter((f) => {
        set(f.cementDataset, 'figures[0].source.article', 'demo-cemnt');
      }),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[0].source.article',
        message: 'no article "demo-cemnt" among the seeds (known: demo-cement, demo-power)',
      },
    ]);
    expect(problemsAfter((f) => set(f.powerDataset, 'article', 'demo-pwr'))).toEqual([
      {
        file: POWER,
        path: 'article',
        message: 'no article "demo-pwr" among the seeds (known: demo-cement, demo-power)',
      },
      {
        file: POWER,
        path: 'article',
        message:
          'article "demo-pwr" does not match the file name "demo-power.json"; a data file is named after its article',
      },
    ]);
  });

  it('reports an article sidecar without its text', () => {
    expect(
      problemsAfter((f) => Object.assign(f, { texts: { 'demo-cement': f.texts['demo-cement'] } })),
    ).toEqual([
      {
        file: 'seeds/demo-power.json',
        path: '$',
        message: 'no article text: expected seeds/demo-power.txt beside this file',
      },
    ]);
  });
});

describe('ranges and derived figures', () => {
  it('reports a range whose min is above its max', () => {
    const problems = problemsAfter((f) => {
      set(f.cementDataset, 'figures[4].value', { min: 30, max: 20 });
      set(f.cementDataset, 'figures[4].asPrinted', '上调 30 元/吨至 20 元/吨');
      set(f.cementDataset, 'figures[4].source.quote', '上调 30 元/吨至 20 元/吨');
      f.texts['demo-cement'] += '上调 30 元/吨至 20 元/吨';
    });
    expect(problems).toEqual([
      { file: CEMENT, path: 'figures[4].value', message: 'range min 30 is greater than max 20' },
    ]);
  });

  it('reports a derived value its formula does not reproduce', () => {
    expect(problemsAfter((f) => set(f.cementDataset, 'figures[5].value', 940000000))).toEqual([
      {
        file: CEMENT,
        path: 'figures[5].value',
        message:
          'value 940000000 disagrees with its formula "demo.output-h1 / (1 + demo.output-yoy / 100)" = 940769990.1283318',
      },
    ]);
  });

  it('accepts a derived value within a relative 1e-9 of its formula', () => {
    const f = freshFixture();
    set(f.cementDataset, 'figures[5].value', 940769990.1283318 * (1 + 5e-10));
    expect(checkDatasets(inputOf(f))).toEqual([]);
  });

  it('reports a formula that uses a figure it does not list as an input', () => {
    const formula = 'demo.output-h1 / (1 + demo.output-yoy-full / 100)';
    expect(
      problemsAfter((f) => set(f.cementDataset, 'figures[5].derived.formula', formula)),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[5].derived.formula',
        message: 'formula uses "demo.output-yoy-full", which is not listed in derived.inputs',
      },
      {
        file: CEMENT,
        path: 'figures[5].derived.inputs[1]',
        message: `input "demo.output-yoy" is not used in the formula "${formula}"`,
      },
    ]);
  });

  it('reports a formula that does not parse, without running it', () => {
    const formula = 'demo.output-h1 / (1 + demo.output-yoy / 100';
    expect(
      problemsAfter((f) => set(f.cementDataset, 'figures[5].derived.formula', formula)),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[5].derived.formula',
        message: `cannot parse formula "${formula}": expected ")" but found the end of the formula`,
      },
    ]);
  });
});

describe('drafts', () => {
  it('refuses a file drafted by npm run curate and says what to review', () => {
    expect(problemsAfter((f) => set(f.cementDataset, 'draft', true))).toEqual([
      { file: CEMENT, path: 'draft', message: DRAFT_MESSAGE },
    ]);
    expect(DRAFT_MESSAGE).toContain('delete "draft": true');
  });

  it('names every TODO placeholder a curator left behind, even once draft is removed', () => {
    expect(
      problemsAfter((f) => {
        set(f.cementDataset, 'figures[0].name.en', 'TODO: translate');
        set(f.cementDataset, 'figures[1].source.gistEn', 'TODO: translate');
      }),
    ).toEqual([
      {
        file: CEMENT,
        path: 'figures[0].name.en',
        message: 'still a placeholder: "TODO: translate"; write the real text',
      },
      {
        file: CEMENT,
        path: 'figures[1].source.gistEn',
        message: 'still a placeholder: "TODO: translate"; write the real text',
      },
    ]);
  });
});

describe('several problems in one run', () => {
  it('reports every problem, in every file', () => {
    const problems = problemsAfter((f) => {
      set(f.cementDataset, 'draft', true);
      set(f.cementDataset, 'figures[2].unit', 'tons');
      set(f.powerDataset, 'figures[1].value', 1030);
      set(f.powerDataset, 'figures[2].source.quote', '为 1600 多个客户实现过户');
    });
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      `${CEMENT} figures[2].unit`,
      `${CEMENT} draft`,
      `${POWER} figures[1].value`,
      `${POWER} figures[2].source.quote`,
    ]);
  });
});

describe('runCheckData (files on disk)', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the fixture as a project: data/, seeds/ and schemas/ under a temp root. */
  function writeProject(breakIt: (f: Fixture) => void = () => {}): string {
    const root = mkdtempSync(join(tmpdir(), 'check-data-'));
    temps.push(root);
    const f = freshFixture();
    breakIt(f);
    for (const dir of ['data', 'seeds', 'schemas/vocabulary'])
      mkdirSync(join(root, dir), { recursive: true });
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(root, 'data/demo-cement.json'), json(f.cementDataset));
    writeFileSync(join(root, 'data/demo-power.json'), json(f.powerDataset));
    writeFileSync(join(root, 'seeds/demo-cement.json'), json(f.cementArticle));
    writeFileSync(join(root, 'seeds/demo-power.json'), json(f.powerArticle));
    for (const [id, text] of Object.entries(f.texts)) {
      writeFileSync(join(root, `seeds/${id}.txt`), text);
    }
    for (const [name, text] of Object.entries(renderSchemas())) {
      writeFileSync(join(root, 'schemas', name), text);
    }
    return root;
  }

  it('summarises a clean run with the numbers of files, figures and events', async () => {
    const root = writeProject();
    const f = freshFixture();
    const figures = f.cementDataset.figures.length + f.powerDataset.figures.length;
    const events = f.cementDataset.events.length + f.powerDataset.events.length;
    const result = await runCheckData({ root });
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe(`check:data: 2 files, ${figures} figures, ${events} event: OK`);
  });

  it('reports invalid JSON with the file, line and column', async () => {
    const root = writeProject();
    writeFileSync(
      join(root, 'data/demo-power.json'),
      '{\n  "version": 1,\n  "article": "demo-power",\n}\n',
    );
    const { problems, summary } = await runCheckData({ root });
    expect(problems).toEqual([
      {
        file: 'data/demo-power.json',
        path: '$',
        message: expect.stringMatching(
          /^invalid JSON at line 4, column 1: \S/u,
        ) as unknown as string,
      },
    ]);
    expect(summary).toBe('check:data: 1 problem in 1 file');
  });

  it.each([
    ['{"version": tru}', 'line 1, column 13'],
    ['{\n  "a": [1, 2\n', 'line 3, column 1'],
    ['', 'line 1, column 1'],
  ])('locates the JSON error in %j at %s', (text, where) => {
    expect(parseJsonFile('data/x.json', text).problem?.message).toMatch(
      new RegExp(`^invalid JSON at ${where}: `, 'u'),
    );
  });

  it('counts problems and the files they are in', async () => {
    const root = writeProject((f) => {
      set(f.cementDataset, 'draft', true);
      set(f.cementDataset, 'figures[2].unit', 'tons');
      set(f.powerDataset, 'figures[1].value', 1030);
    });
    const { problems, summary } = await runCheckData({ root });
    expect(problems.map(formatProblem)).toEqual([
      'data/demo-cement.json: figures[2].unit: expected an id from data/vocabulary/units.json but got "tons"; a new unit is added to data/vocabulary/units.json',
      `data/demo-cement.json: draft: ${DRAFT_MESSAGE}`,
      'data/demo-power.json: figures[1].value: value 1030 disagrees with asPrinted "1030 万千伏安" = 10300000',
    ]);
    expect(summary).toBe('check:data: 3 problems in 2 files');
  });

  it('regenerates schemas/ when they are out of date with the vocabulary, and only then', async () => {
    const root = writeProject();
    writeFileSync(join(root, 'schemas/dataset.schema.json'), '{}\n');
    rmSync(join(root, 'schemas/article.schema.json'));
    const first = await runCheckData({ root });
    expect(first.problems).toEqual([]);
    expect(first.schemasWritten).toEqual([
      'schemas/dataset.schema.json',
      'schemas/article.schema.json',
    ]);
    for (const [name, text] of Object.entries(renderSchemas())) {
      expect(readFileSync(join(root, 'schemas', name), 'utf8')).toBe(text);
    }
    expect((await runCheckData({ root })).schemasWritten).toEqual([]);
  });

  it('reports an empty data directory rather than passing', async () => {
    const root = writeProject();
    for (const name of readdirSync(join(root, 'data'))) rmSync(join(root, 'data', name));
    const { problems } = await runCheckData({ root });
    expect(problems).toEqual([
      { file: 'data', path: '$', message: 'no data files <article-id>.json in this directory' },
    ]);
  });

  it('reads --data, --seeds, --schemas and --no-schemas', () => {
    expect(parseArgs(['--data', 'a', '--seeds', 'b', '--schemas', 'c'])).toEqual({
      dataDir: 'a',
      seedsDir: 'b',
      schemasDir: 'c',
    });
    expect(parseArgs(['--no-schemas'])).toEqual({ schemasDir: null });
    expect(() => parseArgs(['--data'])).toThrow('unexpected argument "--data"');
  });

  it('runs as a command: prints file: path: problem and exits non-zero', () => {
    const root = writeProject((f) => set(f.powerDataset, 'figures[1].value', 1030));
    const run = () =>
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(PROJECT_ROOT, 'scripts/check-data.ts'),
          '--data',
          join(root, 'data'),
          '--seeds',
          join(root, 'seeds'),
          '--no-schemas',
        ],
        { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: 'pipe' },
      );
    let failure: { status?: number; stderr?: string } = {};
    try {
      run();
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toContain(
      ': figures[1].value: value 1030 disagrees with asPrinted "1030 万千伏安" = 10300000\n',
    );
    expect(failure.stderr).toContain('check:data: 1 problem in 1 file\n');
  });
});

describe('the real data in data/ and seeds/', () => {
  // Reads the curated files as they are on disk; fails until every article has its data.
  function readProject(): CheckInput {
    const read = (dir: string, ext: string) =>
      readdirSync(join(PROJECT_ROOT, dir))
        .filter((name) => name.endsWith(ext))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(PROJECT_ROOT, dir, name), 'utf8') }));
    return {
      datasets: read('data', '.json').map(({ name, text }) => ({
        file: `data/${name}`,
        json: JSON.parse(text) as unknown,
      })),
      articles: read('seeds', '.json').map(({ name, text }) => ({
        file: `seeds/${name}`,
        json: JSON.parse(text) as unknown,
      })),
      articleTexts: Object.fromEntries(
        read('seeds', '.txt').map(({ name, text }) => [name.replace(/\.txt$/u, ''), text]),
      ),
    };
  }

  it('has an article and a data file for every sector, and no problems', () => {
    const input = readProject();
    const articleSectors = input.articles.map(({ json }) => (json as { sector: string }).sector);
    expect([...articleSectors].sort()).toEqual([...SECTORS].sort());
    const articleIds = input.articles.map(({ json }) => (json as { id: string }).id).sort();
    const datasetArticles = input.datasets
      .map(({ json }) => (json as { article: string }).article)
      .sort();
    expect(datasetArticles).toEqual(articleIds);
    expect(checkDatasets(input)).toEqual([]);
  });

  it('passes npm run check:data, including up-to-date schemas/', async () => {
    const result = await runCheckData();
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.summary).toMatch(/: OK$/u);
  });
});
