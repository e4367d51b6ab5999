// data/place-sources.json against its schema and against data/places.geojson: one entry per place
// (none missing, none left over, none twice), every source title in both languages with no English
// prose in its Chinese version. What validatePlaces checked of `properties.sources` before the
// sources moved to their own file (docs/performance.md: kept out of the first load).
import type { Problem } from './problem.ts';
import { zodProblems } from './problem.ts';
import { PlaceSourcesFile } from './placeSchema.ts';
import { bilingualIssues } from './validateLanguage.ts';

export const PLACE_SOURCES_FILE = 'data/place-sources.json';
const PLACES = 'data/places.geojson';

/** The place ids of a places file, in order (whatever else is wrong with it: validatePlaces says). */
function placeIds(places: unknown): string[] {
  const features = (places as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  return features.flatMap((f) => (f && typeof f === 'object' && typeof (f as { id?: unknown }).id === 'string' ? [(f as { id: string }).id] : []));
}

export function validatePlaceSources(raw: unknown, places: unknown, file = PLACE_SOURCES_FILE): Problem[] {
  const r = PlaceSourcesFile.safeParse(raw);
  if (!r.success) return zodProblems(file, r.error.issues, raw);
  const problems: Problem[] = [];
  const add = (id: string, field: string, message: string) => problems.push({ file, id, field, message });
  const ids = new Set(placeIds(places));
  const seen = new Set<string>();
  for (const entry of r.data.places) {
    if (seen.has(entry.id)) add(entry.id, 'id', `expected one entry per place; "${entry.id}" is listed more than once`);
    seen.add(entry.id);
    if (!ids.has(entry.id)) add(entry.id, 'id', `expected a place id of ${PLACES}; "${entry.id}" does not exist`);
    entry.sources.forEach((s, i) => {
      for (const l of bilingualIssues(`sources.${i}.title`, s.title)) add(entry.id, l.field, l.message);
    });
  }
  for (const id of ids) if (!seen.has(id)) add(id, 'sources', `expected the sources of place "${id}" (${PLACES}): it has no entry`);
  return problems;
}
