// Splits the places into what the map draws: points, approximate areas, uncertainty zones, and
// label points for districts. Pure; tested in Node.
import { circle, centerOfMass, pointOnFeature, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';

export interface MapPlaceProps {
  id: string;
  anchor?: readonly [number, number] | readonly number[];
  kind: string;
  name_zh: string;
  name_en: string;
  confidence: 'high' | 'medium' | 'low';
  uncertainty_km: number | null;
  groups: readonly string[];
}

export interface MapData {
  gbaCities: FeatureCollection;
  districts: FeatureCollection;
  districtLabels: FeatureCollection<Point>;
  /** One label point per context city that has no point of its own among the places. */
  gbaLabels: FeatureCollection<Point>;
  points: FeatureCollection<Point>;
  areas: FeatureCollection<Polygon | MultiPolygon>;
  /** One label point per area (its anchor), so a big polygon is not labelled once per tile. */
  areaLabels: FeatureCollection<Point>;
  zones: FeatureCollection<Polygon>;
  corridors: FeatureCollection;
}

/**
 * What the map's sources hold: as few sources as the bare MapLibre page has (each source is a separate
 * fetch, index and set of tiles in the map's worker, and its tiles arrive in their own frames), with a
 * `role` on every feature that tells the layers apart (src/map/style.ts filters on it).
 */
export interface MapSourceData {
  /** The Bay Area cities (role city), their labels (city-label) and the district labels (district-label). */
  context: FeatureCollection;
  /** The districts as the app has them (the map reads the app's own file). */
  districts: FeatureCollection;
  /** Points (point), approximate areas (area), their labels (area-label) and uncertainty zones (zone). */
  places: FeatureCollection;
  corridors: FeatureCollection;
}

export type FeatureRole = 'city' | 'city-label' | 'district-label' | 'point' | 'area' | 'area-label' | 'zone';

/** Each map source as inline GeoJSON or as the URL of a file (the page hands it to the map's worker: src/data/mapFiles.ts). */
export type MapSources = { [K in keyof MapSourceData]: FeatureCollection | string };

const withRole = (fc: FeatureCollection, role: FeatureRole): Feature[] => fc.features.map((f) => ({ ...f, properties: { ...f.properties, role } }));

/** The split collections merged into the map's sources, each feature marked with its role. Pure. */
export function mapSourceData(d: MapData): MapSourceData {
  return {
    context: {
      type: 'FeatureCollection',
      features: [...withRole(d.gbaCities, 'city'), ...withRole(d.gbaLabels, 'city-label'), ...withRole(d.districtLabels, 'district-label')],
    },
    districts: d.districts,
    places: {
      type: 'FeatureCollection',
      features: [...withRole(d.areas, 'area'), ...withRole(d.zones, 'zone'), ...withRole(d.points, 'point'), ...withRole(d.areaLabels, 'area-label')],
    },
    corridors: d.corridors,
  };
}

/** Properties the map never reads (long texts, sources): left out of the files the map fetches. */
const HEAVY = new Set([
  'sources',
  'notes',
  'location_note',
  'group_note',
  'note',
  'area_source',
  'name_pinyin',
  'plan_terms',
  'lines',
  'tasks',
  'name_en_status',
  'district_other',
]);

/** The same collection with only what the map draws in each feature's properties. */
export function slimForMap<C extends FeatureCollection>(fc: C): C {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      properties: f.properties && Object.fromEntries(Object.entries(f.properties).filter(([k]) => !HEAVY.has(k))),
    })),
  } as C;
}

/** Below this radius a zone would hide under its own symbol; draw the point only. */
const MIN_ZONE_KM = 0.5;

/** Lower rank = label placed first when labels collide. */
export function labelRank(p: Pick<MapPlaceProps, 'kind' | 'confidence'>): number {
  const byKind: Record<string, number> = { 'context-city': 0, 'core-area': 1, node: 2, lab: 3, 'big-science-facility': 3, university: 4 };
  return (byKind[p.kind] ?? 5) * 3 + (p.confidence === 'high' ? 0 : p.confidence === 'medium' ? 1 : 2);
}

export function buildMapData(input: {
  places: ReadonlyArray<Feature<Point | Polygon | MultiPolygon | null, MapPlaceProps>>;
  corridors: FeatureCollection;
  districts: FeatureCollection<Polygon | MultiPolygon>;
  gbaCities: FeatureCollection<Polygon | MultiPolygon>;
}): MapData {
  const points: Feature<Point>[] = [];
  const areas: Feature<Polygon | MultiPolygon>[] = [];
  const zones: Feature<Polygon>[] = [];
  for (const f of input.places) {
    const g = f.geometry;
    if (!g) continue;
    const props = { ...f.properties, rank: labelRank(f.properties), label_en: shortLabel(f.properties.name_en) };
    if (g.type === 'Point') {
      points.push({ type: 'Feature', id: f.properties.id, geometry: g, properties: props });
      const r = f.properties.uncertainty_km;
      if (f.properties.confidence === 'low' && r !== null && r >= MIN_ZONE_KM) {
        const zone = circle(g.coordinates, r, { steps: 48, units: 'kilometers' });
        zones.push({ type: 'Feature', id: f.properties.id, geometry: zone.geometry, properties: props });
      }
    } else {
      areas.push({ type: 'Feature', id: f.properties.id, geometry: g, properties: props });
    }
  }
  return {
    gbaCities: input.gbaCities,
    districts: input.districts,
    districtLabels: { type: 'FeatureCollection', features: input.districts.features.map(labelPoint) },
    gbaLabels: {
      type: 'FeatureCollection',
      features: input.gbaCities.features
        .filter((c) => !input.places.some((p) => p.properties.kind === 'context-city' && p.geometry && p.properties.name_zh === c.properties?.['name_zh']))
        .map(labelPoint),
    },
    points: { type: 'FeatureCollection', features: points },
    areas: { type: 'FeatureCollection', features: areas },
    areaLabels: {
      type: 'FeatureCollection',
      features: areas.map((a) => {
        const anchor = a.properties?.['anchor'] as [number, number] | undefined;
        return anchor
          ? { type: 'Feature' as const, id: a.id, geometry: { type: 'Point' as const, coordinates: [anchor[0], anchor[1]] }, properties: a.properties }
          : labelPoint(a);
      }),
    },
    zones: { type: 'FeatureCollection', features: zones },
    corridors: input.corridors,
  };
}

/** A label point inside the polygon: its centre of mass when that lies inside, else a point on it. */
export function labelPoint(f: Feature<Polygon | MultiPolygon>): Feature<Point> {
  const c = centerOfMass(f);
  const inside = booleanPointInPolygon(c, f) ? c : pointOnFeature(f);
  return { type: 'Feature', id: f.id, geometry: inside.geometry, properties: { ...f.properties } };
}

/** A map label without the parenthesised asides of a full name ("(SSGKC; formerly …)"); the panel keeps them. */
export function shortLabel(name: string): string {
  const short = name
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return short || name;
}

/** The same collection with every coordinate rounded to `decimals` places (smaller files, same map). */
export function roundCoordinates<C extends FeatureCollection>(fc: C, decimals: number): C {
  const k = 10 ** decimals;
  const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * k) / k : Array.isArray(c) ? c.map(round) : c);
  return {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      geometry: f.geometry && 'coordinates' in f.geometry ? { ...f.geometry, coordinates: round(f.geometry.coordinates) } : f.geometry,
    })),
  } as C;
}
