// Fixtures in, fixtures out, as Turf's packages test (turf-simplify/test.ts): every
// test/fixtures/<module>/in/<case>.json goes through the module, and the result must equal
// out/<case>.json byte for byte (key order included: the builds' output is compared that way too).
// REGEN=1 writes the out files instead; read their diff before committing them.
import { describe, it, expect } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/repoData.ts';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export function fixtureTest<In>(module: string, run: (input: In, name: string) => unknown): void {
  const dir = join(ROOT, 'test', 'fixtures', module);
  const cases = readdirSync(join(dir, 'in'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  describe(`${module}: fixtures in → out`, () => {
    it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
    for (const file of cases) {
      it(file.replace(/\.json$/, ''), () => {
        const input = JSON.parse(readFileSync(join(dir, 'in', file), 'utf8')) as In;
        const got = json(run(input, file.replace(/\.json$/, '')));
        const outFile = join(dir, 'out', file);
        if (process.env.REGEN) {
          mkdirSync(join(dir, 'out'), { recursive: true });
          writeFileSync(outFile, got);
        }
        expect(got).toBe(readFileSync(outFile, 'utf8'));
      });
    }
  });
}
