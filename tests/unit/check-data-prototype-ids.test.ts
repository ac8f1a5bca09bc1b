// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDatasets, type CheckInput } from '../../src/data/provenance/check';
import { freshFixture, set } from './fixtures/check-data-fixture';

type Fixture = ReturnType<typeof freshFixture>;

const CEMENT = 'data/demo-cement.json';

/** Names every plain object inherits: a lookup on a plain object finds something for each. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

function inputOf(f: Fixture, cementSeed = 'seeds/demo-cement.json'): CheckInput {
  return {
    datasets: [
      { file: CEMENT, json: f.cementDataset },
      { file: 'data/demo-power.json', json: f.powerDataset },
    ],
    articles: [
      { file: cementSeed, json: f.cementArticle },
      { file: 'seeds/demo-power.json', json: f.powerArticle },
    ],
    articleTexts: f.texts,
  };
}

describe.each(PROTOTYPE_NAMES)('check:data with the name %s in a data file', (name) => {
  const known = '(known: demo-cement, demo-power)';

  it('a source naming it as its article is reported as naming no article', () => {
    const f = freshFixture();
    set(f.cementDataset, 'figures[0].source.article', name);
    expect(checkDatasets(inputOf(f))).toContainEqual({
      file: CEMENT,
      path: 'figures[0].source.article',
      message: `no article "${name}" among the seeds ${known}`,
    });
  });

  it('a data file naming it as its article is reported as naming no article', () => {
    const f = freshFixture();
    set(f.cementDataset, 'article', name);
    expect(checkDatasets(inputOf(f))).toContainEqual({
      file: CEMENT,
      path: 'article',
      message: `no article "${name}" among the seeds ${known}`,
    });
  });

  it('a seed with that id and no text is reported as having no text', () => {
    const f = freshFixture();
    set(f.cementArticle, 'id', name);
    expect(checkDatasets(inputOf(f, `seeds/${name}.json`))).toContainEqual({
      file: `seeds/${name}.json`,
      path: '$',
      message: `no article text: expected seeds/${name}.txt beside this file`,
    });
  });

  it.each(['figures[1].changeOf', 'figures[2].reference', 'figures[5].derived.inputs[1]'])(
    'a reference to it in %s is reported, not followed',
    (path) => {
      const f = freshFixture();
      set(f.cementDataset, path, name);
      const problems = checkDatasets(inputOf(f));
      expect(problems.some((p) => p.file === CEMENT && p.path === path)).toBe(true);
    },
  );
});
