// The built-in data, bundled at build time: the default app needs no network at all.
import plan from '../../data/plan.json?raw';
import places from '../../data/places.geojson?raw';
import corridors from '../../data/corridors.geojson?raw';
import districts from '../../data/districts.geojson?raw';
import gbaCities from '../../data/gba-cities.geojson?raw';
import outcomes from '../../data/outcomes.json?raw';
import seed from '../../seeds/plan-2019-2021.txt?raw';
import type { RawFiles } from './appData.ts';

export const EMBEDDED: RawFiles = { plan, places, corridors, districts, gbaCities, outcomes, seed };
