// npm run build:places — builds data/places.geojson, data/place-sources.json (each place's sources and
// notes, read only by a panel: kept out of the first load) and data/corridors.geojson from
// seeds/gazetteer.json (kept as received), the editorial tables beside it (seeds/places-*.json,
// seeds/corridor-routes.json), the plan's text (seeds/plan-2019-2021.txt) and the task line ranges of
// data/plan.json, then writes each task's `places` back into data/plan.json. Deterministic.
// The steps are in scripts/lib/places/.
//
// Env: PLAN_FILE=<path>  read (and write) this plan file instead of data/plan.json
//      NO_PLAN_WRITE=1   do not write the plan file back (places/corridors are still written)
//      OUT_DIR=<dir>     write places/place-sources/corridors here instead of data/
//      NOTES_ZH_FILE=<path> read the Chinese notes from here instead of seeds/notes-zh.json
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, isAbsolute } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { Plan } from '../src/data/planSchema.ts';
import { makeSeedText } from '../src/data/seedText.ts';
import { validatePlaces } from '../src/data/validatePlaces.ts';
import { validatePlaceSources } from '../src/data/validatePlaceSources.ts';
import { formatProblem } from '../src/data/problem.ts';
import { ROOT, SEED_FILE } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { parseSeedTable, readSeedTable } from './lib/seedTable.ts';
import { CorridorRoutes, Gazetteer, NotesZh, PlaceAreas, PlaceCorrections, PlaceGroups, PlaceSites, PlaceTerms, PlacesAdded } from './lib/places/placeSeeds.ts';
import { checkRecords } from './lib/places/checkRecords.ts';
import { linkRecords } from './lib/places/linkRecords.ts';
import { placeFeature, type PlaceTables } from './lib/places/placeFeature.ts';
import { corridorRoutes } from './lib/places/corridorRoutes.ts';
import { corridorFeatures } from './lib/places/corridorFeatures.ts';
import { corridorsProvenance, placesProvenance } from './lib/places/placesProvenance.ts';
import { planWithPlaces } from './lib/places/planWithPlaces.ts';
import { PLACE_SOURCES_PROVENANCE, splitPlaceSources } from './lib/places/splitPlaceSources.ts';

const GAZETTEER = 'seeds/gazetteer.json';
const DISTRICTS = 'data/districts.geojson';
const abs = (p: string) => (isAbsolute(p) ? p : join(ROOT, p));
const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** The editorial tables, each checked as it is read, and the records they may name. */
function readTables() {
  const tables: PlaceTables = {
    terms: readSeedTable('seeds/places-terms.json', PlaceTerms),
    groups: readSeedTable('seeds/places-groups.json', PlaceGroups),
    areas: readSeedTable('seeds/places-areas.json', PlaceAreas),
    corrections: readSeedTable('seeds/places-corrections.json', PlaceCorrections),
    sites: readSeedTable('seeds/places-sites.json', PlaceSites),
  };
  const routes = readSeedTable('seeds/corridor-routes.json', CorridorRoutes);
  const named = [
    { file: 'seeds/places-terms.json', entry: 'places', ids: Object.keys(tables.terms.places) },
    { file: 'seeds/places-groups.json', entry: 'three_cities_one_zone', ids: tables.groups.three_cities_one_zone },
    { file: 'seeds/places-groups.json', entry: 'corridor_cores', ids: Object.keys(tables.groups.corridor_cores) },
    { file: 'seeds/places-areas.json', entry: 'areas', ids: Object.keys(tables.areas.areas) },
    { file: 'seeds/places-areas.json', entry: 'kept_as_points', ids: Object.keys(tables.areas.kept_as_points) },
    { file: 'seeds/places-corrections.json', entry: 'points', ids: Object.keys(tables.corrections.points) },
    { file: 'seeds/places-corrections.json', entry: 'name_en', ids: Object.keys(tables.corrections.name_en) },
    { file: 'seeds/places-sites.json', entry: 'places', ids: Object.keys(tables.sites.places) },
    { file: 'seeds/places-sites.json', entry: 'campuses', ids: Object.keys(tables.sites.campuses) },
    { file: 'seeds/places-sites.json', entry: 'district_rules', ids: Object.keys(tables.sites.district_rules) },
    { file: 'seeds/corridor-routes.json', entry: 'gz_section.off_belt', ids: routes.gz_section.off_belt },
    { file: 'seeds/corridor-routes.json', entry: 'routes', ids: Object.values(routes.routes).flatMap((r) => r.segments.flat()) },
  ];
  return { tables, routes, named, added: readSeedTable('seeds/places-added.json', PlacesAdded).records };
}

export function main(env: NodeJS.ProcessEnv = process.env): number {
  /** Our Chinese versions of the gazetteer's English texts (the gazetteer itself stays as received). */
  const notesFile = env.NOTES_ZH_FILE || 'seeds/notes-zh.json';
  const planFile = env.PLAN_FILE || 'data/plan.json';
  const noPlanWrite = !!env.NO_PLAN_WRITE;
  const outDir = env.OUT_DIR || 'data';

  const gazBytes = readFileSync(abs(GAZETTEER));
  const notesBytes = readFileSync(abs(notesFile));
  const seedBytes = readFileSync(abs(SEED_FILE));
  const gazetteer = parseSeedTable(GAZETTEER, gazBytes.toString('utf8'), Gazetteer);
  const notesZh = parseSeedTable(notesFile, notesBytes.toString('utf8'), NotesZh);
  const seed = makeSeedText(seedBytes.toString('utf8'));
  const planMtime = statSync(abs(planFile)).mtimeMs;
  const rawPlan = JSON.parse(readFileSync(abs(planFile), 'utf8')) as unknown;
  const plan = Plan.parse(rawPlan);
  if (!existsSync(abs(DISTRICTS))) throw new Error(`${DISTRICTS} is missing: it is needed to check where approximate areas spill`);
  const districts = JSON.parse(readFileSync(abs(DISTRICTS), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const { tables, routes, named, added } = readTables();

  const records = [...gazetteer, ...added];
  checkRecords(records, named);
  const { links, taskPlaces, exclusions } = linkRecords(records, tables.terms, plan, seed);
  const context = {
    tables,
    seed,
    links,
    exclusions,
    districts,
    titles: { zh: notesZh.source_title, file: notesFile },
    notesZh: { zh: notesZh.location_note, file: notesFile },
  };
  const built = records.map((r) => placeFeature(r, context));
  const attachOf = (id: string) => {
    const a = built.find((b) => b.feature.id === id)?.attach;
    if (!a) throw new Error(`corridor end ${id} has no geometry`);
    return a;
  };
  const corridors = corridorFeatures(corridorRoutes(routes, built), plan, seed, attachOf);

  const split = splitPlaceSources(built.map((b) => b.feature));
  const placesOut = {
    type: 'FeatureCollection',
    provenance: placesProvenance({
      gazetteer: { file: GAZETTEER, sha256: sha256(gazBytes), records: gazetteer.length },
      notesZh: { file: notesFile, sha256: sha256(notesBytes) },
      seed: { file: SEED_FILE, sha256: sha256(seedBytes) },
      districtsFile: DISTRICTS,
      added: added.map((r) => r.id),
      areas: Object.keys(tables.areas.areas),
      groupNotes: tables.groups.notes,
      kinds: built.map((b) => b.feature.properties.kind),
    }),
    features: split.features,
  };
  const sourcesOut = { provenance: PLACE_SOURCES_PROVENANCE, places: split.sources };
  const corridorsOut = { type: 'FeatureCollection', provenance: corridorsProvenance(), features: corridors };
  const withPlaces = planWithPlaces(rawPlan, taskPlaces);

  const problems = [...validatePlaces(placesOut, corridorsOut, districts, Plan.parse(withPlaces), seed), ...validatePlaceSources(sourcesOut, placesOut)];
  writeFileSync(abs(join(outDir, 'places.geojson')), json(placesOut));
  writeFileSync(abs(join(outDir, 'place-sources.json')), json(sourcesOut));
  writeFileSync(abs(join(outDir, 'corridors.geojson')), json(corridorsOut));
  if (!noPlanWrite) {
    // read-modify-write: refuse if someone else changed the plan file meanwhile
    if (statSync(abs(planFile)).mtimeMs !== planMtime) throw new Error(`${planFile} changed while building; not written — run again`);
    writeFileSync(abs(planFile), json(withPlaces));
  }
  console.log(
    `build:places: ${built.length} places (${built.filter((b) => !b.feature.geometry).length} without geometry, ` +
      `${built.filter((b) => b.feature.geometry?.type === 'Polygon').length} approximate areas), ${corridors.length} corridor segments → ${outDir}/; ` +
      (noPlanWrite ? `${planFile} not written (NO_PLAN_WRITE)` : `task places written to ${planFile}`),
  );
  if (problems.length === 0) return 0;
  for (const p of problems) console.error(formatProblem(p));
  console.error(`build:places: ${problems.length} problem(s)`);
  return 1;
}

if (isMain(import.meta.url)) process.exit(main());
