// Imported points in a packed form for the trips that copy them — worker → page and page → IndexedDB:
// a few long strings and typed arrays instead of hundreds of thousands of small strings, so the
// structured clone on the main thread stays a few milliseconds for 100,000 rows. Also the map's
// features, built from them on the page. Pure.
import type { FeatureCollection, Point } from 'geojson';
import type { ImportedPoints } from './importPipeline.ts';
import { withoutBidiControls } from '../i18n/bidi.ts';

/** Joins values that cannot contain it: cleanText() turns control characters into spaces. */
const SEP = '\u001f';

export interface PackedPoints extends Omit<ImportedPoints, 'names' | 'districts' | 'attrs'> {
  names: string;
  /** Index into districtNames, -1 outside Guangzhou. */
  district: Int8Array;
  districtNames: string[];
  /** One string per attribute column. */
  attrs: string[];
  count: number;
}

const split = (s: string, n: number): string[] => (n === 0 ? [] : s.split(SEP));

/** Each point's district as an index into `districtNames` (in order of first appearance), -1 for null (outside Guangzhou). */
export function packDistricts(districts: ReadonlyArray<string | null>): { district: Int8Array; districtNames: string[] } {
  const districtNames = [...new Set(districts.filter((d): d is string => d !== null))];
  const index = new Map(districtNames.map((d, i) => [d, i]));
  const district = new Int8Array(districts.length);
  districts.forEach((d, i) => {
    district[i] = d === null ? -1 : index.get(d)!;
  });
  return { district, districtNames };
}

export function packPoints(p: ImportedPoints): PackedPoints {
  const { names, districts, attrs, ...rest } = p;
  return { ...rest, count: names.length, names: names.join(SEP), ...packDistricts(districts), attrs: attrs.map((col) => col.join(SEP)) };
}

export function unpackPoints(p: PackedPoints): ImportedPoints {
  const { names, district, districtNames, attrs, count, ...rest } = p;
  const districts: Array<string | null> = new Array(count);
  for (let i = 0; i < count; i++) districts[i] = district[i]! < 0 ? null : districtNames[district[i]!]!;
  return { ...rest, names: split(names, count), districts, attrs: attrs.map((a) => split(a, count)) };
}

export type MapPointProps = { i: number; n: string };

/**
 * The map's features: each point with its index `i` and label `n` (its name without bidirectional
 * controls, or #row). Handed to MapLibre as objects, not as a URL: for a URL its worker posts the whole
 * parsed file back to the page (a ~0.5 s task for 100,000 points), where sending objects costs the page
 * a fraction of that.
 */
export function mapFeatures(p: Pick<ImportedPoints, 'names' | 'lon' | 'lat' | 'rows'>): FeatureCollection<Point, MapPointProps> {
  const features: FeatureCollection<Point, MapPointProps>['features'] = new Array(p.names.length);
  for (let i = 0; i < p.names.length; i++) {
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon[i]!, p.lat[i]!] },
      properties: { i, n: withoutBidiControls(p.names[i] ?? '') || `#${p.rows[i]}` },
    };
  }
  return { type: 'FeatureCollection', features };
}
