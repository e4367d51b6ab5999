// The shapes come from AMap, in GCJ-02; data/ is WGS-84. Every vertex is converted right after
// decoding, before any other step, and the shift applied is recorded for the file's provenance.
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { gcj02ToWgs84 } from '../../../src/geo/gcj02.ts';
import type { Areal } from './polygons.ts';

/** The shift gcj02ToWgs84 applied (WGS-84 minus GCJ-02), over every vertex converted for one output file. */
export class Shift {
  vertices = 0;
  minLon = Infinity;
  maxLon = -Infinity;
  minLat = Infinity;
  maxLat = -Infinity;
  minM = Infinity;
  maxM = -Infinity;
  add(from: Position, to: Position) {
    const dLon = to[0]! - from[0]!;
    const dLat = to[1]! - from[1]!;
    const m = turf.distance(from, to, { units: 'meters' });
    this.vertices++;
    this.minLon = Math.min(this.minLon, dLon);
    this.maxLon = Math.max(this.maxLon, dLon);
    this.minLat = Math.min(this.minLat, dLat);
    this.maxLat = Math.max(this.maxLat, dLat);
    this.minM = Math.min(this.minM, m);
    this.maxM = Math.max(this.maxM, m);
  }
  toString() {
    const deg = (v: number) => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(4)}°`;
    return (
      `${this.vertices} source vertices moved by lon ${deg(this.minLon)} … ${deg(this.maxLon)}, lat ${deg(this.minLat)} … ` +
      `${deg(this.maxLat)}, i.e. ${this.minM.toFixed(0)}–${this.maxM.toFixed(0)} m west-north-west`
    );
  }
}

/** The geometry with every position converted GCJ-02 → WGS-84 (new arrays; the shift is recorded). */
export function toWgs84(g: Areal, shift: Shift): Areal {
  const ring = (r: Position[]) =>
    r.map((p) => {
      const w = gcj02ToWgs84([p[0]!, p[1]!]);
      shift.add(p, w);
      return w;
    });
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}
