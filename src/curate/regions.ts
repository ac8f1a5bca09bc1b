import type { Region } from '../data/vocab.ts';
import type { Vocabulary } from '../data/vocabulary.ts';

/**
 * Places a Chinese article names, mapped to the vocabulary's regions (data/vocabulary/regions.json,
 * each with the place names articles print). Longer names win (湖北襄阳 over 湖北), and a place
 * printed as part of a body's name (全国政协) is not a place.
 */

export type PlaceMention = { start: number; end: number; name: string; region: Region | null };

/** The region of the whole country, which wins a tie between places. */
export const NATIONAL = 'china';

type Place = { name: string; region: Region; notBefore: readonly string[] };
const placesCache = new WeakMap<Vocabulary, Place[]>();

function placesOf(vocabulary: Vocabulary): Place[] {
  let places = placesCache.get(vocabulary);
  if (!places) {
    places = vocabulary.regions
      .flatMap((r) =>
        r.places.map((name) => ({ name, region: r.id, notBefore: r.notBefore ?? [] })),
      )
      .sort((a, b) => b.name.length - a.name.length);
    placesCache.set(vocabulary, places);
  }
  return places;
}

/** Every place named in `text`, in order, longest names first where they overlap. */
export function findPlaces(text: string, vocabulary: Vocabulary): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const place of placesOf(vocabulary)) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(place.name, from);
      if (start < 0) break;
      from = start + 1;
      const end = start + place.name.length;
      if (place.notBefore.some((w) => text.startsWith(w, end))) continue;
      if (!places.some((p) => start < p.end && p.start < end)) {
        places.push({ start, end, name: place.name, region: place.region });
      }
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/** Places that are the same for a figure: one region, or one unmapped place name. */
export function placeKey(place: PlaceMention): string {
  return place.region ?? `?${place.name}`;
}

/**
 * The place named most often (of equals, the country); null when none is, or when several other
 * places tie.
 */
export function mostNamed(places: readonly PlaceMention[]): PlaceMention | null {
  const counts = new Map<string, { place: PlaceMention; count: number }>();
  for (const place of places) {
    const key = placeKey(place);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { place, count: 1 });
  }
  let best: { place: PlaceMention; count: number } | null = null;
  for (const entry of counts.values()) {
    // Of places named equally often, the country: a paragraph that lists several places
    // (北京、长沙、成渝地区…，我国…) speaks of all of them.
    const nationalTie =
      best !== null && entry.count === best.count && entry.place.region === NATIONAL;
    if (!best || entry.count > best.count || nationalTie) best = entry;
  }
  if (best === null) return null;
  // Several places named equally often, none the country (东部、中部、西部…): no one of them.
  const tied = [...counts.values()].filter((e) => e.count === best.count).length;
  return tied > 1 && best.place.region !== NATIONAL ? null : best.place;
}
