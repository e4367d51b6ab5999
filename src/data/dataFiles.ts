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

/**
 * The plan's English translation (unofficial, aligned line by line with the seed): shipped beside the
 * app's files but neither preloaded nor fetched at start; the English reader and passages ask for it.
 */
export const PLAN_EN_FILE = 'data/plan-2019-2021.en.txt';

/**
 * Files only a panel reads (a place's sources and notes; the searches that found no figure): shipped
 * beside the app's files, checked and digested by the build the same way, but neither preloaded nor
 * fetched at start — a place's panel, a target's table, the brief or the places export asks for them
 * when first shown (src/data/panelData.ts). Kept out of the first load's data (docs/performance.md).
 */
export const PANEL_FILES = {
  placeSources: 'data/place-sources.json',
  searches: 'data/searches.json',
} as const;
export type PanelFileKey = keyof typeof PANEL_FILES;

/** What the map draws, computed at build time from the files above (label points, circles, zones). */
export const MAP_FILES = {
  context: 'data/map/context.geojson',
  districts: 'data/districts.geojson',
  places: 'data/map/places.geojson',
  corridors: 'data/map/corridors.geojson',
} as const;
export type MapFileKey = keyof typeof MAP_FILES;
