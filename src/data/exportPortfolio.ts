// The portfolio's results as CSV for people and spreadsheets (BOM, CRLF, formula-like cells
// neutralised by csvLine, as every export of the app): one row per company (its nearest place, the
// distance, how many places are within the radius) and one row per place (companies within the
// radius, the nearest company, gap or not). Headers in the UI language, given. Pure: no DOM.
import { BOM, csvLine } from './exportPlaces.ts';
import type { PortfolioResult } from '../geo/portfolio.ts';

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
