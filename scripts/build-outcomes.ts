// npm run build:outcomes — seeds/outcomes.json (researched actual figures) → data/outcomes.json,
// each linked to the plan target it answers (seeds/outcomes-targets.json). Deterministic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readText } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { readSeedTable } from './lib/seedTable.ts';
import { OutcomeTargets, SeedOutcomes } from './lib/outcomes/outcomeSeeds.ts';
import { linkOutcomes, targetUnits } from './lib/outcomes/linkOutcomes.ts';

export function main(): void {
  const seeds = readSeedTable('seeds/outcomes.json', SeedOutcomes);
  const { targets } = readSeedTable('seeds/outcomes-targets.json', OutcomeTargets);
  const out = linkOutcomes(seeds, targets, targetUnits(JSON.parse(readText('data/plan.json'))));
  writeFileSync(join(ROOT, 'data/outcomes.json'), JSON.stringify(out, null, 2) + '\n');
  const notComparable = out.outcomes.filter((o) => !o.comparable).length;
  console.log(`build:outcomes: ${out.outcomes.length} figures → data/outcomes.json (${notComparable} not comparable)`);
}

if (isMain(import.meta.url)) main();
