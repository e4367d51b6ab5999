// npm run build:institutions — builds data/institutions.geojson from seeds/institutions.json and
// checks it (schema, RFC 7946, targets in data/plan.json, points inside their districts).
// Env: OUT_DIR=<dir> write there instead of data/. The step is scripts/lib/institutions/.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, isAbsolute } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { Plan } from '../src/data/planSchema.ts';
import { validateInstitutions } from '../src/data/validateInstitutions.ts';
import { formatProblem } from '../src/data/problem.ts';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { parseSeedTable } from './lib/seedTable.ts';
import { buildInstitutions, InstitutionSeed, INSTITUTIONS_SEED } from './lib/institutions/buildInstitutions.ts';

const abs = (p: string) => (isAbsolute(p) ? p : join(ROOT, p));

export function main(env: NodeJS.ProcessEnv = process.env): number {
  const outDir = env.OUT_DIR || 'data';
  const bytes = readFileSync(abs(INSTITUTIONS_SEED));
  const seed = parseSeedTable(INSTITUTIONS_SEED, bytes.toString('utf8'), InstitutionSeed);
  const out = buildInstitutions(seed, { seed: INSTITUTIONS_SEED, sha256: createHash('sha256').update(bytes).digest('hex') });
  const plan = Plan.parse(JSON.parse(readFileSync(abs('data/plan.json'), 'utf8')));
  const districts = JSON.parse(readFileSync(abs('data/districts.geojson'), 'utf8')) as FeatureCollection;
  const problems = validateInstitutions(out, districts, plan);
  writeFileSync(abs(join(outDir, 'institutions.geojson')), `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `build:institutions: ${out.features.length} institutions (${out.provenance.sited} with a site), ${out.totals.length} total(s) → ${outDir}/institutions.geojson`,
  );
  if (problems.length === 0) return 0;
  for (const p of problems) console.error(formatProblem(p));
  console.error(`build:institutions: ${problems.length} problem(s)`);
  return 1;
}

if (isMain(import.meta.url)) process.exit(main());
