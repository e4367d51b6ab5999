// The tour's chapter numbers, from the data (src/plan/tour.ts), so the Present tests follow the tour
// instead of hard-coding its length: how many chapters, where the close is, where the results begin.
import { parseAppData } from '../../src/data/appData.ts';
import { buildTour } from '../../src/plan/tour.ts';
import { readText } from '../../scripts/lib/repoData.ts';

const r = parseAppData({
  plan: readText('data/plan.json'),
  places: readText('data/places.geojson'),
  corridors: readText('data/corridors.geojson'),
  districts: readText('data/districts.geojson'),
  outcomes: readText('data/outcomes.json'),
  seed: readText('seeds/plan-2019-2021.txt'),
});
if (!r.ok) throw new Error(r.errors.join('\n'));

export const TOUR = buildTour({ ...r.data, seedLines: r.data.seedLines });
/** How many chapters Present has. */
export const TOTAL = TOUR.length;
/** The close (the last overview), 1-based. */
export const CLOSING = TOUR.findIndex((c) => c.id === 'closing') + 1;
/** A results chapter's number (1-based) for an action id. */
export const resultChapter = (action: string): number => TOUR.findIndex((c) => c.id === `result:${action}`) + 1;
