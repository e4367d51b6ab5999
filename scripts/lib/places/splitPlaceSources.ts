// The places as build:places writes them: data/places.geojson without what only a panel reads, and
// data/place-sources.json with it (each place's sources and notes, one entry per place, same order).
// The first is read at first load, the second when a panel, a brief or an export first needs it.
// Pure: build:places calls it and writes both.
import type { PlaceProps, PlaceSources } from '../../../src/data/placeSchema.ts';
import type { BuiltPlace, PlaceRecord } from './placeFeature.ts';

export const PLACE_SOURCES_PROVENANCE =
  'The sources and notes of each place of data/places.geojson (same ids, same order), kept apart because only a place’s panel, its brief and the places export read them: ' +
  'the app fetches this file when one of them first needs it, not at first load. Built by scripts/build-places.ts with data/places.geojson.';

export function splitPlaceSources(features: readonly BuiltPlace['feature'][]): {
  features: Array<Omit<BuiltPlace['feature'], 'properties'> & { properties: PlaceProps }>;
  sources: PlaceSources[];
} {
  const split = features.map((f) => {
    const { sources, notes, ...properties }: PlaceRecord = f.properties;
    return { feature: { ...f, properties }, entry: { id: f.properties.id, sources, ...(notes ? { notes } : {}) } };
  });
  return { features: split.map((s) => s.feature), sources: split.map((s) => s.entry) };
}
