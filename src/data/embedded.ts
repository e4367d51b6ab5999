// The built-in data inlined into the JS: only for the single-file kiosk build (dataSource.inline.ts).
// The web build ships these files beside the code instead (scripts/lib/hubDataPlugin.ts).
import plan from '../../data/plan.json?raw';
import places from '../../data/places.geojson?raw';
import corridors from '../../data/corridors.geojson?raw';
import districts from '../../data/districts.geojson?raw';
import gbaCities from '../../data/gba-cities.geojson?raw';
import outcomes from '../../data/outcomes.json?raw';
import seed from '../../seeds/plan-2019-2021.txt?raw';
import type { RawFiles } from './appData.ts';

export const EMBEDDED: RawFiles = { plan, places, corridors, districts, outcomes, seed };
export const EMBEDDED_GBA: string = gbaCities;
