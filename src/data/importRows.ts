// Reading points out of a table's rows: which columns hold the name and the coordinates, and one row
// → one point (converted from its datum to WGS-84) or the reasons it cannot be read. Pure and total.
import type { Datum } from '../geo/datum.ts';
import { toWgs84 } from '../geo/datum.ts';
import type { Message } from '../i18n/index.ts';

/** Column positions (0-based) of the name and the coordinates; -1 when absent. */
export interface ColumnMapping {
  name: number;
  lon: number;
  lat: number;
}

/** A problem of one row or of the file, as a message of the districts namespace with its values. */
export type ImportIssue = Message & { vars: Record<string, string | number> };

/** Longer names are cut (a name is a label, not a document). */
export const MAX_NAME = 200;
/** Attribute values are kept up to this length. */
export const MAX_ATTR = 1000;

const NAME_EXACT = ['name', 'title', '名称', '名字', '企业名称', '公司名称', '单位名称', 'company', 'firm'];
const LON_EXACT = ['lon', 'lng', 'long', 'longitude', '经度', 'x'];
const LAT_EXACT = ['lat', 'latitude', '纬度', 'y'];
const LON_PART = ['经度', 'longitude', 'lng'];
const LAT_PART = ['纬度', 'latitude'];
const NAME_PART = ['名称', 'name'];

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** Guesses the mapping from a header: exact names first, then headers that contain a telling word ("经度(GCJ-02)"). */
export function detectColumns(header: readonly string[]): ColumnMapping {
  const h = header.map(norm);
  const find = (exact: readonly string[], part: readonly string[], not: number[] = []) => {
    const i = h.findIndex((x, j) => !not.includes(j) && exact.includes(x));
    if (i >= 0) return i;
    return h.findIndex((x, j) => !not.includes(j) && part.some((p) => x.includes(p)));
  };
  const lon = find(LON_EXACT, LON_PART);
  const lat = find(LAT_EXACT, LAT_PART, [lon]);
  const name = find(NAME_EXACT, NAME_PART, [lon, lat]);
  return { name, lon, lat };
}

/** Cut to n code points with an ellipsis, for echoing user text in messages. */
export const clip = (s: string, n: number): string => {
  if (s.length <= n) return s;
  const cps = [...s];
  return cps.length > n ? cps.slice(0, n).join('') + '…' : s;
};

/** A name or attribute as plain one-line text: control characters become spaces, long values are cut. */
export function cleanText(raw: unknown, max = MAX_NAME): string {
  if (raw === null || raw === undefined) return '';
  const s = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : (JSON.stringify(raw) ?? '');
  // eslint-disable-next-line no-control-regex
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a cell must not keep
  return clip(s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim(), max);
}

/** Whether cleanText(raw, max) cuts the value (cheap for the short values that are nearly all). */
export function isCut(raw: unknown, max: number): boolean {
  if (raw === null || raw === undefined) return false;
  const s = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : (JSON.stringify(raw) ?? '');
  if (s.length <= max) return false;
  return cleanText(s, Infinity).length > max && [...cleanText(s, Infinity)].length > max;
}

type Coord = { ok: true; value: number } | { ok: false; why: 'missing' | 'nan'; raw: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A coordinate cell: plain decimals only (no hex, no Infinity); a decimal comma when the separator allows it. */
export function parseCoord(raw: string | undefined, decimalComma: boolean): Coord {
  let s = (raw ?? '').trim().replace(/\u2212/g, '-');
  if (s === '') return { ok: false, why: 'missing', raw: '' };
  if (decimalComma && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!NUMBER.test(s)) return { ok: false, why: 'nan', raw: clip(s, 40) };
  const v = Number(s);
  return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, why: 'nan', raw: clip(s, 40) };
}

export type RowResult = { ok: true; name: string; lon: number; lat: number } | { ok: false; issues: ImportIssue[] };

/**
 * One table row → a WGS-84 point.
 * @param row the row's number in the file (the header is row 1), for messages
 */
export function rowToPoint(fields: readonly string[], m: ColumnMapping, datum: Datum, row: number, decimalComma = false): RowResult {
  const lon = parseCoord(fields[m.lon], decimalComma);
  const lat = parseCoord(fields[m.lat], decimalComma);
  const issues: ImportIssue[] = [];
  if (!lon.ok) issues.push({ key: lon.why === 'missing' ? 'districts.impLonMissing' : 'districts.impLonNaN', vars: { row, v: lon.raw } });
  if (!lat.ok) issues.push({ key: lat.why === 'missing' ? 'districts.impLatMissing' : 'districts.impLatNaN', vars: { row, v: lat.raw } });
  if (lon.ok && lat.ok) {
    if (Math.abs(lon.value) > 180) issues.push({ key: 'districts.impLonRange', vars: { row, v: lon.value } });
    if (Math.abs(lat.value) > 90) {
      const swapped = Math.abs(lat.value) <= 180 && Math.abs(lon.value) <= 90;
      issues.push({ key: swapped ? 'districts.impLatRangeSwapped' : 'districts.impLatRange', vars: { row, v: lat.value } });
    }
  }
  if (issues.length > 0 || !lon.ok || !lat.ok) return { ok: false, issues };
  const [x, y] = toWgs84(datum, [lon.value, lat.value]);
  return { ok: true, name: m.name >= 0 ? cleanText(fields[m.name]) : '', lon: x, lat: y };
}

/** The properties a feature's name is taken from, in order. */
export const NAME_KEYS = ['name', '名称', 'title'] as const;

/**
 * A GeoJSON feature → a WGS-84 point with its properties as text attributes.
 * `cut`: the key of the first value cleanText had to cut (said to the user, once per file).
 */
export function featureToPoint(
  f: unknown,
  datum: Datum,
  row: number,
): { ok: true; name: string; lon: number; lat: number; props: Record<string, string>; cut?: string } | { ok: false; issues: ImportIssue[] } {
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const fail = (key: ImportIssue['key'], vars: Record<string, string | number> = {}) => ({ ok: false as const, issues: [{ key, vars: { row, ...vars } }] });
  const g = isObj(f) ? f['geometry'] : undefined;
  if (!isObj(g)) return fail('districts.impFeatNoGeom');
  if (g['type'] !== 'Point') return fail('districts.impFeatNotPoint', { t: clip(String(g['type']), 30) });
  const c = g['coordinates'];
  if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !Number.isFinite(c[0]) || !Number.isFinite(c[1]))
    return fail('districts.impFeatBadCoords');
  if (Math.abs(c[0]) > 180) return fail('districts.impFeatLonRange', { v: c[0] });
  // As for a CSV row: a latitude past 90 that would be a longitude, with a longitude that would be a latitude.
  if (Math.abs(c[1]) > 90)
    return fail(Math.abs(c[1]) <= 180 && Math.abs(c[0]) <= 90 ? 'importer.featLatRangeSwapped' : 'districts.impFeatLatRange', { v: c[1] });
  const raw = isObj(f) && isObj(f['properties']) ? f['properties'] : {};
  const props: Record<string, string> = {};
  let cut: string | undefined;
  for (const [k, v] of Object.entries(raw)) {
    const key = cleanText(k, 100);
    props[key] = cleanText(v, MAX_ATTR);
    if (cut === undefined && isCut(v, MAX_ATTR)) cut = key;
  }
  const nameRaw = [raw['name'], raw['名称'], raw['title']].find((v) => cleanText(v) !== '');
  const name = cleanText(nameRaw);
  if (cut === undefined && isCut(nameRaw, MAX_NAME)) cut = NAME_KEYS.find((k) => raw[k] === nameRaw);
  const [lon, lat] = toWgs84(datum, [c[0], c[1]]);
  return { ok: true, name, lon, lat, props, ...(cut !== undefined ? { cut } : {}) };
}
