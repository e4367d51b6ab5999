// Zod schemas and checks for the boundary files made by scripts/build-districts.ts:
//   data/districts.geojson   — the 11 districts of Guangzhou (one feature each, id = adcode)
//   data/gba-cities.geojson  — the other Guangdong cities of the Greater Bay Area, as context polygons
// validateDistricts() is pure: it reads nothing, changes nothing, and returns every problem it finds.
import { z } from 'zod';
import GJV from 'geojson-validation';
import type { Problem } from './problem.ts';

import { GUANGZHOU_DISTRICTS } from './vocab.ts';
export { GUANGZHOU_DISTRICTS };

/** The Guangdong cities of the Greater Bay Area other than Guangzhou (Hong Kong and Macao are not in these files). */
export const GBA_CITIES = [
  { id: 'city-shenzhen', name_zh: '深圳', name_en: 'Shenzhen' },
  { id: 'city-foshan', name_zh: '佛山', name_en: 'Foshan' },
  { id: 'city-dongguan', name_zh: '东莞', name_en: 'Dongguan' },
  { id: 'city-zhuhai', name_zh: '珠海', name_en: 'Zhuhai' },
  { id: 'city-zhongshan', name_zh: '中山', name_en: 'Zhongshan' },
  { id: 'city-jiangmen', name_zh: '江门', name_en: 'Jiangmen' },
  { id: 'city-huizhou', name_zh: '惠州', name_en: 'Huizhou' },
  { id: 'city-zhaoqing', name_zh: '肇庆', name_en: 'Zhaoqing' },
] as const;

export const DistrictProps = z
  .object({
    adcode: z.string().regex(/^4401\d{2}$/, { message: 'must be a 6-digit Guangzhou adcode (4401xx)' }),
    name_zh: z.string().regex(/区$/, { message: 'must be a Chinese district name ending in 区' }),
    name_en: z.string().regex(/^[A-Z][a-z]+ District$/, { message: 'must look like "Liwan District"' }),
    city_zh: z.literal('广州市'),
    city_en: z.literal('Guangzhou'),
  })
  .strict();
export type DistrictProps = z.infer<typeof DistrictProps>;

export const GbaCityProps = z
  .object({
    id: z.string().regex(/^city-[a-z]+$/, { message: 'must look like "city-shenzhen"' }),
    name_zh: z.string().min(1),
    name_en: z.string().regex(/^[A-Z][a-z]+$/, { message: 'must be a romanised city name such as "Shenzhen"' }),
  })
  .strict();
export type GbaCityProps = z.infer<typeof GbaCityProps>;

export type BoundaryFileKind = 'districts' | 'gba-cities';

/** Which of the two files a path names, by its base name; districts unless it is the GBA cities file. */
export function kindOfFile(file: string): BoundaryFileKind {
  return /gba-cities(\.[a-z]+)?$/i.test(file.split(/[\\/]/).pop() ?? '') ? 'gba-cities' : 'districts';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Twice the signed area of a ring in degrees² (shoelace); > 0 for counter-clockwise. */
function signedArea2(ring: ReadonlyArray<ReadonlyArray<number>>): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    s += x1 * y2 - x2 * y1;
  }
  return s;
}

/** Ring problems beyond what geojson-validation checks: RFC 7946 winding and repeated consecutive positions. */
function ringProblems(coords: unknown, where: string): string[] {
  const out: string[] = [];
  if (!Array.isArray(coords)) return out; // geojson-validation reports the shape
  coords.forEach((ring: unknown, r) => {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every((p) => Array.isArray(p) && p.length >= 2)) return;
    const pts = ring as number[][];
    const a = signedArea2(pts);
    if (r === 0 && a <= 0) out.push(`${where}ring 0 (outer) must be counter-clockwise (RFC 7946 right-hand rule)`);
    if (r > 0 && a >= 0) out.push(`${where}ring ${r} (hole) must be clockwise (RFC 7946 right-hand rule)`);
    for (let i = 1; i < pts.length; i++) {
      if (pts[i]![0] === pts[i - 1]![0] && pts[i]![1] === pts[i - 1]![1]) {
        out.push(`${where}ring ${r} repeats position ${i - 1} at ${i}`);
        break;
      }
    }
  });
  return out;
}

/**
 * Checks data/districts.geojson or data/gba-cities.geojson (which one is told by `kind`, or else by the file name):
 * a FeatureCollection that geojson-validation accepts, Polygon/MultiPolygon geometries only, rings wound per
 * RFC 7946 without repeated positions, properties that pass DistrictProps / GbaCityProps, unique feature ids equal
 * to adcode / properties.id, and for districts exactly the 11 current districts with their names.
 */
export function validateDistricts(fc: unknown, file: string, kind: BoundaryFileKind = kindOfFile(file)): Problem[] {
  const problems: Problem[] = [];
  const add = (id: string, field: string, message: string) => problems.push({ file, id, field, message });

  if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    add('-', 'type', 'must be a GeoJSON FeatureCollection with a "features" array');
    return problems;
  }
  if (!isObject(fc.provenance)) add('-', 'provenance', 'must say where the boundaries come from (an object)');

  const schema = kind === 'districts' ? DistrictProps : GbaCityProps;
  const seen = new Map<string, number>();

  fc.features.forEach((f: unknown, i) => {
    const fallback = `features.${i}`;
    if (!isObject(f)) {
      add(fallback, '-', 'feature must be an object');
      return;
    }
    const id = typeof f.id === 'string' && f.id !== '' ? f.id : fallback;
    if (typeof f.id !== 'string' || f.id === '') add(id, 'id', 'feature must have a non-empty string id');

    // geojson-validation: structure, positions, closed rings of >= 4 positions. It throws on some malformed input
    // (e.g. an empty ring), which is a problem to report, not a crash.
    try {
      for (const m of GJV.isFeature(f, true)) {
        add(id, /name "properties"/.test(m) ? 'properties' : 'geometry', `geojson-validation: ${m}`);
      }
    } catch (e) {
      add(id, 'geometry', `geojson-validation could not read the feature: ${String(e)}`);
    }

    const g = f.geometry;
    if (!isObject(g)) {
      add(id, 'geometry', 'must have a Polygon or MultiPolygon geometry (found none)');
    } else if (g.type === 'Polygon') {
      for (const m of ringProblems(g.coordinates, '')) add(id, 'geometry.coordinates', m);
    } else if (g.type === 'MultiPolygon') {
      if (Array.isArray(g.coordinates)) {
        g.coordinates.forEach((poly: unknown, p) => {
          for (const m of ringProblems(poly, `polygon ${p}: `)) add(id, 'geometry.coordinates', m);
        });
      }
    } else {
      add(id, 'geometry.type', `must be Polygon or MultiPolygon, not ${String(g.type)}`);
    }

    const parsed = schema.safeParse(f.properties);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = ['properties', ...issue.path.map(String)].join('.');
        add(id, field, issue.message);
      }
    }

    const props = isObject(f.properties) ? f.properties : {};
    const key = kind === 'districts' ? props.adcode : props.id;
    if (typeof key === 'string') {
      const keyField = kind === 'districts' ? 'properties.adcode' : 'properties.id';
      if (seen.has(key)) add(id, keyField, `duplicate ${keyField.split('.')[1]} ${key} (also feature ${seen.get(key)})`);
      else seen.set(key, i);
      if (typeof f.id === 'string' && f.id !== key) add(id, 'id', `feature id must equal ${keyField} (${key})`);
    }
    if (kind === 'districts' && typeof props.adcode === 'string') {
      const known = GUANGZHOU_DISTRICTS.find((d) => d.adcode === props.adcode);
      if (!known) add(id, 'properties.adcode', `${props.adcode} is not one of the 11 current Guangzhou districts`);
      else {
        if (props.name_zh !== known.name_zh) add(id, 'properties.name_zh', `must be ${known.name_zh} for ${known.adcode}`);
        if (props.name_en !== known.name_en) add(id, 'properties.name_en', `must be ${known.name_en} for ${known.adcode}`);
      }
    }
  });

  if (kind === 'districts') {
    const missing = GUANGZHOU_DISTRICTS.filter((d) => !seen.has(d.adcode)).map((d) => `${d.adcode} ${d.name_zh}`);
    if (seen.size !== GUANGZHOU_DISTRICTS.length || missing.length > 0) {
      add(
        '-',
        'features',
        `must hold exactly the ${GUANGZHOU_DISTRICTS.length} districts with unique adcodes; found ${seen.size} unique` +
          (missing.length ? `, missing ${missing.join(', ')}` : ''),
      );
    }
  }
  return problems;
}
