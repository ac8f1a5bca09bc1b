import basesFile from '../../data/vocabulary/bases.json' with { type: 'json' };
import measuresFile from '../../data/vocabulary/measures.json' with { type: 'json' };
import sectorsFile from '../../data/vocabulary/sectors.json' with { type: 'json' };

/**
 * What the views need of the vocabulary at run time: the sectors in their order and how each
 * measure is printed. The full vocabulary (units, regions, names in both languages) is validated
 * in vocabulary.ts and reaches the views as strings, so the browser bundle ships only these ids.
 * Ids are plain strings: the set is data (data/vocabulary/*.json), checked when data is loaded.
 */

/** Sector ids in display order. They appear in URLs (`?sector=cement`). */
export const SECTORS: readonly string[] = sectorsFile.sectors.map((s) => s.id);
export type Sector = string;
export type Unit = string;
export type Region = string;
export type Basis = string;
export type Measure = string;

/** Measures whose values are changes, printed with an explicit sign (+1.3%, −2.4%, +0.9 pp). */
export const CHANGE_MEASURES: ReadonlySet<string> = new Set(
  measuresFile.measures.filter((m) => m.kind === 'change').map((m) => m.id),
);

/** 口径 that qualify a change and are printed beside it: +1.3%（同口径）. */
export const CALIBERS: ReadonlySet<string> = new Set(
  basesFile.bases.filter((b) => 'caliber' in b && b.caliber).map((b) => b.id),
);

/** 约 about, 近/接近 nearly, 超过 over, 余/多 more than; `exact` when the article prints a bare number. */
export const QUALIFIERS = ['exact', 'about', 'nearly', 'over', 'more-than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const EVENT_KINDS = ['policy', 'market'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
