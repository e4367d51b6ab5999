// build:districts' steps (scripts/lib/districts/), on file fixtures and small cases.
import { describe, it, expect } from 'vitest';
import type { Position } from 'geojson';
import { fixtureTest } from './fixtures.ts';
import { decodeEcharts, type EchartsFile } from '../../scripts/lib/districts/decodeEcharts.ts';
import { Shift, toWgs84 } from '../../scripts/lib/districts/toWgs84.ts';
import { cleanGeometry, cleanRing } from '../../scripts/lib/districts/cleanGeometry.ts';
import { splitLoops, untwist } from '../../scripts/lib/districts/untwist.ts';
import { dissolve } from '../../scripts/lib/districts/dissolve.ts';
import { tidyCity } from '../../scripts/lib/districts/tidyCity.ts';
import { groupUnits } from '../../scripts/lib/districts/groupUnits.ts';
import { tilingProblems } from '../../scripts/lib/districts/checkTiling.ts';
import { fitCities } from '../../scripts/lib/districts/cityFeatures.ts';
import { serializeFeatures } from '../../scripts/lib/districts/serializeFeatures.ts';
import { selfKinks, type Areal } from '../../scripts/lib/districts/polygons.ts';
import { DistrictsSource } from '../../scripts/lib/districts/districtsSource.ts';
import { GUANGZHOU_DISTRICTS } from '../../src/data/districtSchema.ts';
import { parseSeedTable } from '../../scripts/lib/seedTable.ts';
import { readText } from '../../scripts/lib/repoData.ts';

fixtureTest<EchartsFile>('decodeEcharts', (file) => decodeEcharts(file));
fixtureTest<Areal>('toWgs84', (g) => {
  const shift = new Shift();
  return { geometry: toWgs84(g, shift), shift: String(shift) };
});
fixtureTest<{ geometry: Areal; decimals: number }>('cleanGeometry', ({ geometry, decimals }) => cleanGeometry(geometry, decimals));
fixtureTest<Areal>('untwist', (g) => untwist(g));
fixtureTest<Areal[]>('dissolve', (gs) => dissolve(gs));
fixtureTest<{ geometry: Areal; holeKm2: number; partKm2: number }>('tidyCity', ({ geometry, holeKm2, partKm2 }) => tidyCity(geometry, holeKm2, partKm2));

const square = (x: number, y: number, d: number): Position[] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

describe('rings', () => {
  it('splits a ring where it passes twice through a vertex, dropping spikes', () => {
    const ring = [
      [0, 0],
      [4, 0],
      [4, 2],
      [3, 1],
      [3, 3],
      [4, 2],
      [4, 4],
      [0, 4],
      [-1, 5],
      [0, 4],
      [0, 0],
    ];
    expect(splitLoops(ring)).toEqual([
      [
        [4, 2],
        [3, 1],
        [3, 3],
        [4, 2],
      ],
      [
        [0, 0],
        [4, 0],
        [4, 2],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ]);
  });
  it('cleans a ring to nothing when no area is left, and winds it as asked', () => {
    expect(
      cleanRing(
        [
          [0, 0],
          [1, 0],
          [0, 0],
          [0, 0],
        ],
        5,
        true,
      ),
    ).toBeNull();
    expect(cleanRing(square(0, 0, 1).reverse(), 5, true)).toEqual(square(0, 0, 1));
    expect(cleanRing(square(0, 0, 1), 5, false)).toEqual([...square(0, 0, 1)].reverse());
  });
  it('leaves no ring touching itself after cleaning', () => {
    const g: Areal = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [2, 2.000001],
          [0, 4],
          [2, 1.999999],
          [0, 0],
        ],
      ],
    };
    expect(selfKinks(cleanGeometry(g, 5))).toBe(0);
  });
});

describe('the districts of Guangzhou', () => {
  const units = GUANGZHOU_DISTRICTS.map((d, i) => ({ id: d.adcode, name: d.name_zh, geometry: { type: 'Polygon', coordinates: [square(i, 0, 1)] } as Areal }));
  it('groups the units by adcode, merging an old unit into its district', () => {
    const old = { id: '440116', name: '萝岗区', geometry: { type: 'Polygon', coordinates: [square(5, 1, 1)] } as Areal };
    const { byAdcode, merges } = groupUnits([...units, old], { '440116': { into: '440112' } }, 'gz.geojson');
    expect(merges).toEqual(['440116 萝岗区 → 440112']);
    expect(byAdcode.get('440112')).toHaveLength(2);
    expect(byAdcode.size).toBe(11);
  });
  it('fails on a unit without a merge rule, a missing district, or a district under another name', () => {
    const stray = { id: '440199', name: '某区', geometry: units[0]!.geometry };
    expect(() => groupUnits([...units, stray], {}, 'gz.geojson')).toThrow(
      'gz.geojson: unit 440199 某区 is not a current Guangzhou district and has no merge rule',
    );
    expect(() => groupUnits(units.slice(1), {}, 'gz.geojson')).toThrow('gz.geojson: no unit for 440103 荔湾区');
    expect(() => groupUnits([{ ...units[0]!, name: '芳村区' }, ...units.slice(1)], {}, 'gz.geojson')).toThrow('440103 is named 440103 芳村区, expected 荔湾区');
  });
  it('finds districts that overlap, and holes left between them', () => {
    const f = (id: string, ring: Position[]) => ({ id, geometry: { type: 'Polygon', coordinates: [ring] } as Areal });
    expect(tilingProblems([f('a', square(113, 23, 0.01)), f('b', square(113.01, 23, 0.01))])).toEqual({ overlaps: [], gaps: 0 });
    const { overlaps } = tilingProblems([f('a', square(113, 23, 0.01)), f('b', square(113.005, 23, 0.01))]);
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatch(/^a\/b \d+ m²$/);
    const ring = [
      f('n', [
        [0, 2],
        [3, 2],
        [3, 3],
        [0, 3],
        [0, 2],
      ]),
      f('s', [
        [0, 0],
        [3, 0],
        [3, 1],
        [0, 1],
        [0, 0],
      ]),
      f('w', [
        [0, 1],
        [1, 1],
        [1, 2],
        [0, 2],
        [0, 1],
      ]),
      f('e', [
        [2, 1],
        [3, 1],
        [3, 2],
        [2, 2],
        [2, 1],
      ]),
    ];
    expect(tilingProblems(ring).gaps).toBe(1);
  });
});

describe('the context cities', () => {
  const city = {
    city: { id: 'city-x', name_zh: '某市', name_en: 'X' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [113, 23],
          [113.1, 23],
          [113.10001, 23.05],
          [113.1, 23.1],
          [113, 23.1],
          [113, 23],
        ],
      ],
    } as Areal,
  };
  const size = (features: unknown[]) => JSON.stringify(features).length;
  it('stay unsimplified when they fit', () => {
    const r = fitCities([city], { maxBytes: 10_000, tolerances: [0.001], decimals: 4, size });
    expect(r.tolerance).toBeNull();
    expect(r.unsimplifiedBytes).toBe(size(r.features));
  });
  it('are simplified at the first tolerance that makes them fit', () => {
    const r = fitCities([city], { maxBytes: 1, tolerances: [0.0005, 0.001], decimals: 5, size });
    expect(r.tolerance).toBe(0.001);
    expect(r.features[0]!.geometry.coordinates[0]).toHaveLength(5);
  });
});

describe('writing and sources', () => {
  it('writes the top level pretty and one feature per line', () => {
    const text = serializeFeatures({ type: 'FeatureCollection', provenance: { a: 1 }, features: [{ id: 'x' }, { id: 'y' }] });
    expect(text).toBe('{\n  "type": "FeatureCollection",\n  "provenance": {\n    "a": 1\n  },\n  "features": [\n    {"id":"x"},\n    {"id":"y"}\n  ]\n}\n');
  });
  it('reads seeds/districts-source.json, and names what is wrong in it', () => {
    const text = readText('seeds/districts-source.json');
    expect(parseSeedTable('seeds/districts-source.json', text, DistrictsSource).cities['city-foshan']).toBe('guang3_dong1_fo2_shan1.geojson');
    const broken = JSON.parse(text);
    delete broken.cities['city-huizhou'];
    broken.merge_into['440116'].into = '440199';
    expect(() => parseSeedTable('seeds/districts-source.json', JSON.stringify(broken), DistrictsSource)).toThrow(
      /cities\.city-huizhou: -: this city of GBA_CITIES has no file[\s\S]*merge_into\.440116: into: must be the adcode of a current Guangzhou district/,
    );
  });
});
