// npm run build:outcomes — seeds/outcomes.json (researched actual figures and the searches that found
// none) → data/outcomes.json and data/searches.json. Deterministic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { readSeedTable } from './lib/seedTable.ts';
import { SeedOutcomes } from './lib/outcomes/outcomeSeeds.ts';
import { linkOutcomes } from './lib/outcomes/linkOutcomes.ts';
import { OUTCOME_FILES } from '../src/data/outcomeSchema.ts';

export function main(): void {
  const { outcomes, searches } = linkOutcomes(readSeedTable('seeds/outcomes.json', SeedOutcomes));
  writeFileSync(join(ROOT, OUTCOME_FILES.outcomes), JSON.stringify(outcomes, null, 2) + '\n');
  writeFileSync(join(ROOT, OUTCOME_FILES.searches), JSON.stringify(searches, null, 2) + '\n');
  const notComparable = outcomes.outcomes.filter((o) => !o.comparable).length;
  console.log(
    `build:outcomes: ${outcomes.outcomes.length} figures (${notComparable} not comparable) → ${OUTCOME_FILES.outcomes}, ${searches.searches.length} searches without one → ${OUTCOME_FILES.searches}`,
  );
}

if (isMain(import.meta.url)) main();
