// Where the built-in data lives in the build: static files beside the code, same origin, fetched at
// start (never inlined into the JS). The Vite plugin (scripts/lib/hubDataPlugin.ts) writes exactly
// these paths; the loader fetches them. Paths are relative to the page.
export const APP_FILES = {
  plan: 'data/plan.json',
  places: 'data/places.geojson',
  corridors: 'data/corridors.geojson',
  districts: 'data/districts.geojson',
  outcomes: 'data/outcomes.json',
  seed: 'data/plan-2019-2021.txt',
} as const;
export type AppFileKey = keyof typeof APP_FILES;

/** What the map draws, computed at build time from the files above (label points, circles, zones). */
export const MAP_FILES = {
  gbaCities: 'data/map/gba-cities.geojson',
  districts: 'data/districts.geojson',
  districtLabels: 'data/map/district-labels.geojson',
  gbaLabels: 'data/map/gba-labels.geojson',
  points: 'data/map/points.geojson',
  areas: 'data/map/areas.geojson',
  areaLabels: 'data/map/area-labels.geojson',
  zones: 'data/map/zones.geojson',
  corridors: 'data/map/corridors.geojson',
} as const;
export type MapFileKey = keyof typeof MAP_FILES;
