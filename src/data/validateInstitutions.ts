// Checks data/institutions.geojson: its schema (zod), RFC 7946 (geojson-validation), unique ids, the
// targets resolving in data/plan.json, and each point inside its declared district (turf). Pure:
// reads nothing, returns every problem, each naming file, feature id and field.
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Plan } from './planSchema.ts';
import type { Problem } from './problem.ts';
import { GUANGZHOU_PLACE_LIMITS } from '../geo/bounds.ts';
import { InstitutionProps, InstitutionTotal, INSTITUTIONS_FILE } from './institutionSchema.ts';
import { DEFAULT_DISTRICT_TOLERANCE_KM, gjvProblems } from './validatePlaces.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

export function validateInstitutions(
  file: unknown,
  districts: FeatureCollection,
  plan: Pick<Plan, 'actions'>,
  opts: { file?: string; districtToleranceKm?: number } = {},
): Problem[] {
  const F = opts.file ?? INSTITUTIONS_FILE;
  const tolerance = opts.districtToleranceKm ?? DEFAULT_DISTRICT_TOLERANCE_KM;
  const problems: Problem[] = [];
  const add = (_f: string, id: string, field: string, message: string) => problems.push({ file: F, id, field, message });
  const targetIds = new Set(plan.actions.flatMap((a) => a.targets.map((t) => t.id)));
  const polygons = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const f of districts.features) {
    const name = (f.properties as Json | null)?.name_zh;
    if (typeof name === 'string' && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      polygons.set(name, f as Feature<Polygon | MultiPolygon>);
  }

  if (!isObject(file) || file.type !== 'FeatureCollection' || !Array.isArray(file.features)) {
    add(F, '-', 'type', 'expected a GeoJSON FeatureCollection with a "features" array');
    return problems;
  }
  if (!isObject(file.provenance)) add(F, '-', 'provenance', 'expected a "provenance" object saying where the records come from');
  gjvProblems(F, file, add);
  const totals = Array.isArray(file.totals) ? file.totals : [];
  if (!Array.isArray(file.totals)) add(F, '-', 'totals', 'expected an array of totals (figures given without a list)');
  totals.forEach((t: unknown, i) => {
    const r = InstitutionTotal.safeParse(t);
    if (!r.success) for (const issue of r.error.issues) add(F, `totals.${i}`, issue.path.map(String).join('.') || '-', issue.message);
    else if (!targetIds.has(r.data.target)) add(F, `totals.${i}`, 'target', `expected a target id of data/plan.json; "${r.data.target}" does not exist`);
  });

  const seen = new Set<string>();
  file.features.forEach((f: unknown, i) => {
    if (!isObject(f)) return add(F, `features.${i}`, '-', 'expected a Feature object');
    const id = typeof f.id === 'string' && f.id !== '' ? f.id : `features.${i}`;
    if (typeof f.id !== 'string' || f.id === '') add(F, id, 'id', 'expected a non-empty string feature id (= properties.id)');
    if (seen.has(id)) add(F, id, 'id', `expected unique ids; "${id}" is used more than once`);
    seen.add(id);
    for (const k of Object.keys(f)) if (!['type', 'id', 'geometry', 'properties'].includes(k)) add(F, id, k, `unexpected member "${k}"`);
    const parsed = InstitutionProps.safeParse(f.properties);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(F, id, ['properties', ...issue.path.map(String)].join('.'), issue.message);
      return;
    }
    const p = parsed.data;
    if (p.id !== id) add(F, id, 'properties.id', `expected properties.id to equal the feature id "${id}"; found "${p.id}"`);
    p.targets.forEach((t, j) => {
      if (!targetIds.has(t)) add(F, id, `properties.targets.${j}`, `expected a target id of data/plan.json; "${t}" does not exist`);
    });
    const g = f.geometry;
    if (g === null) return;
    if (
      !isObject(g) ||
      g.type !== 'Point' ||
      !Array.isArray(g.coordinates) ||
      g.coordinates.length !== 2 ||
      !g.coordinates.every((c) => typeof c === 'number')
    ) {
      return add(F, id, 'geometry', 'expected a Point [lon, lat] or null (no known site)');
    }
    const pt = g.coordinates as [number, number];
    const [w, s, e, n] = GUANGZHOU_PLACE_LIMITS;
    if (!(pt[0] >= w && pt[0] <= e && pt[1] >= s && pt[1] <= n))
      return add(F, id, 'geometry.coordinates', `expected a Guangzhou position inside lon ${w}–${e}, lat ${s}–${n}; found [${pt.join(', ')}]`);
    if (p.district === null) return add(F, id, 'properties.district', 'a point needs its district: a site without a sourced district is not placed');
    const poly = polygons.get(p.district);
    if (!poly) return add(F, id, 'properties.district', `expected "${p.district}" to be a district of data/districts.geojson`);
    if (booleanPointInPolygon(pt, poly)) return;
    const km = pointToPolygonDistance(pt, poly, { units: 'kilometers' });
    if (km > tolerance) {
      const actual = [...polygons].find(([, q]) => booleanPointInPolygon(pt, q))?.[0];
      add(
        F,
        id,
        'geometry.coordinates',
        `expected [${pt.join(', ')}] to lie in ${p.district} (tolerance ${tolerance} km), but it is ${km.toFixed(2)} km outside it${actual ? ` (in ${actual})` : ''}`,
      );
    }
  });
  return problems;
}
