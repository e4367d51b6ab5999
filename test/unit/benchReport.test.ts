// npm run bench's report (scripts/lib/bench/): loads and sizes in, the printed lines out.
import { describe, it, expect } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { fixtureTest } from './fixtures.ts';
import { budgetLines, budgetText, loadLines, missed, row, sizeLines, type Load, type Runs, type Sizes } from '../../scripts/lib/bench/benchReport.ts';
import { selectablePlaces } from '../../scripts/lib/bench/selectablePlaces.ts';

interface In {
  loads: Runs;
  sizes: Sizes;
  parts: Parameters<typeof sizeLines>[1];
  glyphFiles: string[];
  data: Parameters<typeof sizeLines>[3];
}
// JSON has no NaN: a selection whose panel never showed is written null in the fixture.
const nan = (xs: Array<number | null>) => xs.map((x) => x ?? Number.NaN);
const revive = (loads: readonly Load[]) => loads.map((l) => ({ ...l, clickMs: nan(l.clickMs), hashMs: nan(l.hashMs) }));
fixtureTest<In>('benchReport', (i) => {
  const loads = { app: revive(i.loads.app), bare: revive(i.loads.bare), glyphs: revive(i.loads.glyphs) };
  return {
    lines: [...loadLines(loads), ...sizeLines(i.sizes, i.parts, i.glyphFiles, i.data)],
    budgets: budgetLines(loads, i.sizes).map(budgetText),
    missed: missed(loads.app),
  };
});

describe('the bench report', () => {
  it('prints a row of medians with their spread, and the ratio to the bare page', () => {
    expect(row('navigation → map-load', [3, 1, 2], [2, 2])).toBe(
      `  ${'navigation → map-load'.padEnd(30)} ${'2 ms'.padStart(9)} ${'(1–3)'.padEnd(14)} ${'2 ms'.padStart(9)} ${'(2–2)'.padEnd(14)} ${'1.00×'.padStart(7)}`,
    );
    expect(row('nothing measured', [], null)).toBe(`  ${'nothing measured'.padEnd(30)} ${'—'.padStart(9)} ${'()'.padEnd(14)}`);
  });
  it('prints a budget that was not measured as — and OVER', () => {
    expect(budgetText({ name: 'selection', value: Number.NaN, limit: 50, unit: 'ms', verdict: 'OVER' })).toBe(
      `    ${'selection'.padEnd(50)} ${'—'.padStart(9)}  ≤ ${'50 ms'.padEnd(7)} OVER`,
    );
  });
});

describe('the places the bench selects', () => {
  it('have a site and a name of their own, as the panel shows it', () => {
    const f = (id: string, name_zh: string, geometry: GeoJSON.Geometry | null) => ({ type: 'Feature' as const, geometry, properties: { id, name_zh } });
    const fc = {
      type: 'FeatureCollection',
      features: [
        f('a', '大科学装臵', { type: 'Point', coordinates: [113, 23] }),
        f('b', '大科学装置', { type: 'Point', coordinates: [113.1, 23] }),
        f('c', '某区', null),
        f('d', '某城', {
          type: 'Polygon',
          coordinates: [
            [
              [113, 23],
              [113.1, 23],
              [113.1, 23.1],
              [113, 23],
            ],
          ],
        }),
        f('e', '某园', { type: 'Point', coordinates: [113.2, 23] }),
      ],
    } as FeatureCollection;
    expect(selectablePlaces(fc)).toEqual([
      { id: 'a', name: '大科学装置' },
      { id: 'e', name: '某园' },
    ]);
  });
});
