import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assignDistricts } from '../../src/geo/assignDistricts.ts';

type Districts = FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>;
const square = (name: string, x: number, y: number, size = 1): Districts['features'][number] => ({
  type: 'Feature',
  properties: { name_zh: name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});
const fixture: Districts = {
  type: 'FeatureCollection',
  features: [
    square('甲区', 0, 0),
    // 乙区 is a ring: a hole in the middle belongs to nobody.
    {
      type: 'Feature',
      properties: { name_zh: '乙区' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [2, 0],
            [5, 0],
            [5, 3],
            [2, 3],
            [2, 0],
          ],
          [
            [3, 1],
            [3, 2],
            [4, 2],
            [4, 1],
            [3, 1],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name_zh: '丙区' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [10, 10],
              [11, 10],
              [11, 11],
              [10, 11],
              [10, 10],
            ],
          ],
          [
            [
              [20, 20],
              [21, 20],
              [21, 21],
              [20, 21],
              [20, 20],
            ],
          ],
        ],
      },
    },
  ],
};

describe('assignDistricts (fixture)', () => {
  it('puts each point in the polygon that holds it, or none', () => {
    const r = assignDistricts(
      [
        { lon: 0.5, lat: 0.5 }, // 甲
        { lon: 2.5, lat: 2.5 }, // 乙
        { lon: 3.5, lat: 1.5 }, // the hole of 乙: outside
        { lon: 20.5, lat: 20.5 }, // second part of 丙
        { lon: 7, lat: 7 }, // nowhere
        { lon: Number.NaN, lat: 1 }, // not a position
      ],
      fixture,
    );
    expect(r.districts).toEqual(['甲区', '乙区', null, '丙区', null, null]);
    expect([...r.counts]).toEqual([
      ['甲区', 1],
      ['乙区', 1],
      ['丙区', 1],
    ]);
    expect(r.outside).toBe(3);
  });
  it('lists every district with 0 when no point falls in it', () => {
    const r = assignDistricts([], fixture);
    expect([...r.counts]).toEqual([
      ['甲区', 0],
      ['乙区', 0],
      ['丙区', 0],
    ]);
    expect(r.outside).toBe(0);
  });
});

describe('assignDistricts (Guangzhou)', () => {
  const districts = JSON.parse(readFileSync(new URL('../../data/districts.geojson', import.meta.url), 'utf8')) as Districts;
  it('finds known sites in their districts, and Shenzhen outside', () => {
    const r = assignDistricts(
      [
        { lon: 113.3245, lat: 23.1066 }, // Canton Tower, 海珠区
        { lon: 113.4893, lat: 23.1637 }, // Guangzhou Science City, 黄埔区
        { lon: 113.2644, lat: 23.1291 }, // Yuexiu Park area, 越秀区
        { lon: 114.0579, lat: 22.5431 }, // Shenzhen, Futian
      ],
      districts,
    );
    expect(r.districts).toEqual(['海珠区', '黄埔区', '越秀区', null]);
    expect(r.outside).toBe(1);
    expect(r.counts.size).toBe(11);
  });
});
