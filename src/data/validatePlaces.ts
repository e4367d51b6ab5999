// Checks data/places.geojson and data/corridors.geojson against their schemas, the district
// boundaries, the plan (data/plan.json) and the seed text. Pure: reads nothing, returns every problem.
import GJV from 'geojson-validation';
import { booleanPointInPolygon, centroid, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Plan } from './planSchema.ts';
import type { Problem } from './problem.ts';
import { phraseInRange, type SeedText } from './seedText.ts';
import { planTaskList, tasksOfLines } from './placeLinks.ts';
import { bilingualIssues, englishNameIssues } from './validateLanguage.ts';
import { GUANGZHOU_PLACE_LIMITS } from '../geo/bounds.ts';
import { CORRIDOR_DEFS, CorridorProps, PlaceProps, isGuangzhouDistrict, isGuangzhouPlace, type CorridorId, type LonLat } from './placeSchema.ts';

export const PLACES_FILE = 'data/places.geojson';
export const CORRIDORS_FILE = 'data/corridors.geojson';

/**
 * data/districts.geojson is WGS-84 converted from AMap's GCJ-02 shapes drawn on a ~0.1 km grid, so a
 * point this close outside its district's polygon still counts as inside (about 3× that precision).
 */
export const DEFAULT_DISTRICT_TOLERANCE_KM = 0.3;

export interface ValidatePlacesOptions {
  districtToleranceKm?: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const fmt = (c: readonly number[]) => `[${c.join(', ')}]`;
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Every position of a geometry (Point, LineString, Polygon), or [] when it is not readable. */
function positions(g: unknown): number[][] {
  if (!isObject(g) || !Array.isArray(g.coordinates)) return [];
  const flat: number[][] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && c.length > 0 && typeof c[0] === 'number') flat.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(g.coordinates);
  return flat;
}

/** geojson-validation on a FeatureCollection; its "at <i>: …" messages are given to feature i. */
export function gjvProblems(file: string, fc: unknown, add: (file: string, id: string, field: string, msg: string) => void) {
  let msgs: string[];
  try {
    msgs = GJV.valid(fc, true);
  } catch (e) {
    msgs = [`geojson-validation could not read the file: ${String(e)}`];
  }
  const features = isObject(fc) && Array.isArray(fc.features) ? fc.features : [];
  for (const m of msgs) {
    const at = /^at (\d+): (.*)$/s.exec(m);
    if (at) {
      const f = features[Number(at[1])];
      const id = isObject(f) && typeof f.id === 'string' ? f.id : `features.${at[1]}`;
      add(file, id, /propert/i.test(at[2]!) ? 'properties' : 'geometry', `geojson-validation: ${at[2]}`);
    } else {
      add(file, '-', '-', `geojson-validation: ${m}`);
    }
  }
}

interface PlaceInfo {
  id: string;
  props: PlaceProps | null;
  /** The point corridor segments attach to: Point coordinates, or the anchor of a Polygon. */
  attach: LonLat | null;
  geometryType: string | null;
}

export function validatePlaces(
  places: unknown,
  corridors: unknown,
  districts: FeatureCollection,
  plan: Plan,
  seed: SeedText,
  options: ValidatePlacesOptions = {},
): Problem[] {
  const tolerance = options.districtToleranceKm ?? DEFAULT_DISTRICT_TOLERANCE_KM;
  const problems: Problem[] = [];
  const add = (file: string, id: string, field: string, message: string) => problems.push({ file, id, field, message });
  const P = PLACES_FILE;
  const C = CORRIDORS_FILE;
  const lastLine = seed.lines.length;

  const tasks = new Map(planTaskList(plan).map((t) => [t.id, t]));
  const taskPlaces = new Map<string, readonly string[]>();
  for (const parent of [...plan.actions, ...plan.supports]) for (const t of parent.tasks) taskPlaces.set(t.id, t.places);
  const actionIds = new Set(plan.actions.map((a) => a.id));

  const districtByName = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const f of districts.features) {
    const name = (f.properties as Json | null)?.name_zh;
    if (typeof name === 'string' && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
      districtByName.set(name, f as Feature<Polygon | MultiPolygon>);
    }
  }
  const districtOf = (pt: readonly number[]): string | null => {
    for (const [name, f] of districtByName) if (booleanPointInPolygon(pt as number[], f)) return name;
    return null;
  };

  /** A point must lie in its district's polygon (or within the tolerance of it). */
  const checkInDistrict = (file: string, id: string, field: string, what: string, pt: readonly number[], district: string) => {
    const poly = districtByName.get(district);
    if (!poly) {
      add(file, id, 'properties.district', `expected "${district}" to be a district of data/districts.geojson (properties.name_zh)`);
      return;
    }
    if (booleanPointInPolygon(pt as number[], poly)) return;
    let km = Number.POSITIVE_INFINITY;
    try {
      km = pointToPolygonDistance(pt as number[], poly, { units: 'kilometers' });
    } catch {
      /* unreadable boundary: treat as far */
    }
    if (km <= tolerance) return;
    const actual = districtOf(pt);
    add(
      file,
      id,
      field,
      `expected ${what} ${fmt(pt)} to lie in ${district} (data/districts.geojson, tolerance ${tolerance} km), ` +
        `but it is ${Number.isFinite(km) ? km.toFixed(2) : '?'} km outside it${actual ? ` (in ${actual})` : ''}`,
    );
  };

  const checkRange = (file: string, id: string, field: string, pts: readonly number[][], guangzhou: boolean) => {
    for (const p of pts) {
      const [lon, lat] = p as [number, number];
      if (guangzhou) {
        const [w, s, e, n] = GUANGZHOU_PLACE_LIMITS;
        if (!(lon >= w && lon <= e && lat >= s && lat <= n)) {
          add(file, id, field, `expected a Guangzhou position inside lon ${w}–${e}, lat ${s}–${n}; found ${fmt(p)}`);
          return;
        }
      } else if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
        add(file, id, field, `expected lon in −180…180 and lat in −90…90; found ${fmt(p)}`);
        return;
      }
    }
  };

  /** lines in the seed, tasks/actions resolving and agreeing with the lines. */
  const checkPlanLinks = (
    file: string,
    id: string,
    p: { lines: ReadonlyArray<readonly [number, number]>; tasks: readonly string[]; actions: readonly string[] },
  ) => {
    p.lines.forEach((r, i) => {
      if (r[1] > lastLine) add(file, id, `properties.lines.${i}`, `line range ${r[0]}–${r[1]} is past the end of the seed (${lastLine} lines)`);
    });
    p.tasks.forEach((t, i) => {
      if (!tasks.has(t)) add(file, id, `properties.tasks.${i}`, `expected a task id of data/plan.json; "${t}" does not exist`);
    });
    p.actions.forEach((a, i) => {
      if (!actionIds.has(a)) add(file, id, `properties.actions.${i}`, `expected an action id of data/plan.json; "${a}" does not exist`);
    });
    const expected = tasksOfLines(plan, p.lines as Array<[number, number]>);
    if (!sameSet(p.tasks, expected.tasks)) {
      add(
        file,
        id,
        'properties.tasks',
        `expected the tasks whose lines hold the mentions (${expected.tasks.join(', ') || 'none'}); found ${p.tasks.join(', ') || 'none'}`,
      );
    }
    if (!sameSet(p.actions, expected.actions)) {
      add(
        file,
        id,
        'properties.actions',
        `expected the actions of those tasks (${expected.actions.join(', ') || 'none'}); found ${p.actions.join(', ') || 'none'}`,
      );
    }
  };

  // ---------------------------------------------------------------- places
  const placeById = new Map<string, PlaceInfo>();
  if (!isObject(places) || places.type !== 'FeatureCollection' || !Array.isArray(places.features)) {
    add(P, '-', 'type', 'expected a GeoJSON FeatureCollection with a "features" array');
  } else {
    if (!isObject(places.provenance)) add(P, '-', 'provenance', 'expected a "provenance" object saying where each part comes from');
    gjvProblems(P, places, add);
    places.features.forEach((f: unknown, i) => {
      if (!isObject(f)) {
        add(P, `features.${i}`, '-', 'expected a Feature object');
        return;
      }
      const id = typeof f.id === 'string' && f.id !== '' ? f.id : `features.${i}`;
      if (typeof f.id !== 'string' || f.id === '') add(P, id, 'id', 'expected a non-empty string feature id (= properties.id)');
      if (placeById.has(id)) add(P, id, 'id', `expected unique ids; "${id}" is used more than once`);
      const rawProps = isObject(f.properties) ? f.properties : {};
      if (rawProps.id !== id) add(P, id, 'properties.id', `expected properties.id to equal the feature id "${id}"; found ${JSON.stringify(rawProps.id)}`);

      const g = f.geometry;
      const gType = g === null ? null : isObject(g) && typeof g.type === 'string' ? g.type : '?';
      if (gType !== null && gType !== 'Point' && gType !== 'Polygon') {
        add(P, id, 'geometry.type', `expected a Point, a Polygon or null; found ${String(gType)}`);
      }

      const parsed = PlaceProps.safeParse(f.properties);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) add(P, id, ['properties', ...issue.path.map(String)].join('.'), issue.message);
      }
      const props = parsed.success ? parsed.data : null;
      const pointCoords = gType === 'Point' ? ((positions(g)[0] as LonLat | undefined) ?? null) : null;
      const attach = pointCoords ?? (gType === 'Polygon' && props?.anchor ? props.anchor : null);
      if (!placeById.has(id)) placeById.set(id, { id, props, attach, geometryType: gType });
      if (!props) return;

      // geometry vs. properties
      if (gType === 'Polygon' && !props.anchor) add(P, id, 'properties.anchor', 'expected an anchor [lon, lat] on a Polygon (the point corridors attach to)');
      if (gType !== 'Polygon' && props.anchor)
        add(P, id, 'properties.anchor', `expected no anchor on a ${gType ?? 'null'} geometry (anchors are for Polygons)`);
      if (props.extent === 'approximate' && gType !== 'Polygon') add(P, id, 'properties.extent', 'expected a Polygon geometry for an approximate extent');
      if (gType === null && !props.site)
        add(
          P,
          id,
          'properties.site',
          'expected a site kind (not-physical, unknown or address): a place without a point says which kind of "no site" it is (seeds/places-sites.json)',
        );
      if (gType === null && props.uncertainty_km !== null)
        add(P, id, 'properties.uncertainty_km', 'expected null: a place without a point has no point uncertainty');
      if (gType === 'Point' && props.confidence === 'low' && props.uncertainty_km === null) {
        add(P, id, 'properties.uncertainty_km', 'expected a number: a low-confidence point keeps its uncertainty (the map draws it as a zone)');
      }

      // coordinates
      const guangzhou = isGuangzhouPlace(props.district);
      checkRange(P, id, 'geometry.coordinates', positions(g), guangzhou);
      if (props.anchor) checkRange(P, id, 'properties.anchor', [props.anchor], guangzhou);
      if (isGuangzhouDistrict(props.district)) {
        if (gType === 'Point' && pointCoords) checkInDistrict(P, id, 'geometry.coordinates', 'the point', pointCoords, props.district!);
        if (gType === 'Polygon') {
          try {
            const c = centroid(g as unknown as Geometry).geometry.coordinates;
            checkInDistrict(P, id, 'geometry', 'the centroid of the area', c, props.district!);
          } catch (e) {
            add(P, id, 'geometry', `could not compute the centroid of the area: ${String(e)}`);
          }
        }
      }

      // one language at a time
      const lang = [
        ...englishNameIssues('properties.name_en', props.name_en),
        ...bilingualIssues('properties.location_note', props.location_note),
        ...(props.group_note ? bilingualIssues('properties.group_note', props.group_note) : []),
        ...(props.site?.why ? bilingualIssues('properties.site.why', props.site.why) : []),
        ...(props.site?.address ? bilingualIssues('properties.site.address', props.site.address) : []),
        ...(props.district_rule ? bilingualIssues('properties.district_rule', props.district_rule) : []),
        ...(props.campuses ?? []).flatMap((c, i) => bilingualIssues(`properties.campuses.${i}.campus`, c.campus)),
        ...(props.area_source ? bilingualIssues('properties.area_source.title', props.area_source.title) : []),
      ];
      for (const l of lang) add(P, id, l.field, l.message);

      // the plan
      checkPlanLinks(P, id, props);
      if (props.named_in_plan && !props.lines.some(([a, b]) => phraseInRange(seed, props.name_zh, a, b))) {
        add(
          P,
          id,
          'properties.name_zh',
          `named_in_plan is true: expected "${props.name_zh}" to stand in the seed inside one of its lines (${props.lines.map((r) => r.join('–')).join(', ')})`,
        );
      }
      if (!props.named_in_plan && props.lines.some(([a, b]) => phraseInRange(seed, props.name_zh, a, b))) {
        add(P, id, 'properties.named_in_plan', `"${props.name_zh}" stands in its lines: expected named_in_plan to be true`);
      }
      props.lines.forEach(([a, b], i) => {
        if (!props.plan_terms.some((t) => phraseInRange(seed, t, a, b))) {
          add(P, id, `properties.lines.${i}`, `expected one of the plan_terms (${props.plan_terms.join(' / ')}) to stand in the seed at lines ${a}–${b}`);
        }
      });
      props.plan_terms.forEach((t, i) => {
        if (!props.lines.some(([a, b]) => phraseInRange(seed, t, a, b))) {
          add(P, id, `properties.plan_terms.${i}`, `expected "${t}" to stand in the seed inside one of the place's lines`);
        }
      });
    });

    // links both ways with the plan's tasks
    for (const [taskId, ids] of taskPlaces) {
      ids.forEach((pid, i) => {
        const place = placeById.get(pid);
        if (!place) {
          add('data/plan.json', taskId, `places.${i}`, `expected a place id of ${P}; "${pid}" does not exist`);
        } else if (place.props && !place.props.tasks.includes(taskId)) {
          add(P, pid, 'properties.tasks', `task ${taskId} lists this place in data/plan.json: expected "${taskId}" in tasks`);
        }
      });
    }
    for (const place of placeById.values()) {
      for (const t of place.props?.tasks ?? []) {
        const listed = taskPlaces.get(t);
        if (listed && !listed.includes(place.id)) {
          add('data/plan.json', t, 'places', `place ${place.id} lists task ${t}: expected "${place.id}" in the task's places`);
        }
      }
    }
  }

  // ---------------------------------------------------------------- corridors
  if (!isObject(corridors) || corridors.type !== 'FeatureCollection' || !Array.isArray(corridors.features)) {
    add(C, '-', 'type', 'expected a GeoJSON FeatureCollection with a "features" array');
    return problems;
  }
  if (!isObject(corridors.provenance)) add(C, '-', 'provenance', 'expected a "provenance" object saying where each part comes from');
  gjvProblems(C, corridors, add);
  const seenCorridor = new Set<string>();
  const orders = new Map<string, number[]>();
  corridors.features.forEach((f: unknown, i) => {
    if (!isObject(f)) {
      add(C, `features.${i}`, '-', 'expected a Feature object');
      return;
    }
    const id = typeof f.id === 'string' && f.id !== '' ? f.id : `features.${i}`;
    if (typeof f.id !== 'string' || f.id === '') add(C, id, 'id', 'expected a non-empty string feature id (= properties.id)');
    if (seenCorridor.has(id)) add(C, id, 'id', `expected unique ids; "${id}" is used more than once`);
    seenCorridor.add(id);
    const rawProps = isObject(f.properties) ? f.properties : {};
    if (rawProps.id !== id) add(C, id, 'properties.id', `expected properties.id to equal the feature id "${id}"; found ${JSON.stringify(rawProps.id)}`);

    const g = f.geometry;
    const coords = positions(g);
    if (!isObject(g) || g.type !== 'LineString' || coords.length < 2) {
      add(C, id, 'geometry', 'expected a LineString with at least two positions');
    }
    checkRange(C, id, 'geometry.coordinates', coords, false);

    const parsed = CorridorProps.safeParse(f.properties);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(C, id, ['properties', ...issue.path.map(String)].join('.'), issue.message);
      return;
    }
    const c = parsed.data;
    const def = CORRIDOR_DEFS[c.corridor as CorridorId];
    if (c.name_zh !== def.name_zh) add(C, id, 'properties.name_zh', `expected "${def.name_zh}" for corridor ${c.corridor}; found "${c.name_zh}"`);
    orders.set(c.corridor, [...(orders.get(c.corridor) ?? []), c.order]);
    for (const l of [...englishNameIssues('properties.name_en', c.name_en), ...bilingualIssues('properties.note', c.note)]) add(C, id, l.field, l.message);

    for (const end of ['from', 'to'] as const) {
      const pid = c[end];
      const place = placeById.get(pid);
      if (!place) {
        add(C, id, `properties.${end}`, `expected a place id of ${P}; "${pid}" does not exist`);
        continue;
      }
      if (!place.attach) {
        add(C, id, `properties.${end}`, `expected place "${pid}" to have a Point or an anchored Polygon; it has ${place.geometryType ?? 'no geometry'}`);
        continue;
      }
      const pos = end === 'from' ? coords[0] : coords[coords.length - 1];
      if (!pos || pos[0] !== place.attach[0] || pos[1] !== place.attach[1]) {
        add(
          C,
          id,
          'geometry.coordinates',
          `expected the ${end === 'from' ? 'first' : 'last'} position to equal ${pid}'s ${place.geometryType === 'Polygon' ? 'anchor' : 'point'} ${fmt(place.attach)}; found ${pos ? fmt(pos) : 'none'}`,
        );
      }
    }

    checkPlanLinks(C, id, c);
    c.lines.forEach(([a, b], k) => {
      if (!def.terms.some((t) => phraseInRange(seed, t, a, b))) {
        add(C, id, `properties.lines.${k}`, `expected the plan to name the corridor (${def.terms.join(' / ')}) at lines ${a}–${b}`);
      }
    });
  });
  for (const [corridor, list] of orders) {
    const sorted = [...list].sort((a, b) => a - b);
    if (!sorted.every((o, k) => o === k + 1)) {
      add(
        C,
        corridor,
        'properties.order',
        `expected the segments of ${corridor} to be numbered 1…${list.length} without gaps or repeats; found ${sorted.join(', ')}`,
      );
    }
  }
  return problems;
}
