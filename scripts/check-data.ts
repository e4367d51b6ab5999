// npm run check:data — validates every file in data/ and fails naming file, id, field and what was expected.
import { checkRepoData } from './lib/repoData.ts';
import { formatProblem } from '../src/data/problem.ts';

import { isMain } from './lib/isMain.ts';

/** Prints every problem; the exit code: 1 when there is any. */
export async function main(): Promise<number> {
  const problems = await checkRepoData();
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\ncheck:data: ${problems.length} problem(s)`);
    return 1;
  }
  console.log('check:data: all data files valid and traced to the plan');
  return 0;
}

if (isMain(import.meta.url)) process.exit(await main());
