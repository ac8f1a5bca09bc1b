import { z } from 'zod';
import basesFile from '../../data/vocabulary/bases.json' with { type: 'json' };
import measuresFile from '../../data/vocabulary/measures.json' with { type: 'json' };
import regionsFile from '../../data/vocabulary/regions.json' with { type: 'json' };
import sectorsFile from '../../data/vocabulary/sectors.json' with { type: 'json' };
import unitsFile from '../../data/vocabulary/units.json' with { type: 'json' };
import indicatorsFile from '../../data/vocabulary/indicators.json' with { type: 'json' };
import { EMBED_COMPARE } from './scope.ts';

/**
 * The vocabulary is data: sectors, units, measures, bases, regions and indicators live in
 * data/vocabulary/*.json, with their names in both languages, so a curator adds one without
 * touching code. This module validates those files; the dataset schema, the drafter and the
 * strings every view prints are all made from one validated vocabulary.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const idSchema = z.string().regex(ID, 'expected a kebab-case id such as yuan-per-tonne');
const nameSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** An i18next template that must print the number: `{{value}}千瓦时`, `{{value}} kWh`. */
const valueTemplate = z.string().refine((s) => s.includes('{{value}}'), {
  message: 'must contain {{value}}, where the number goes',
});
/** An axis or column label; `{{scale}}` is where 万/亿 or million/billion goes, if anywhere. */
const axisTemplate = z.string().min(1);

export const sectorEntrySchema = z.strictObject({ id: idSchema, name: nameSchema });

export const unitEntrySchema = z.strictObject({
  id: idSchema,
  /** What the unit is called, for pickers and notes: 千瓦时 / kilowatt-hours. */
  name: nameSchema,
  zh: z.strictObject({ value: valueTemplate, axis: axisTemplate.optional() }),
  /** English plural rules: `one` for 1 where it differs from `other`; `short` for tight places. */
  en: z.strictObject({
    one: valueTemplate.optional(),
    other: valueTemplate,
    axis: axisTemplate.optional(),
    short: valueTemplate.optional(),
  }),
  /** Words printed right after a number that always mean this unit (千瓦时, 元/吨, 个百分点). */
  printed: z.array(z.string().min(1)).optional(),
  /** A counted noun: the classifiers that count it (个, 家…) and the nouns that name it. */
  counts: z
    .strictObject({
      classifiers: z.array(z.string().min(1)).min(1),
      nouns: z.array(z.string().min(1)).optional(),
      /** Classifiers this unit is the fallback for when no noun of another unit is printed. */
      generic: z.array(z.string().min(1)).optional(),
    })
    .optional(),
});

/** How a measure is charted and printed; the kinds are what the code knows how to draw. */
export const MEASURE_KINDS = ['level', 'rate', 'change'] as const;
export const measureEntrySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  kind: z.enum(MEASURE_KINDS),
});

export const basisEntrySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** Words printed with a figure that put it on this basis (同口径, 规模以上). */
  printed: z.array(z.string().min(1)).optional(),
  /** A 口径 that qualifies a change and is printed beside it: +1.3%（同口径）. */
  caliber: z.boolean().optional(),
});

export const regionEntrySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** How articles print the place; the drafter maps these to the region. */
  places: z.array(z.string().min(1)),
  /** Printed right after a place, these make it part of a name (全国政协), not a place. */
  notBefore: z.array(z.string().min(1)).optional(),
});

/**
 * What a reader follows over time: cement output, new power customers. Every figure names one;
 * its printed levels (or rates) are the series' points, and its changes (year on year, in
 * percentage points) describe them. Region and basis are given only where they are fixed: an
 * indicator printed for several regions or on two 口径 has a series for each.
 */
export const indicatorEntrySchema = z.strictObject({
  // `/en/embed/compare/` embeds compare's selection, beside `/en/embed/<indicator>/`.
  id: idSchema.refine((id) => id !== EMBED_COMPARE, {
    message: `"${EMBED_COMPARE}" is reserved: /{zh,en}/embed/${EMBED_COMPARE}/ embeds compare's selection`,
  }),
  name: nameSchema,
  sector: idSchema,
  unit: idSchema,
  measure: idSchema,
  region: idSchema.optional(),
  basis: z.array(idSchema).optional(),
  /** The change measures whose figures describe the points (yoy-change, pp-change). */
  changes: z.array(idSchema).optional(),
  /** What the indicator counts, when its name alone leaves a reader unsure. */
  description: nameSchema.optional(),
});

const fileSchema = <K extends string, T extends z.ZodType>(key: K, entry: T) =>
  z.strictObject({ $schema: z.string().optional(), [key]: z.array(entry).min(1) } as {
    $schema: z.ZodOptional<z.ZodString>;
  } & Record<K, z.ZodArray<T>>);

export const VOCABULARY_FILES = {
  sectors: fileSchema('sectors', sectorEntrySchema),
  units: fileSchema('units', unitEntrySchema),
  measures: fileSchema('measures', measureEntrySchema),
  bases: fileSchema('bases', basisEntrySchema),
  regions: fileSchema('regions', regionEntrySchema),
  indicators: fileSchema('indicators', indicatorEntrySchema),
} as const;
export type VocabularyKind = keyof typeof VOCABULARY_FILES;
export const VOCABULARY_KINDS = Object.keys(VOCABULARY_FILES) as VocabularyKind[];

export type SectorEntry = z.infer<typeof sectorEntrySchema>;
export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type MeasureEntry = z.infer<typeof measureEntrySchema>;
export type BasisEntry = z.infer<typeof basisEntrySchema>;
export type RegionEntry = z.infer<typeof regionEntrySchema>;
export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;

export type Vocabulary = {
  sectors: readonly SectorEntry[];
  units: readonly UnitEntry[];
  measures: readonly MeasureEntry[];
  bases: readonly BasisEntry[];
  regions: readonly RegionEntry[];
  indicators: readonly IndicatorEntry[];
};

/** A problem in one vocabulary file, at a JSON path such as `units[3].en.other`. */
export type VocabularyProblem = {
  kind: VocabularyKind;
  path: (string | number)[];
  message: string;
};

/** Checks across entries that JSON Schema cannot state: unique ids, words claimed by one entry. */
export function crossProblems(vocabulary: Vocabulary): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const unique = <T>(
    kind: VocabularyKind,
    entries: readonly T[],
    words: (entry: T) => readonly string[] | undefined,
    field: string,
    what: string,
  ) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      (words(entry) ?? []).forEach((word, at) => {
        const first = seen.get(word);
        if (first !== undefined && first !== index) {
          problems.push({
            kind,
            path: [kind, index, ...(field === 'id' ? ['id'] : [field, at])],
            message: `${what} ${JSON.stringify(word)} is already used by ${kind}[${first}]`,
          });
        } else seen.set(word, index);
      });
    });
  };
  for (const kind of VOCABULARY_KINDS) {
    const entries = vocabulary[kind] as readonly { id: string }[];
    unique(kind, entries, (e) => [e.id], 'id', 'id');
  }
  unique('units', vocabulary.units, (u) => u.printed, 'printed', 'printed word');
  unique('bases', vocabulary.bases, (b) => b.printed, 'printed', 'printed word');
  unique('regions', vocabulary.regions, (r) => r.places, 'places', 'place');
  problems.push(...indicatorReferenceProblems(vocabulary));
  return problems;
}

/** An indicator's sector, unit, measure, region, basis and changes must be the vocabulary's own. */
function indicatorReferenceProblems(vocabulary: Vocabulary): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const ids = (kind: Exclude<VocabularyKind, 'indicators'>) =>
    new Set((vocabulary[kind] as readonly { id: string }[]).map((e) => e.id));
  const known = {
    sectors: ids('sectors'),
    units: ids('units'),
    measures: ids('measures'),
    regions: ids('regions'),
    bases: ids('bases'),
  };
  const changeMeasures = new Set(
    vocabulary.measures.filter((m) => m.kind === 'change').map((m) => m.id),
  );
  vocabulary.indicators.forEach((indicator, index) => {
    const check = (
      field: string,
      value: string | undefined,
      kind: keyof typeof known,
      at: (string | number)[] = [field],
    ) => {
      if (value !== undefined && !known[kind].has(value)) {
        problems.push({
          kind: 'indicators',
          path: ['indicators', index, ...at],
          message: `${JSON.stringify(value)} is not an id in data/vocabulary/${kind}.json`,
        });
      }
    };
    check('sector', indicator.sector, 'sectors');
    check('unit', indicator.unit, 'units');
    check('measure', indicator.measure, 'measures');
    check('region', indicator.region, 'regions');
    indicator.basis?.forEach((b, k) => check('basis', b, 'bases', ['basis', k]));
    indicator.changes?.forEach((m, k) => {
      check('changes', m, 'measures', ['changes', k]);
      if (known.measures.has(m) && !changeMeasures.has(m)) {
        problems.push({
          kind: 'indicators',
          path: ['indicators', index, 'changes', k],
          message: `${JSON.stringify(m)} is not a change measure (its kind in data/vocabulary/measures.json is not "change")`,
        });
      }
    });
  });
  return problems;
}

/** Validates the vocabulary files' parsed JSON; returns the vocabulary or every problem found. */
export function parseVocabulary(
  files: Record<VocabularyKind, unknown>,
): { vocabulary: Vocabulary; problems: [] } | { vocabulary: null; problems: VocabularyProblem[] } {
  const problems: VocabularyProblem[] = [];
  const parsed: Partial<Record<VocabularyKind, unknown>> = {};
  for (const kind of VOCABULARY_KINDS) {
    const result = VOCABULARY_FILES[kind].safeParse(files[kind]);
    if (result.success) parsed[kind] = (result.data as Record<string, unknown>)[kind];
    else {
      for (const issue of result.error.issues) {
        problems.push({ kind, path: issue.path as (string | number)[], message: issue.message });
      }
    }
  }
  if (problems.length > 0) return { vocabulary: null, problems };
  const vocabulary = parsed as unknown as Vocabulary;
  const cross = crossProblems(vocabulary);
  return cross.length > 0 ? { vocabulary: null, problems: cross } : { vocabulary, problems: [] };
}

/** The project's own vocabulary, data/vocabulary/*.json; throws if a file is invalid. */
function projectVocabulary(): Vocabulary {
  const result = parseVocabulary({
    sectors: sectorsFile,
    units: unitsFile,
    measures: measuresFile,
    bases: basesFile,
    regions: regionsFile,
    indicators: indicatorsFile,
  });
  if (result.vocabulary === null) {
    const first = result.problems[0]!;
    throw new Error(
      `data/vocabulary/${first.kind}.json: ${first.path.join('.')}: ${first.message} (npm run check:data lists every problem)`,
    );
  }
  return result.vocabulary;
}

export const PROJECT_VOCABULARY: Vocabulary = projectVocabulary();

/** The ids of one kind, in file order, as zod's enum wants them (a non-empty tuple). */
export function idsOf(entries: readonly { id: string }[]): [string, ...string[]] {
  return entries.map((e) => e.id) as [string, ...string[]];
}
