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

const square = (name_zh: string, x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Feature' as const,
  properties: { name_zh },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});
/** A tiny world for the place and institution checks: 天河区 and 黄埔区 as two squares side by side. */
export const TWO_DISTRICTS: import('geojson').FeatureCollection = {
  type: 'FeatureCollection',
  features: [square('天河区', 113.2, 23.0, 113.4, 23.2), square('黄埔区', 113.4, 23.0, 113.6, 23.2)],
};
