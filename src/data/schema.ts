import { z } from 'zod';
import { EVENT_KINDS, QUALIFIERS } from './vocab.ts';
import { idsOf, PROJECT_VOCABULARY, type Vocabulary, type VocabularyKind } from './vocabulary.ts';

export * from './vocab.ts';

const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A calendar point at year, month or day precision: `2022`, `2023-07`, `2023-08-20`. */
export const dateSchema = z
  .string()
  .refine((s) => YEAR.test(s) || YEAR_MONTH.test(s) || DAY.test(s), {
    message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  });
const yearMonthSchema = z.string().regex(YEAR_MONTH, 'expected a month as YYYY-MM');

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
export const figureIdSchema = z
  .string()
  .regex(ID, 'expected a dotted kebab-case id such as cement.output-h1');

export const localizedSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

/**
 * The period a figure covers. `asOf` with a bare year means the end of that year (截至2022年底);
 * `toDate` is 截至目前, dated by the month of the article's latest data.
 */
export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({
    kind: z.literal('half'),
    year: z.number().int(),
    half: z.union([z.literal(1), z.literal(2)]),
  }),
  z.object({ kind: z.literal('months'), from: yearMonthSchema, to: yearMonthSchema }),
  z.object({ kind: z.literal('month'), date: yearMonthSchema }),
  z.object({ kind: z.literal('asOf'), date: dateSchema }),
  z.object({ kind: z.literal('since'), date: dateSchema }),
  z.object({ kind: z.literal('toDate'), date: yearMonthSchema }),
]);
export type Period = z.infer<typeof periodSchema>;

export const rangeSchema = z.object({ min: z.number(), max: z.number() });
export type Range = z.infer<typeof rangeSchema>;

/** Where a printed figure comes from: the shortest verbatim clause of its article containing it. */
export const sourceSchema = z.object({
  article: z.string().min(1),
  quote: z.string().min(1),
  /** An English gist of the quoted clause, curated by hand; shown marked as a translation. */
  gistEn: z.string().min(1),
});
export type Source = z.infer<typeof sourceSchema>;

/** A value computed from printed figures: `formula` uses figure ids as variables, e.g. `a / (1 + b / 100)`. */
export const derivationSchema = z.object({
  formula: z.string().min(1),
  inputs: z.array(figureIdSchema).min(1),
});
export type Derivation = z.infer<typeof derivationSchema>;

export const DATASET_VERSION = 1;

/** Lists shorter than this are printed in full in a message; longer ones are pointed at. */
const LIST_IN_MESSAGE = 12;

/** One of a vocabulary file's ids, with a message that says where the ids are defined. */
function vocabularyEnum(vocabulary: Vocabulary, kind: VocabularyKind, what: string) {
  const ids = idsOf(vocabulary[kind]);
  const choices =
    ids.length <= LIST_IN_MESSAGE
      ? `one of ${ids.join(', ')}`
      : `an id from data/vocabulary/${kind}.json`;
  return z.enum(ids, {
    error: (issue) =>
      `expected ${choices} but got ${JSON.stringify(issue.input)}; a new ${what} is added to data/vocabulary/${kind}.json`,
  });
}

/**
 * The schemas of data files and sidecars, with the vocabulary's ids as the allowed sectors,
 * units, measures, bases and regions. check:data builds them from the vocabulary on disk; the
 * exports below are the project's own.
 */
export function dataSchemas(vocabulary: Vocabulary) {
  const sector = vocabularyEnum(vocabulary, 'sectors', 'sector');
  const unit = vocabularyEnum(vocabulary, 'units', 'unit');
  const measure = vocabularyEnum(vocabulary, 'measures', 'measure');
  const basis = vocabularyEnum(vocabulary, 'bases', 'basis');
  const region = vocabularyEnum(vocabulary, 'regions', 'region');
  const indicator = vocabularyEnum(vocabulary, 'indicators', 'indicator');
  const figureSchema = z
    .object({
      id: figureIdSchema,
      /** The indicator whose series this figure is a point of, or whose point it describes. */
      indicator,
      sector,
      name: localizedSchema,
      measure,
      value: z.union([z.number(), rangeSchema]),
      unit,
      qualifier: z.enum(QUALIFIERS),
      period: periodSchema,
      basis: z.array(basis).optional(),
      region,
      /** For a year-on-year change: the level it is the change of, when the article prints one. */
      changeOf: figureIdSchema.optional(),
      /** For a rate: the figure it is measured against (a deployment bar, a target). */
      reference: figureIdSchema.optional(),
      note: localizedSchema.optional(),
      /**
       * Figures of other articles that give this figure's indicator, period, region and basis a
       * different value: the curator has read both, and `note` says why they differ.
       */
      conflictsWith: z.array(figureIdSchema).min(1).optional(),
      asPrinted: z.string().min(1).optional(),
      source: sourceSchema.optional(),
      derived: derivationSchema.optional(),
    })
    .superRefine((f, ctx) => {
      if (f.conflictsWith && !f.note) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'a figure that conflictsWith others needs a note saying why their values differ',
        });
      }
      if (f.derived) {
        if (f.asPrinted !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['asPrinted'],
            message: 'a derived figure is not printed: remove asPrinted',
          });
        }
        if (f.source !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['source'],
            message: 'a derived figure has no quote: remove source, cite its inputs',
          });
        }
      } else {
        if (f.asPrinted === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['asPrinted'],
            message: 'a printed figure needs asPrinted (or mark it derived)',
          });
        }
        if (f.source === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['source'],
            message: 'a printed figure needs source { article, quote, gistEn }',
          });
        }
      }
    });

  /** A dated milestone: a policy launch or deadline, a turn in a market. */
  const eventSchema = z.object({
    id: figureIdSchema,
    sector,
    kind: z.enum(EVENT_KINDS),
    date: dateSchema,
    /** `end` marks 底 (end of the month), `from` marks 以来/起 (since). */
    datePrecision: z.enum(['exact', 'end', 'from']).optional(),
    name: localizedSchema,
    asPrinted: z.string().min(1),
    source: sourceSchema,
  });

  const publicationSchema = z.object({
    date: dateSchema.nullable(),
    outlet: z.string().nullable(),
    /** What is known and how: e.g. inferred from the latest data the article reports. */
    note: localizedSchema,
  });

  /** Metadata of one source article (`seeds/<id>.json`, beside `seeds/<id>.txt`). */
  const articleSchema = z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case article id'),
    title: localizedSchema,
    sector,
    publication: publicationSchema,
  });

  /** One data file: the figures and milestones of one article. */
  const datasetSchema = z.object({
    $schema: z.string().optional(),
    version: z.literal(DATASET_VERSION),
    article: z.string().min(1),
    /** Set by `npm run curate` on machine drafts; `check:data` refuses a file until a person removes it. */
    draft: z.boolean().optional(),
    /** Units a draft's figures need that the vocabulary lacks; check:data refuses them here. */
    proposedUnits: z.array(z.unknown()).optional(),
    /** Indicators a draft's figures name that the vocabulary lacks; check:data refuses them here. */
    proposedIndicators: z.array(z.unknown()).optional(),
    figures: z.array(figureSchema),
    events: z.array(eventSchema).default([]),
  });
  return { figureSchema, eventSchema, articleSchema, datasetSchema };
}

export const { figureSchema, eventSchema, articleSchema, datasetSchema } =
  dataSchemas(PROJECT_VOCABULARY);
export type Figure = z.infer<typeof figureSchema>;
export type DashboardEvent = z.infer<typeof eventSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DataSchemas = ReturnType<typeof dataSchemas>;
