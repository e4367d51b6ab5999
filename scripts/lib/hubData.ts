// The built-in data as the build ships it: the app's files (checked with the app's own schemas) and
// what the map draws, computed once here instead of on every start in the browser (label points,
// approximate circles, uncertainty zones, slim properties, rounded coordinates).
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { APP_FILES, MAP_FILES, PANEL_FILES, PLAN_EN_FILE, type PanelFileKey } from '../../src/data/dataFiles.ts';
import { checkPanelFile } from '../../src/data/panelDataCheck.ts';
import { checkTranslation } from '../../src/data/planTranslation.ts';
import { parseAppData, makeParser, collection, type RawFiles } from '../../src/data/appData.ts';
import { GbaCityProps } from '../../src/data/districtSchema.ts';
import { buildMapData, mapSourceData, slimForMap, roundCoordinates } from '../../src/geo/mapData.ts';
import { fixArtefactsDeep } from '../../src/plan/artefacts.ts';
import { readChecked } from '../../src/data/checkedByBuild.ts';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

/** The repo files each shipped file comes from. */
export const REPO_SOURCES: Record<keyof RawFiles | PanelFileKey | 'gbaCities' | 'seedEn', string> = {
  plan: 'data/plan.json',
  places: 'data/places.geojson',
  corridors: 'data/corridors.geojson',
  districts: 'data/districts.geojson',
  outcomes: 'data/outcomes.json',
  seed: 'seeds/plan-2019-2021.txt',
  placeSources: 'data/place-sources.json',
  searches: 'data/searches.json',
  gbaCities: 'data/gba-cities.geojson',
  seedEn: 'seeds/plan-2019-2021.en.txt',
};

/** ~1 m: far below the ~100 m precision of the boundaries and what any zoom of the app shows. */
const DECIMALS = 5;
/** District outlines as shipped: ~10 m, a tenth of their source's precision. */
const DISTRICT_DECIMALS = 4;

/**
 * Build every shipped data file from the repo's texts. Throws one error listing every problem
 * (file: id: field: message) when a file breaks its schema, so a bad file fails the build.
 */
export function buildShippedData(read: (repoPath: string) => string): Map<string, string> {
  const raw: RawFiles = {
    plan: read(REPO_SOURCES.plan),
    places: read(REPO_SOURCES.places),
    corridors: read(REPO_SOURCES.corridors),
    districts: read(REPO_SOURCES.districts),
    outcomes: read(REPO_SOURCES.outcomes),
    seed: read(REPO_SOURCES.seed),
  };
  const parsed = parseAppData(raw);
  const errors = parsed.ok ? [] : [...parsed.errors];
  const gba = makeParser(errors)('data/gba-cities.geojson', read(REPO_SOURCES.gbaCities), collection(GbaCityProps));
  if (!parsed.ok || !gba || errors.length > 0) throw new Error(`The built-in data does not match its schema:\n${errors.join('\n')}`);

  const { data } = parsed;
  const out = new Map<string, string>();
  // The app's own files go out minified, same content (checked again as shipped, below); the
  // district outlines rounded to 4 decimals (~10 m, for a source that is ~100 m precise: see README).
  for (const key of Object.keys(APP_FILES) as (keyof typeof APP_FILES)[]) {
    if (key === 'seed') out.set(APP_FILES[key], raw[key]);
    else if (key === 'districts') out.set(APP_FILES[key], JSON.stringify(roundCoordinates(JSON.parse(raw[key]) as FeatureCollection, DISTRICT_DECIMALS)));
    else out.set(APP_FILES[key], JSON.stringify(JSON.parse(raw[key])));
  }

  checkAsShipped(out);

  // The panel files (fetched when a panel first needs them, not at first load): checked the same way,
  // minified, and read as they are when their bytes carry the build's digest (src/data/panelData.ts).
  const panelErrors: string[] = [];
  for (const key of Object.keys(PANEL_FILES) as PanelFileKey[]) {
    const text = read(REPO_SOURCES[key]);
    try {
      if (!isDeepStrictEqual(checkPanelFile(key, text), JSON.parse(text)))
        panelErrors.push(`${PANEL_FILES[key]}: -: -: the schema check changes the file (drops or rewrites a field): add the field to the schema.`);
      out.set(PANEL_FILES[key], JSON.stringify(JSON.parse(text)));
    } catch (e) {
      panelErrors.push((e as Error).message);
    }
  }
  if (panelErrors.length > 0) throw new Error(`The built-in data does not match its schema:\n${panelErrors.join('\n')}`);

  // The plan in English, fetched only when an English reader asks (not preloaded): as aligned as check:data wants it.
  const seedEn = read(REPO_SOURCES.seedEn);
  const enProblems = checkTranslation(raw.seed, seedEn);
  if (enProblems.length > 0)
    throw new Error(
      `The plan's English translation is not aligned with the plan:\n${enProblems.map((p) => `${p.file}: ${p.id}: ${p.field}: ${p.message}`).join('\n')}`,
    );
  out.set(PLAN_EN_FILE, seedEn);

  const map = mapSourceData(
    buildMapData({
      places: data.places,
      corridors: { type: 'FeatureCollection', features: data.corridors },
      districts: data.districts,
      gbaCities: gba as unknown as FeatureCollection<Polygon | MultiPolygon>,
    }),
  );
  for (const key of Object.keys(MAP_FILES) as (keyof typeof MAP_FILES)[]) {
    if (MAP_FILES[key] === APP_FILES.districts) continue; // the map reads the app's file itself
    // What the map shows is display text: the PDF's look-alike characters corrected, as in the panel.
    out.set(MAP_FILES[key], JSON.stringify(fixArtefactsDeep(roundCoordinates(slimForMap(map[key]), DECIMALS))));
  }
  return out;
}

/** The app's files as shipped, checked again as the browser will see them (the districts were rounded). */
function checkAsShipped(out: Map<string, string>): void {
  const shipped = Object.fromEntries(Object.entries(APP_FILES).map(([k, path]) => [k, out.get(path)!])) as unknown as RawFiles;
  const checked = parseAppData(shipped);
  if (!checked.ok) throw new Error(`The built-in data as shipped does not match its schema:\n${checked.errors.join('\n')}`);
  // The browser reads a file with the recorded digest as is (src/data/checkedByBuild.ts): that must
  // give exactly what the schemas give, so a schema that drops or rewrites a field fails here.
  const asIs = readChecked(shipped);
  if (!asIs?.ok || !isDeepStrictEqual(asIs.data, checked.data)) {
    const bad = (Object.keys(checked.data) as (keyof typeof checked.data)[]).filter((k) => !asIs?.ok || !isDeepStrictEqual(asIs.data[k], checked.data[k]));
    throw new Error(
      `The built-in data: the schema check changes ${bad.join(', ')} (drops or rewrites a field), so a checked file cannot be read as is: add the field to the schema.`,
    );
  }
}

/** SHA-256 (base64) of each app and panel file as shipped, by path: the browser's proof that a file is the one checked. */
export function shippedDigests(files: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(
    [...Object.values(APP_FILES), ...Object.values(PANEL_FILES)].map((path) => [path, createHash('sha256').update(files.get(path)!, 'utf8').digest('base64')]),
  );
}

export const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
};
