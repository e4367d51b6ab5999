// Parses the embedded data files at the app's boundary: zod on every record, and a failure names
// file, id and field instead of breaking the page. Pure (strings in, typed data out).
import { z } from 'zod';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, MultiPolygon, LineString } from 'geojson';
import { Plan } from './planSchema.ts';
import { PlaceProps, CorridorProps } from './placeSchema.ts';
import { DistrictProps } from './districtSchema.ts';
import { Outcomes, type Outcome } from './outcomeSchema.ts';
import { zodProblems, formatProblem } from './problem.ts';
import { assembleAppData } from './assembleAppData.ts';

export type PlaceFeature = Feature<Point | Polygon | MultiPolygon | null, PlaceProps>;
export type CorridorFeature = Feature<LineString, CorridorProps>;

export interface AppData {
  plan: Plan;
  places: PlaceFeature[];
  corridors: CorridorFeature[];
  districts: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  /** Reported actual figures (other sources than the plan). The searches that found none, and each
   * place's sources, are panel files (dataFiles.ts PANEL_FILES), loaded when first needed. */
  outcomes: Outcome[];
  /** The plan's text, line 1 at index 0. */
  seedLines: string[];
}

export interface RawFiles {
  plan: string;
  places: string;
  corridors: string;
  districts: string;
  outcomes: string;
  seed: string;
}

const GeometryShape = z.object({ type: z.string(), coordinates: z.array(z.unknown()) }).nullable();
export const collection = <P extends z.ZodType>(props: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    // A foreign member some files carry (the district outlines' source and licence).
    provenance: z.record(z.string(), z.unknown()).optional(),
    // `id` kept: the output equals the file, so data the build checked can be read as is (checkedByBuild.ts).
    features: z.array(z.object({ type: z.literal('Feature'), id: z.union([z.string(), z.number()]).optional(), geometry: GeometryShape, properties: props })),
  });

export type ParseResult = { ok: true; data: AppData } | { ok: false; errors: string[] };

/** JSON text → schema-checked value; a failure is pushed to `errors` as "file: id: field: message". */
export function makeParser(errors: string[]) {
  return <T extends z.ZodType>(file: string, text: string, schema: T): z.infer<T> | undefined => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      errors.push(`${file}: -: -: not valid JSON (${(e as Error).message})`);
      return undefined;
    }
    const r = schema.safeParse(json);
    if (!r.success) {
      errors.push(...zodProblems(file, r.error.issues, json).slice(0, 20).map(formatProblem));
      return undefined;
    }
    return r.data;
  };
}

export function parseAppData(raw: RawFiles): ParseResult {
  const errors: string[] = [];
  const parse = makeParser(errors);
  const plan = parse('data/plan.json', raw.plan, Plan);
  const places = parse('data/places.geojson', raw.places, collection(PlaceProps));
  const corridors = parse('data/corridors.geojson', raw.corridors, collection(CorridorProps));
  const districts = parse('data/districts.geojson', raw.districts, collection(DistrictProps));
  const outcomes = parse('data/outcomes.json', raw.outcomes, Outcomes);
  if (!plan || !places || !corridors || !districts || !outcomes) return { ok: false, errors };
  return { ok: true, data: assembleAppData({ plan, places, corridors, districts, outcomes, seed: raw.seed }) };
}

export type { Geometry as AnyGeometry };
export type AnyFeature = Feature<Geometry | null>;
