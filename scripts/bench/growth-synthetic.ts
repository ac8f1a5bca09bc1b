/**
 * Synthetic data for the growth benchmark. At factor F the data set is the curated articles,
 * unchanged, plus (F − 1) × as many articles written here, so it holds about F × the curated
 * figures and events:
 *
 * - Each synthetic article reports one quarter of 2019-01 … 2023-12 for one sector: a series of
 *   the curated indicators month by month (cement output with its year-on-year change, new power
 *   customers in Guangxi, completed floor area, large models released…), national first and then
 *   province by province as F grows, so series get long; then a few figures of indicators the
 *   curated data lacks (clinker output, electricity consumption, mortgage rates…, national and then
 *   per province), so the number of indicators grows too (≈ 2F + 40 for F ≥ 2); and a couple of
 *   dated milestones.
 * - The text is Chinese written from templates (`2021年3月，全国规模以上企业水泥产量1.75亿吨，同比
 *   增长2.1%。`); each figure quotes its sentence verbatim and its value is exactly what is printed,
 *   so check:data accepts it. Values follow a seeded model per indicator and place (season, trend,
 *   noise): the same at every factor, and changes are computed from the printed levels.
 * - One indicator, period, region and basis has at most one value, except one deliberate,
 *   explained conflict: a later cement article prints a revised January 2019 output with
 *   `conflictsWith` and a note.
 *
 * The vocabulary (data/vocabulary/, with the new indicators appended) is written beside the data,
 * where check:data and the build look for a data set's own vocabulary. Written under the given
 * directory, never into data/ or seeds/.
 *
 *   tsx scripts/bench/growth-synthetic.ts --factor=10 [--out=bench-results/tmp/growth/x10]
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { figuresByIndicator, indicatorSeries } from '../../src/data/indicators.ts';
import type { Figure } from '../../src/data/schema.ts';
import {
  VOCABULARY_KINDS,
  type IndicatorEntry,
  type RegionEntry,
  type Vocabulary,
} from '../../src/data/vocabulary.ts';
import { dataVocabularyDir, readVocabulary } from '../vocabulary.ts';
import {
  EVENT_TEMPLATES,
  FIRST_YEAR,
  MONTH_EN,
  MONTHS,
  SECTOR_ORDER,
  SECTOR_PLACES,
  TOPICS,
  UNIT_EN,
  type Model,
  type Topic,
} from './growth-topics.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const QUARTERS = MONTHS / 3;
/** Months before 2019-01 the models start at, so 2019 has year-on-year changes. */
const LEAD = 12;
const DATASET_SCHEMA = '../schemas/dataset.schema.json';
const ARTICLE_SCHEMA = '../schemas/article.schema.json';

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Numbers

/** A deterministic PRNG (mulberry32) seeded by a string (FNV-1a), so every run prints the same. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** How a value is printed: `power` 8 is 亿, 4 is 万; `decimals` after the point at most. */
export type NumberFormat = { power: 0 | 4 | 8; decimals: number };

/** The printed format of a flow or count of typical size `size`: 1.75亿, 875.3万, 7.52万, 125. */
export function formatFor(size: number): NumberFormat {
  if (size >= 1e11) return { power: 8, decimals: 0 };
  if (size >= 1e10) return { power: 8, decimals: 1 };
  if (size >= 1e8) return { power: 8, decimals: 2 };
  if (size >= 1e6) return { power: 4, decimals: 1 };
  if (size >= 1e4) return { power: 4, decimals: 2 };
  return { power: 0, decimals: 0 };
}

/** `digits` (a decimal string) × 10^power, exactly: how check:data reads `9.53亿` (953000000). */
export function shiftDecimal(digits: string, power: number): number {
  const [whole = '', fraction = ''] = digits.split('.');
  const all = whole + fraction;
  const point = whole.length + power;
  return Number(
    point >= all.length
      ? all + '0'.repeat(point - all.length)
      : `${all.slice(0, point)}.${all.slice(point)}`,
  );
}

/** A value as printed (`1.75亿`, `875.3万`, `452`) and the exact number that print stands for. */
export function printNumber(raw: number, format: NumberFormat): { text: string; value: number } {
  const step = 10 ** -format.decimals;
  const mantissa = Math.max(raw / 10 ** format.power, step);
  let digits = mantissa.toFixed(format.decimals);
  if (digits.includes('.')) digits = digits.replace(/0+$/u, '').replace(/\.$/u, '');
  const word = format.power === 8 ? '亿' : format.power === 4 ? '万' : '';
  return { text: `${digits}${word}`, value: shiftDecimal(digits, format.power) };
}

/** `增长2.1%` / `下降0.8%` from two printed levels; never 0.0 (a change is printed only when there is one). */
export function printYoy(current: number, yearBefore: number): { text: string; value: number } {
  const percent = (current / yearBefore - 1) * 100;
  let tenths = Math.round(percent * 10);
  if (tenths === 0) tenths = percent < 0 ? -1 : 1;
  const digits = (Math.abs(tenths) / 10).toFixed(1);
  return {
    text: `${tenths > 0 ? '增长' : '下降'}${digits}%`,
    value: tenths > 0 ? Number(digits) : -Number(digits),
  };
}

/** A topic's raw values at one place, months −12 … 59 (index + 12). */
function modelValues(model: Model, share: number, seed: string): number[] {
  const random = seededRandom(seed);
  const values: number[] = [];
  if (model.kind === 'flow') {
    for (let t = -LEAD; t < MONTHS; t += 1) {
      const season = model.seasonal[(t + LEAD) % 12] ?? 1;
      const trend = (1 + model.growth) ** (t / 12);
      values.push(model.base * share * season * trend * (1 + model.noise * gaussian(random)));
    }
  } else if (model.kind === 'stock') {
    let total = Math.max(1, model.start * share);
    for (let k = 0; k < MONTHS + LEAD; k += 1) {
      const step = model.increment * share * Math.exp(model.acceleration * k);
      total += Math.max(0, step * (1 + model.noise * gaussian(random)));
      values.push(total);
    }
  } else {
    // A place's prices and rates sit a little above or below the national ones.
    const offset = share === 1 ? 1 : 0.92 + 0.16 * random();
    let wobble = 0;
    for (let k = 0; k < MONTHS + LEAD; k += 1) {
      wobble = 0.6 * wobble + model.noise * gaussian(random);
      const drift = model.start + ((model.end - model.start) * k) / (MONTHS + LEAD - 1);
      values.push(Math.min(model.max, Math.max(model.min, drift * offset + wobble)));
    }
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Streams: one topic at one place, month by month

type Place = { id: string; zh: string; en: string };

export type Stream = {
  topic: Topic;
  place: Place;
  /** The indicator its figures name. */
  indicator: string;
  format: NumberFormat;
  /** Printed level (text before the unit, exact value) for months −12 … 59. */
  printed: { text: string; value: number }[];
};

function placeOf(regions: ReadonlyMap<string, RegionEntry>, id: string): Place {
  const region = regions.get(id);
  if (!region) throw new Error(`growth data: region "${id}" is not in regions.json`);
  return { id, zh: region.name.zh, en: region.name.en };
}

function makeStream(topic: Topic, place: Place, indicator: string): Stream {
  const national = SECTOR_PLACES[topic.sector]?.[0] === place.id;
  const shareRandom = seededRandom(`share:${topic.id}:${place.id}`);
  const share = national
    ? 1
    : topic.sector === 'power'
      ? 0.08 + 0.17 * shareRandom()
      : 0.015 + 0.08 * shareRandom();
  const raw = modelValues(topic.model, share, `${topic.id}:${place.id}`);
  const format: NumberFormat =
    topic.model.kind === 'level'
      ? { power: 0, decimals: topic.decimals ?? 1 }
      : formatFor(topic.model.kind === 'flow' ? topic.model.base * share : (raw.at(-1) ?? 1));
  let floor = 0;
  const printed = raw.map((v) => {
    // A running count never falls, even after rounding.
    const p = printNumber(topic.model.kind === 'stock' ? Math.max(v, floor) : v, format);
    floor = p.value;
    return p;
  });
  return { topic, place, indicator, format, printed };
}

/** 2019-01 + t months. */
function monthOf(t: number): { year: number; month: number; key: string } {
  const year = FIRST_YEAR + Math.floor(t / 12);
  const month = (t % 12) + 1;
  return { year, month, key: `${year}-${String(month).padStart(2, '0')}` };
}

const EN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function englishValue(value: number, unit: string): string {
  return unit === 'percent'
    ? `${EN_NUMBER.format(value)}%`
    : `${EN_NUMBER.format(value)} ${UNIT_EN[unit] ?? unit}`;
}

type Built = { sentence: string; figures: Json[] };

/**
 * One month of a stream as a sentence and its figures: the level, then (when the topic has one
 * and `withYoy`) its year-on-year change, both quoting the whole sentence.
 */
function reportMonth(
  stream: Stream,
  t: number,
  article: string,
  withYoy: boolean,
  lead = '',
): Built {
  const { topic, place } = stream;
  const { year, month, key } = monthOf(t);
  const stock = topic.period === 'stock';
  const when = stock ? `截至${year}年${month}月底` : `${year}年${month}月`;
  const whenEn = stock
    ? `at the end of ${MONTH_EN[month - 1]} ${year}`
    : `in ${MONTH_EN[month - 1]} ${year}`;
  const level = stream.printed[t + LEAD]!;
  const asPrinted = `${level.text}${topic.unitText}`;
  const yoy =
    withYoy && topic.yoy ? printYoy(level.value, stream.printed[t - 12 + LEAD]!.value) : null;
  const quote = `${lead}${when}，${place.zh}${topic.phrase}${asPrinted}${yoy ? `，同比${yoy.text}` : ''}`;
  const gistEn = `${topic.name.en} ${place.id === 'china' ? 'nationwide' : `in ${place.en}`} ${whenEn}: ${englishValue(level.value, topic.unit)}${yoy ? `, ${yoy.value > 0 ? 'up' : 'down'} ${Math.abs(yoy.value)}% year on year` : ''}.`;
  const id = `${stream.indicator}.${place.id}-${key}`;
  const period = stock ? { kind: 'asOf', date: key } : { kind: 'month', date: key };
  const nameZh = `${stock ? `${year}年${month}月底` : `${year}年${month}月`}${place.zh}${topic.name.zh}`;
  const nameEn = `${topic.name.en}, ${place.en}, ${stock ? 'end of ' : ''}${MONTH_EN[month - 1]} ${year}`;
  const common = {
    indicator: stream.indicator,
    sector: topic.sector,
  };
  const figures: Json[] = [
    {
      id,
      ...common,
      name: { zh: nameZh, en: nameEn },
      measure: topic.measure,
      value: level.value,
      unit: topic.unit,
      qualifier: 'exact',
      period,
      ...(topic.basis ? { basis: topic.basis } : {}),
      region: place.id,
      asPrinted,
      source: { article, quote, gistEn },
    },
  ];
  if (yoy) {
    figures.push({
      id: `${id}-yoy`,
      ...common,
      name: { zh: `${nameZh}同比`, en: `${nameEn}, year on year` },
      measure: 'yoy-change',
      value: yoy.value,
      unit: 'percent',
      qualifier: 'exact',
      period,
      ...(topic.basis ? { basis: topic.basis } : {}),
      region: place.id,
      changeOf: id,
      asPrinted: yoy.text,
      source: { article, quote, gistEn },
    });
  }
  return { sentence: `${quote}。`, figures };
}

// ---------------------------------------------------------------------------------------------
// Planning

type NewIndicator = { entry: IndicatorEntry; stream: Stream };

/**
 * The indicators the curated vocabulary lacks, in the order they are taken: the sectors take
 * turns; within a sector each new topic nationally, then each topic per place.
 */
function newIndicatorCatalogue(regions: ReadonlyMap<string, RegionEntry>): NewIndicator[] {
  const bySector = SECTOR_ORDER.map((sector) => {
    const topics = TOPICS.filter((t) => t.sector === sector && !t.existing);
    const places = SECTOR_PLACES[sector] ?? [];
    return places.flatMap((placeId, p) =>
      topics.map((topic): NewIndicator => {
        const place = placeOf(regions, placeId);
        const id = p === 0 ? topic.id : `${topic.id}-${placeId}`;
        const entry: IndicatorEntry = {
          id,
          name:
            p === 0
              ? topic.name
              : { zh: `${place.zh}${topic.name.zh}`, en: `${topic.name.en}, ${place.en}` },
          sector,
          unit: topic.unit,
          measure: topic.measure,
          ...(p === 0 ? {} : { region: placeId }),
          ...(topic.yoy ? { changes: ['yoy-change'] } : {}),
        };
        return { entry, stream: makeStream(topic, place, id) };
      }),
    );
  });
  const out: NewIndicator[] = [];
  for (let i = 0; bySector.some((list) => i < list.length); i += 1) {
    for (const list of bySector) if (i < list.length) out.push(list[i]!);
  }
  return out;
}

/**
 * The series each sector's articles carry, round by round: the curated indicators with a change
 * one place per round, the others two places per round, so every article has six such figures.
 */
function mainRounds(
  sector: string,
  regions: ReadonlyMap<string, RegionEntry>,
  existing: ReadonlySet<string>,
): Stream[][] {
  const rounds: Stream[][] = [];
  for (const topic of TOPICS.filter((t) => t.sector === sector && t.existing)) {
    if (!existing.has(topic.id)) {
      throw new Error(`growth data: indicator "${topic.id}" is not in the vocabulary`);
    }
    const streams = (SECTOR_PLACES[sector] ?? []).map((p) =>
      makeStream(topic, placeOf(regions, p), topic.id),
    );
    const size = topic.yoy ? 1 : 2;
    for (let i = 0; i + size <= streams.length; i += size) rounds.push(streams.slice(i, i + size));
  }
  return rounds;
}

/** Counts to scale from: the curated data's articles, figures and events. */
export type Baseline = { articles: number; figures: number; events: number };

export type SyntheticArticle = {
  id: string;
  sector: string;
  sidecar: Json;
  text: string;
  dataset: Json;
};

export type SyntheticPlan = {
  articles: SyntheticArticle[];
  newIndicators: IndicatorEntry[];
  /** The figure that conflicts on purpose, and the one it conflicts with. */
  conflict: { figure: string; with: string } | null;
};

/** How many new indicators the data set has at factor F (none at 1×). */
export function newIndicatorCount(factor: number): number {
  return factor <= 1 ? 0 : 2 * (factor - 1) + 12;
}

const QUARTER_ZH = ['一', '二', '三', '四'];

/** Share `total` out over `n` slots as evenly as integers allow: slot k's part. */
function part(total: number, n: number, k: number): number {
  return Math.floor(((k + 1) * total) / n) - Math.floor((k * total) / n);
}

/**
 * The synthetic articles at factor F (pure: no files). `baseline` gives the curated counts, of
 * which (F − 1)× are written.
 */
export function planSyntheticData(
  factor: number,
  vocabulary: Vocabulary,
  baseline: Baseline,
): SyntheticPlan {
  if (!Number.isInteger(factor) || factor < 1) {
    throw new Error(`growth data: factor must be an integer ≥ 1, got ${factor}`);
  }
  const copies = factor - 1;
  const count = baseline.articles * copies;
  const figureTotal = baseline.figures * copies;
  const eventTotal = baseline.events * copies;
  const regions = new Map(vocabulary.regions.map((r) => [r.id, r]));
  const existing = new Set(vocabulary.indicators.map((i) => i.id));
  const catalogue = newIndicatorCatalogue(regions).slice(0, newIndicatorCount(factor));
  const extrasOf = new Map(
    SECTOR_ORDER.map((s) => [s, catalogue.filter((c) => c.entry.sector === s)]),
  );
  const roundsOf = new Map(SECTOR_ORDER.map((s) => [s, mainRounds(s, regions, existing)]));
  const extraCursor = new Map<string, number>(SECTOR_ORDER.map((s) => [s, 0]));
  const used = new Set<string>();
  const claim = (stream: Stream, t: number) => {
    const key = `${stream.indicator}|${stream.place.id}|${t}`;
    if (used.has(key)) return false;
    used.add(key);
    return true;
  };

  // Which sector, round and quarter each article reports.
  const perSector = new Map<string, number>();
  const slots = Array.from({ length: count }, (_, k) => {
    const sector = SECTOR_ORDER[k % SECTOR_ORDER.length]!;
    const j = perSector.get(sector) ?? 0;
    perSector.set(sector, j + 1);
    return { k, sector, j };
  });
  const placed = slots.map(({ k, sector, j }) => {
    const total = perSector.get(sector) ?? 0;
    const round = Math.floor(j / QUARTERS);
    const inRound = Math.min(QUARTERS, total - round * QUARTERS);
    // A round of fewer than 20 articles spreads them over the five years.
    const quarter = Math.floor(((j % QUARTERS) * QUARTERS) / inRound);
    return { k, sector, j, round, quarter };
  });

  // The deliberate conflict: the latest cement article revises the first cement month printed.
  const cement = placed.filter((p) => p.sector === 'cement');
  const original = cement.find((p) => p.j === 0);
  const reviser = cement
    .filter((p) => p.j !== 0)
    .sort((a, b) => b.quarter - a.quarter || b.round - a.round)[0];

  const articles: SyntheticArticle[] = [];
  for (const { k, sector, round, quarter } of placed) {
    const rounds = roundsOf.get(sector) ?? [];
    const main = rounds[round % rounds.length];
    if (!main) throw new Error(`growth data: no series for sector "${sector}"`);
    const year = FIRST_YEAR + Math.floor(quarter / 4);
    const q = (quarter % 4) + 1;
    const id = `syn-${sector}-${year}-q${q}-r${round}`;
    const months = [0, 1, 2].map((m) => quarter * 3 + m);
    const figures: Json[] = [];
    const paragraphs: string[] = [
      '【合成文章】本文由增长基准测试生成，文字和数值均为虚构，只用于检验看板在大量数据下的表现。',
    ];

    const mainSentences: string[] = [];
    for (const t of months) {
      for (const stream of main) {
        if (!claim(stream, t)) {
          throw new Error(`growth data: ${stream.indicator} ${stream.place.id} month ${t} twice`);
        }
        const built = reportMonth(stream, t, id, true);
        mainSentences.push(built.sentence);
        figures.push(...built.figures);
      }
    }
    paragraphs.push(mainSentences.join(''));

    let conflict: Json | null = null;
    if (reviser && original && k === reviser.k) {
      const stream = (roundsOf.get('cement') ?? [])[0]![0]!;
      const t = original.quarter * 3;
      const before = stream.printed[t + LEAD]!;
      let revised = printNumber(before.value * 1.012, stream.format);
      if (revised.value === before.value) revised = printNumber(before.value * 1.05, stream.format);
      const shifted: Stream = {
        ...stream,
        printed: stream.printed.map((p, i) => (i === t + LEAD ? revised : p)),
      };
      const built = reportMonth(shifted, t, id, false, '据国家统计局修订后的数据，');
      const originalId = String(reportMonth(stream, t, id, false).figures[0]!.id);
      conflict = {
        ...built.figures[0]!,
        id: `${originalId}-revised`,
        name: {
          zh: `${(built.figures[0]!.name as { zh: string }).zh}（修订数）`,
          en: `${(built.figures[0]!.name as { en: string }).en} (revised)`,
        },
        note: {
          zh: '本文按国家统计局修订后的数据给出该月产量；先前的文章印的是初步数据，两者不同。',
          en: "This article gives the month's output as revised by the statistics bureau; the earlier article printed the preliminary figure, so the two differ.",
        },
        conflictsWith: [originalId],
      };
      figures.push(conflict);
      paragraphs.push(`另${built.sentence}`);
    }

    // Figures of indicators the curated data lacks, up to this article's share of the total.
    const extras = extrasOf.get(sector) ?? [];
    let budget = part(figureTotal, count, k) - figures.length;
    const extraSentences: string[] = [];
    let misses = 0;
    while (budget > 0) {
      if (extras.length === 0 || misses > extras.length) {
        throw new Error(`growth data: no free month for another ${sector} figure in ${id}`);
      }
      const cursor = extraCursor.get(sector) ?? 0;
      extraCursor.set(sector, cursor + 1);
      const { stream } = extras[cursor % extras.length]!;
      const t = [0, 1, 2]
        .map((m) => months[(cursor + m) % 3]!)
        .find((month) => claim(stream, month));
      if (t === undefined) {
        misses += 1;
        continue;
      }
      misses = 0;
      const built = reportMonth(stream, t, id, budget >= 2);
      extraSentences.push(built.sentence);
      figures.push(...built.figures);
      budget -= built.figures.length;
    }
    if (extraSentences.length > 0) paragraphs.push(`此外，${extraSentences.join('')}`);

    const events: Json[] = [];
    const eventSentences: string[] = [];
    const places = SECTOR_PLACES[sector] ?? [];
    for (let e = 0; e < part(eventTotal, count, k); e += 1) {
      const templates = EVENT_TEMPLATES[sector] ?? [];
      const template = templates[e % templates.length]!;
      const t = months[(e * 2) % 3]!;
      const { year: y, month, key } = monthOf(t);
      const place = placeOf(
        regions,
        e === 0 ? main[0]!.place.id : places[(k + e) % places.length]!,
      );
      const asPrinted = `${y}年${month}月${template.from ? '起' : ''}`;
      const zh = template.zh.replaceAll('{place}', place.zh);
      const quote = `${asPrinted}，${zh}`;
      events.push({
        id: `${sector}.${id}-event-${e + 1}`,
        sector,
        kind: template.kind,
        date: key,
        ...(template.from ? { datePrecision: 'from' } : {}),
        name: { zh, en: template.en.replaceAll('{place}', place.en) },
        asPrinted,
        source: {
          article: id,
          quote,
          gistEn: template.gist
            .replaceAll('{place}', place.en)
            .replaceAll('{when}', `${MONTH_EN[month - 1]} ${y}`),
        },
      });
      eventSentences.push(`${quote}。`);
    }
    if (eventSentences.length > 0) paragraphs.push(eventSentences.join(''));

    const mainPlaces = main.map((s) => s.place);
    const topic = main[0]!.topic;
    const published = monthOf(quarter * 3 + 3);
    articles.push({
      id,
      sector,
      text: `${paragraphs.join('\n\n')}\n`,
      sidecar: {
        $schema: ARTICLE_SCHEMA,
        id,
        title: {
          zh: `${year}年第${QUARTER_ZH[q - 1]}季度${mainPlaces.map((p) => p.zh).join('、')}${topic.name.zh}月度数据（合成）`,
          en: `${topic.name.en}, ${mainPlaces.map((p) => p.en).join(' and ')}, by month, Q${q} ${year} (synthetic)`,
        },
        sector,
        publication: {
          date: `${published.key}-15`,
          outlet: null,
          note: {
            zh: '增长基准测试（scripts/bench/growth-synthetic.ts）生成的合成文章：文字和数值均为虚构；发表日期按所报最后一个月的次月记。',
            en: 'A synthetic article written by the growth benchmark (scripts/bench/growth-synthetic.ts): its text and values are invented; its date is set to the month after the last month it reports.',
          },
        },
      },
      dataset: { $schema: DATASET_SCHEMA, version: 1, article: id, figures, events },
    });
  }

  const conflictArticle = reviser ? articles[reviser.k] : undefined;
  const conflictFigure = ((conflictArticle?.dataset.figures as Json[] | undefined) ?? []).find(
    (f) => Array.isArray(f.conflictsWith),
  );
  return {
    articles,
    newIndicators: catalogue.map((c) => c.entry),
    conflict: conflictFigure
      ? {
          figure: String(conflictFigure.id),
          with: String((conflictFigure.conflictsWith as string[])[0]),
        }
      : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export type SyntheticData = {
  dataDir: string;
  seedsDir: string;
  factor: number;
  /** Articles (= data files), curated and synthetic. */
  files: number;
  figures: number;
  events: number;
  /** Indicators with at least one figure (the site's pages), and of them the new ones. */
  indicators: number;
  newIndicators: number;
  /** The indicator with the most points over all its series. */
  longest: { indicator: string; points: number; figures: number };
  conflict: SyntheticPlan['conflict'];
};

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/u.test(rel));
}

async function readJsonFiles(dir: string): Promise<{ name: string; json: Json }[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      json: JSON.parse(await readFile(join(dir, name), 'utf8')) as Json,
    })),
  );
}

/** The indicator with the most points (series.pointCount), ties to the first in vocabulary order. */
export function longestSeries(
  figures: readonly Figure[],
  vocabulary: Vocabulary,
): SyntheticData['longest'] {
  const changes = new Set(vocabulary.measures.filter((m) => m.kind === 'change').map((m) => m.id));
  const groups = figuresByIndicator(figures);
  let best: SyntheticData['longest'] = { indicator: '', points: 0, figures: 0 };
  for (const indicator of vocabulary.indicators) {
    const own = groups.get(indicator.id);
    if (!own) continue;
    const series = indicatorSeries(indicator, own, (m) => changes.has(m));
    if (series.pointCount > best.points) {
      best = { indicator: indicator.id, points: series.pointCount, figures: own.length };
    }
  }
  return best;
}

/**
 * Writes the data set at `factor`× into `<outDir>/data` (with `vocabulary/`) and
 * `<outDir>/seeds`: the curated files copied unchanged, then the synthetic articles.
 */
export async function generateSyntheticData(options: {
  dataDir: string;
  seedsDir: string;
  outDir: string;
  factor: number;
}): Promise<SyntheticData> {
  const { dataDir, seedsDir, factor } = options;
  const outDir = resolve(options.outDir);
  for (const curated of [
    resolve(ROOT, 'data'),
    resolve(ROOT, 'seeds'),
    resolve(dataDir),
    resolve(seedsDir),
  ]) {
    if (isInside(outDir, curated) || isInside(curated, outDir)) {
      throw new Error(`growth data: refusing to write into ${outDir}, which holds curated data`);
    }
  }
  const outData = join(outDir, 'data');
  const outSeeds = join(outDir, 'seeds');
  const outVocabulary = join(outData, 'vocabulary');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outVocabulary, { recursive: true });
  await mkdir(outSeeds, { recursive: true });

  const vocabularyDir = dataVocabularyDir(dataDir);
  const vocabulary = readVocabulary(vocabularyDir);
  const curated = await readJsonFiles(dataDir);
  const sidecars = await readJsonFiles(seedsDir);
  const count = (list: string) =>
    curated.reduce((n, { json }) => n + (Array.isArray(json[list]) ? json[list].length : 0), 0);
  const baseline: Baseline = {
    articles: curated.length,
    figures: count('figures'),
    events: count('events'),
  };
  const plan = planSyntheticData(factor, vocabulary, baseline);

  for (const kind of VOCABULARY_KINDS) {
    const from = join(vocabularyDir, `${kind}.json`);
    if (kind !== 'indicators') {
      await cp(from, join(outVocabulary, `${kind}.json`));
      continue;
    }
    const file = JSON.parse(await readFile(from, 'utf8')) as { indicators: unknown[] };
    file.indicators = [...file.indicators, ...plan.newIndicators];
    await writeFile(join(outVocabulary, `${kind}.json`), `${JSON.stringify(file, null, 2)}\n`);
  }
  for (const { name } of curated) await cp(join(dataDir, name), join(outData, name));
  for (const { name } of sidecars) {
    const base = name.slice(0, -'.json'.length);
    await cp(join(seedsDir, name), join(outSeeds, name));
    if (existsSync(join(seedsDir, `${base}.txt`))) {
      await cp(join(seedsDir, `${base}.txt`), join(outSeeds, `${base}.txt`));
    }
  }
  for (const article of plan.articles) {
    await writeFile(
      join(outData, `${article.id}.json`),
      `${JSON.stringify(article.dataset, null, 2)}\n`,
    );
    await writeFile(
      join(outSeeds, `${article.id}.json`),
      `${JSON.stringify(article.sidecar, null, 2)}\n`,
    );
    await writeFile(join(outSeeds, `${article.id}.txt`), article.text);
  }

  const allFigures = [
    ...curated.flatMap(({ json }) => (json.figures as Figure[] | undefined) ?? []),
    ...plan.articles.flatMap((a) => a.dataset.figures as Figure[]),
  ];
  const fullVocabulary: Vocabulary = {
    ...vocabulary,
    indicators: [...vocabulary.indicators, ...plan.newIndicators],
  };
  return {
    dataDir: outData,
    seedsDir: outSeeds,
    factor,
    files: curated.length + plan.articles.length,
    figures: allFigures.length,
    events:
      baseline.events +
      plan.articles.reduce((n, a) => n + (a.dataset.events as unknown[]).length, 0),
    indicators: new Set(allFigures.map((f) => f.indicator)).size,
    newIndicators: plan.newIndicators.length,
    longest: longestSeries(allFigures, fullVocabulary),
    conflict: plan.conflict,
  };
}

function parseCli(argv: readonly string[]): { factor: number; out: string } {
  let factor = 10;
  let out: string | undefined;
  for (const arg of argv) {
    const [flag, value] = arg.split('=');
    if (flag === '--factor' && value) factor = Number(value);
    else if (flag === '--out' && value) out = value;
    else {
      throw new Error(
        'usage: tsx scripts/bench/growth-synthetic.ts --factor=N [--out=bench-results/tmp/growth/xN]',
      );
    }
  }
  return { factor, out: out ?? join(ROOT, 'bench-results', 'tmp', 'growth', `x${factor}`) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { factor, out } = parseCli(process.argv.slice(2));
  generateSyntheticData({
    dataDir: join(ROOT, 'data'),
    seedsDir: join(ROOT, 'seeds'),
    outDir: out,
    factor,
  })
    .then((d) => {
      const rel = (p: string) => relative(process.cwd(), p) || '.';
      console.log(
        `${factor}×: ${d.files} articles, ${d.figures} figures, ${d.events} events, ${d.indicators} indicators (${d.newIndicators} new); longest series ${d.longest.indicator} (${d.longest.points} points, ${d.longest.figures} figures); conflict ${d.conflict ? `${d.conflict.figure} ↔ ${d.conflict.with}` : 'none'}`,
      );
      console.log(
        `check it: npx tsx scripts/check-data.ts --data ${rel(d.dataDir)} --seeds ${rel(d.seedsDir)} --schemas ${rel(join(out, 'schemas'))}`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
