// npm run build:outcomes — seeds/outcomes.json (researched actual figures and the searches that found
// none) → data/outcomes.json. Deterministic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { readSeedTable } from './lib/seedTable.ts';
import { SeedOutcomes } from './lib/outcomes/outcomeSeeds.ts';
import { linkOutcomes } from './lib/outcomes/linkOutcomes.ts';

export function main(): void {
  const out = linkOutcomes(readSeedTable('seeds/outcomes.json', SeedOutcomes));
  writeFileSync(join(ROOT, 'data/outcomes.json'), JSON.stringify(out, null, 2) + '\n');
  const notComparable = out.outcomes.filter((o) => !o.comparable).length;
  console.log(
    `build:outcomes: ${out.outcomes.length} figures (${notComparable} not comparable), ${out.searches.length} searches without one → data/outcomes.json`,
  );
}

if (isMain(import.meta.url)) main();
