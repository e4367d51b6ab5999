// Reads the repo's data files and runs every check on them. Used by `npm run check:data` and the tests.
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeSeedText, type SeedText } from '../../src/data/seedText.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import type { Problem } from '../../src/data/problem.ts';
import { validateDistricts } from '../../src/data/districtSchema.ts';
import { validatePlaces } from '../../src/data/validatePlaces.ts';
import { OUTCOME_FILES, validateOutcomes } from '../../src/data/outcomeSchema.ts';
import { PLACE_SOURCES_FILE, validatePlaceSources } from '../../src/data/validatePlaceSources.ts';
import { checkTranslation, PLAN_EN_SEED } from '../../src/data/planTranslation.ts';
import { validateInstitutions } from '../../src/data/validateInstitutions.ts';
import type { FeatureCollection } from 'geojson';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_FILE = 'seeds/plan-2019-2021.txt';
/** SHA-256 of the plan as received; line numbers in data/ refer to exactly these bytes. */
export const SEED_SHA256 = '4759f6b811c3a7e6be0d280303b6430af33e947043cf853b9a080998ec836fc2';

export function readText(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8');
}

export function loadSeed(): SeedText {
  return makeSeedText(readText(SEED_FILE));
}

/** Parse a JSON file, turning a syntax error into a problem instead of a crash. */
export function readJson(rel: string, problems: Problem[]): unknown {
  if (!existsSync(join(ROOT, rel))) {
    problems.push({ file: rel, id: '-', field: '-', message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readText(rel));
  } catch (e) {
    problems.push({ file: rel, id: '-', field: '-', message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

export async function checkRepoData(): Promise<Problem[]> {
  const problems: Problem[] = [];
  const seedBytes = readFileSync(join(ROOT, SEED_FILE));
  const sha = createHash('sha256').update(seedBytes).digest('hex');
  if (sha !== SEED_SHA256) {
    problems.push({
      file: SEED_FILE,
      id: '-',
      field: 'sha256',
      message: `expected ${SEED_SHA256}, found ${sha}: the seed must be byte-identical to the plan as received`,
    });
  }
  const seed = makeSeedText(seedBytes.toString('utf8'));

  const rawPlan = readJson('data/plan.json', problems);
  const { plan, problems: planProblems } = rawPlan === undefined ? { plan: null, problems: [] } : validatePlan(rawPlan, seed);
  problems.push(...planProblems);
  if (plan && plan.source.sha256 !== SEED_SHA256) {
    problems.push({ file: 'data/plan.json', id: 'source', field: 'sha256', message: `expected ${SEED_SHA256}` });
  }

  const districts = readJson('data/districts.geojson', problems);
  const districtProblems = districts === undefined ? [] : validateDistricts(districts, 'data/districts.geojson');
  problems.push(...districtProblems);
  const gba = readJson('data/gba-cities.geojson', problems);
  if (gba !== undefined) problems.push(...validateDistricts(gba, 'data/gba-cities.geojson'));

  const places = readJson('data/places.geojson', problems);
  const corridors = readJson('data/corridors.geojson', problems);
  // Geometry checks need a sound plan and sound districts to check against.
  if (plan && districts !== undefined && districtProblems.length === 0 && places !== undefined && corridors !== undefined) {
    problems.push(...validatePlaces(places, corridors, districts as FeatureCollection, plan, seed));
  }
  // Each place's sources and notes, in a file of their own (read only by a panel): one entry per place.
  const placeSources = readJson(PLACE_SOURCES_FILE, problems);
  if (placeSources !== undefined && places !== undefined) problems.push(...validatePlaceSources(placeSources, places));
  const institutions = readJson('data/institutions.geojson', problems);
  if (plan && districts !== undefined && districtProblems.length === 0 && institutions !== undefined) {
    problems.push(...validateInstitutions(institutions, districts as FeatureCollection, plan));
  }
  const outcomes = readJson(OUTCOME_FILES.outcomes, problems);
  const searches = readJson(OUTCOME_FILES.searches, problems);
  if (plan && outcomes !== undefined && searches !== undefined) problems.push(...validateOutcomes(outcomes, searches, plan));
  // The English translation, aligned with the seed line by line.
  if (!existsSync(join(ROOT, PLAN_EN_SEED))) problems.push({ file: PLAN_EN_SEED, id: '-', field: '-', message: 'file is missing' });
  else problems.push(...checkTranslation(seedBytes.toString('utf8'), readText(PLAN_EN_SEED)));
  return problems;
}
