// The portfolio's results as CSV for people and spreadsheets (BOM, CRLF, formula-like cells
// neutralised by csvLine, as every export of the app): one row per company (its nearest place, the
// distance, how many places are within the radius) and one row per place (companies within the
// radius, the nearest company, gap or not). Headers in the UI language, given. And the same as one
// GeoJSON (RFC 7946: WGS-84, lon/lat) for GIS. Pure: no DOM.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { BOM, csvLine, guardCell, type Provenance } from './exportPlaces.ts';
import type { PortfolioResult } from '../geo/portfolio.ts';
import type { GapRow } from '../plan/districtGaps.ts';
import { withoutBidiControls } from '../i18n/bidi.ts';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const lines = (rows: string[]) => BOM + rows.map((x) => x + '\r\n').join('');

export interface CompanyRows {
  names: readonly string[];
  rows: ArrayLike<number>;
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  /** The district's name as written (the UI language's, or "outside Guangzhou"). */
  district: (i: number) => string;
  /** A company with no name: how it is called (its row). */
  unnamed: (row: number) => string;
}
export interface PlaceNames {
  name: (k: number) => string;
  id: (k: number) => string;
  set: (k: number) => string;
}

export function portfolioCompaniesCsv(
  c: CompanyRows,
  r: PortfolioResult,
  places: PlaceNames,
  h: {
    name: string;
    row: string;
    lon: string;
    lat: string;
    district: string;
    nearest: string;
    nearestId: string;
    nearestSet: string;
    nearestKm: string;
    within: string;
  },
): string {
  const out = [csvLine([h.name, h.row, h.lon, h.lat, h.district, h.nearest, h.nearestId, h.nearestSet, h.nearestKm, h.within])];
  for (let i = 0; i < c.names.length; i++) {
    const k = r.nearest[i]!;
    out.push(
      csvLine([
        c.names[i] || c.unnamed(c.rows[i]!),
        c.rows[i]!,
        round(c.lon[i]!, 6),
        round(c.lat[i]!, 6),
        c.district(i),
        k < 0 ? '' : places.name(k),
        k < 0 ? '' : places.id(k),
        k < 0 ? '' : places.set(k),
        k < 0 ? null : round(r.nearestKm[i]!, 2),
        r.targetsWithin[i]!,
      ]),
    );
  }
  return lines(out);
}

export function portfolioPlacesCsv(
  r: PortfolioResult,
  places: PlaceNames & { district: (k: number) => string },
  h: { place: string; id: string; set: string; district: string; within: string; nearestKm: string; gap: string },
  yesNo: { yes: string; no: string },
): string {
  const out = [csvLine([h.place, h.id, h.set, h.district, h.within, h.nearestKm, h.gap])];
  r.perTarget.forEach((p, k) => {
    out.push(
      csvLine([
        places.name(k),
        p.id,
        places.set(k),
        places.district(k),
        p.within,
        p.nearestKm === null ? null : round(p.nearestKm, 2),
        p.within === 0 ? yesNo.yes : yesNo.no,
      ]),
    );
  });
  return lines(out);
}

/**
 * A name as the exports write it: bidi controls dropped, and a text a spreadsheet would take as a formula
 * given a leading quote (guardCell), as in the CSVs, so a GeoJSON opened in a spreadsheet or turned into
 * CSV by a GIS is no more dangerous than the CSV.
 */
export const safeName = (s: string): string => guardCell(withoutBidiControls(s));

type Props = Record<string, string | number | boolean | null>;

/**
 * The portfolio's result as GeoJSON (RFC 7946: WGS-84, [lon, lat]): one Point per company (`feature`:
 * "company": its nearest place, the distance, the places within the radius), one Point per place measured
 * to ("place": the companies within the radius, the nearest one, gap or not) and the area within the
 * radius of the companies ("area", as drawn: exact circles or a grid within `snap_km`). Keys are the
 * same in both languages; names and districts are in the UI language's words, names neutralised.
 */
export function portfolioGeoJson(
  c: CompanyRows,
  r: PortfolioResult,
  places: PlaceNames & { district: (k: number) => string; lon: (k: number) => number; lat: (k: number) => number },
  meta: { layer: string; area: Feature<Polygon | MultiPolygon> | null; snapKm: number; provenance: Provenance },
): string {
  const features: Array<Feature<Geometry, Props>> = [];
  for (let i = 0; i < c.names.length; i++) {
    const k = r.nearest[i]!;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(c.lon[i]!, 7), round(c.lat[i]!, 7)] },
      properties: {
        feature: 'company',
        name: safeName(c.names[i] || c.unnamed(c.rows[i]!)),
        row: c.rows[i]!,
        district: c.district(i),
        nearest_place: k < 0 ? null : safeName(places.name(k)),
        nearest_place_id: k < 0 ? null : places.id(k),
        nearest_place_kind: k < 0 ? null : places.set(k),
        nearest_place_km: k < 0 ? null : round(r.nearestKm[i]!, 2),
        places_within: r.targetsWithin[i]!,
      },
    });
  }
  r.perTarget.forEach((p, k) => {
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [round(places.lon(k), 7), round(places.lat(k), 7)] },
      properties: {
        feature: 'place',
        name: safeName(places.name(k)),
        id: p.id,
        kind: places.set(k),
        district: places.district(k),
        companies_within: p.within,
        nearest_company_km: p.nearestKm === null ? null : round(p.nearestKm, 2),
        gap: p.within === 0,
      },
    });
  });
  if (meta.area)
    features.push({
      type: 'Feature',
      geometry: meta.area.geometry,
      properties: { feature: 'area', radius_km: r.radiusKm, method: meta.snapKm > 0 ? 'grid' : 'circles', snap_km: round(meta.snapKm, 3) },
    });
  const fc: FeatureCollection<Geometry, Props> & { name: string; radius_km: number; provenance: Provenance } = {
    type: 'FeatureCollection',
    name: safeName(meta.layer),
    radius_km: r.radiusKm,
    provenance: meta.provenance,
    features,
  };
  return JSON.stringify(fc) + '\n';
}

/** The gap table (src/plan/districtGaps.ts) as CSV: one row per district, most short of your points first; shares in %. */
export function districtGapsCsv(
  rows: readonly GapRow[],
  districtName: (zh: string) => string,
  h: { district: string; places: string; institutions: string; yours: string; planShare: string; yourShare: string; gap: string },
): string {
  const out = [csvLine([h.district, h.places, h.institutions, h.yours, h.planShare, h.yourShare, h.gap])];
  for (const r of rows)
    out.push(csvLine([districtName(r.district), r.places, r.institutions, r.yours, round(r.planShare * 100, 1), round(r.yourShare * 100, 1), r.gap]));
  return lines(out);
}
