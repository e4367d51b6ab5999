// The app's shipped data files as the app reads them, and parsed once, for the tests that check the
// real data (the tour, the app's boundary, the Present tests' chapter numbers).
import { parseAppData, type RawFiles } from '../src/data/appData.ts';
import { readText } from '../scripts/lib/repoData.ts';

export const REAL_FILES: RawFiles = {
  plan: readText('data/plan.json'),
  places: readText('data/places.geojson'),
  corridors: readText('data/corridors.geojson'),
  districts: readText('data/districts.geojson'),
  outcomes: readText('data/outcomes.json'),
  seed: readText('seeds/plan-2019-2021.txt'),
};

/** The real data parsed (a failure throws with every message). */
export function realAppData() {
  const r = parseAppData(REAL_FILES);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}
