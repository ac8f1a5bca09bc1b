/**
 * The closed vocabularies of the data (sectors, units, qualifiers…). Kept apart from the zod
 * schema so the browser bundle can use them without shipping the validator.
 */
/** Sectors the dashboard groups figures by. Sector ids appear in URLs (`?sector=cement`). */
export const SECTORS = ['housing', 'ai-security', 'cement', 'power'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Base units. Values are stored in these, never in multiples of 万 or 亿: display units are the UI's job.
 * Counted nouns are units of their own so each language can say what is counted (套 / homes).
 */
export const UNITS = [
  'yuan',
  'tonne',
  'percent',
  'yuan-per-tonne',
  'kva',
  'dwelling',
  'customer',
  'enterprise',
  'model',
  'service',
  'record',
  'measure',
  'policy',
  'department',
  'park',
  'batch',
  'day',
  'year',
] as const;
export type Unit = (typeof UNITS)[number];

/** 约 about, 近/接近 nearly, 超过 over, 余/多 more than; `exact` when the article prints a bare number. */
export const QUALIFIERS = ['exact', 'about', 'nearly', 'over', 'more-than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** 口径 and scope notes the articles attach to a figure. */
export const BASES = ['same-caliber', 'full-caliber', 'above-scale', 'cumulative'] as const;
export type Basis = (typeof BASES)[number];

export const REGIONS = [
  'china',
  'guangxi',
  'henan',
  'hubei-xiangyang',
  'guizhou-guiyang-anshun-bijie',
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * What a figure measures, which decides how it is charted:
 * a level (amount or count), a rate against 100%, a year-on-year change, or a price adjustment.
 */
export const MEASURES = ['level', 'rate', 'yoy-change', 'adjustment'] as const;
export type Measure = (typeof MEASURES)[number];

export const EVENT_KINDS = ['policy', 'market'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
