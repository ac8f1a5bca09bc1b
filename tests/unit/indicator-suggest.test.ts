// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/curate/draft';
import {
  chooseIndicator,
  fitsIndicator,
  fittingIndicators,
  rankIndicators,
  sharedPieces,
} from '../../src/curate/indicators';
import { checkDatasets } from '../../src/data/provenance/check';
import { PROJECT_VOCABULARY } from '../../src/data/vocabulary';

const V = PROJECT_VOCABULARY;
const indicator = (id: string) => V.indicators.find((i) => i.id === id)!;

function draft(text: string, sector: string | undefined = 'cement') {
  return draftArticle(text, { articleId: 'demo', sector: sector as never, date: '2023-08' })
    .dataset;
}

describe('which indicators fit a figure', () => {
  it.each([
    [{ measure: 'level', unit: 'tonne' }, true],
    [{ measure: 'level', unit: 'yuan' }, false],
    [{ measure: 'yoy-change', unit: 'percent' }, true],
    [{ measure: 'yoy-change', unit: 'tonne' }, true],
    [{ measure: 'yoy-change', unit: 'yuan' }, false],
    [{ measure: 'mom-change', unit: 'percent' }, false],
    [{ measure: 'rate', unit: 'percent' }, false],
  ])('cement-output and %j: %s', (figure, fits) => {
    expect(fitsIndicator(indicator('cement-output'), figure)).toBe(fits);
  });

  it('looks only in the sector when it is known, in all of them when not', () => {
    const tonnes = [{ measure: 'level', unit: 'tonne' }];
    expect(fittingIndicators(V, tonnes, 'cement').map((i) => i.id)).toEqual(['cement-output']);
    expect(fittingIndicators(V, tonnes, 'power')).toEqual([]);
    expect(fittingIndicators(V, tonnes, 'TODO: sector').map((i) => i.id)).toEqual([
      'cement-output',
    ]);
  });
});

describe('matching an indicator by its name', () => {
  it('finds the pieces of a name the text prints, longest first', () => {
    expect(sharedPieces('水泥产量', '全国规模以上企业累计水泥产量9.53亿吨')).toEqual(['水泥产量']);
    expect(sharedPieces('办理“无感过户”的客户', '为1600多个用电客户实现“无感过户”')).toEqual([
      '无感过户',
      '客户',
    ]);
    // One shared character says nothing.
    expect(sharedPieces('新增接电容量', '增')).toEqual([]);
  });

  it('ranks the indicator whose name its own clause prints first', () => {
    const rates = V.indicators.filter((i) => i.sector === 'ai-security' && i.measure === 'rate');
    const sentence =
      '目前，大模型判断网络攻击的准确率已提升到97%，当该准确率超过99%时就可以投入应用';
    const at97 = rankIndicators(
      rates,
      { clause: '大模型判断网络攻击的准确率已提升到97%', sentence },
      V,
    );
    const at99 = rankIndicators(
      rates,
      { clause: '当该准确率超过99%时就可以投入应用', sentence },
      V,
    );
    expect(at97[0]?.indicator.id).toBe('ai-security-attack-detection-accuracy');
    expect(at99[0]?.indicator.id).toBe('ai-security-deployment-threshold');
  });

  it('does not take the sector’s own name (水泥) for the indicator’s, nor two shared characters', () => {
    const output = [indicator('cement-output')];
    const choose = (text: string) =>
      chooseIndicator(rankIndicators(output, { clause: text, sentence: text }, V));
    expect(choose('全国水泥产量9.53亿吨')?.indicator.id).toBe('cement-output');
    expect(choose('全国水泥出口量520万吨')).toBeNull();
    expect(choose('熟料产量6亿吨')).toBeNull();
  });
});

describe('the drafter’s indicators', () => {
  it('gives a level the indicator it matches, and says so in its note', () => {
    const [figure] = draft('上半年，全国水泥产量9.53亿吨。').figures;
    expect(figure?.indicator).toBe('cement-output');
    expect(figure?.note?.zh).toContain('指标按名称选为 cement-output（水泥产量）');
    expect(figure?.note?.en).toContain(
      'Indicator cement-output (Cement output) chosen by its name',
    );
  });

  it('gives a year-on-year change the indicator of its level, in its clause or alone', () => {
    const together = draft('上半年，全国水泥产量9.53亿吨，同比增长1.3%。');
    expect(together.figures.map((f) => [f.measure, f.indicator])).toEqual([
      ['level', 'cement-output'],
      ['yoy-change', 'cement-output'],
    ]);
    const alone = draft('上半年，水泥产量较上年同期下降2.4%。');
    expect(alone.figures.map((f) => [f.measure, f.indicator])).toEqual([
      ['yoy-change', 'cement-output'],
    ]);
  });

  it('does not give a figure another sector’s indicator', () => {
    const { figures, proposedIndicators } = draft('新增用电客户52.8万户。', 'cement');
    expect(figures[0]?.indicator).toBe('cement-new-indicator-1');
    expect(proposedIndicators?.map((i) => i.sector)).toEqual(['cement']);
    // In its own sector it is the existing one.
    expect(draft('新增用电客户52.8万户。', 'power').figures[0]?.indicator).toBe(
      'power-new-customers',
    );
  });

  it('proposes one indicator for a level and its changes when none fits, as it proposes units', () => {
    const dataset = draft(
      '今年前三季度，全市新材料产业实现产值420亿元，同比增长12.5%，增速比上半年加快1.2个百分点。新增规模以上企业36家。',
    );
    expect(dataset.figures.map((f) => [f.asPrinted, f.indicator])).toEqual([
      ['420亿元', 'cement-new-indicator-1'],
      ['增长12.5%', 'cement-new-indicator-1'],
      ['加快1.2个百分点', 'cement-new-indicator-1'],
      ['36家', 'cement-new-indicator-2'],
    ]);
    expect(dataset.proposedIndicators).toEqual([
      {
        id: 'cement-new-indicator-1',
        name: { zh: '全市新材料产业实现产值', en: 'TODO: translate' },
        sector: 'cement',
        unit: 'yuan',
        measure: 'level',
        changes: ['yoy-change', 'pp-change'],
      },
      {
        id: 'cement-new-indicator-2',
        name: { zh: '新增规模以上企业', en: 'TODO: translate' },
        sector: 'cement',
        unit: 'enterprise',
        measure: 'level',
      },
    ]);
    expect(dataset.figures[0]?.note?.zh).toContain(
      '草稿在 proposedIndicators 中提出新指标 cement-new-indicator-1',
    );
    expect(dataset.figures[1]?.note?.en).toContain('Shares its indicator with cement.figure-1');
  });

  it('is refused by check:data while it proposes indicators', () => {
    const dataset = draft('新增规模以上企业36家。');
    const problems = checkDatasets({
      datasets: [{ file: 'data/demo.json', json: dataset }],
      articles: [],
      articleTexts: {},
      vocabulary: V,
    });
    expect(problems).toContainEqual({
      file: 'data/demo.json',
      path: 'proposedIndicators',
      message:
        "the drafter proposes 1 new indicator(s): review each one's names (the English is left to you), unit, measure and changes, move it to data/vocabulary/indicators.json (or give its figures an existing indicator) and delete proposedIndicators",
    });
    expect(problems.map((p) => p.path)).toContain('figures[0].indicator');
  });
});
