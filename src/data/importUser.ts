// Import of a user's own points (e.g. a portfolio of companies) from CSV or GeoJSON, to count them by
// district. Pure (text in, points and problems out) and total: it never throws, whatever the input.
// Problems are kept as message keys (formatted by td() of the Districts strings) so the screen can
// show them in either language; parseUserFile() gives them as plain strings.
import type { Lang } from '../state/urlState.ts';
import { td, type DistrictStringKey } from '../plan/districtStrings.ts';

export const MAX_ROWS = 5000;
export const MAX_BYTES = 5 * 1024 * 1024;
/** Longer names are cut (a name is a label, not a document). */
export const MAX_NAME = 200;

export interface UserPoint {
  /** '' when the file gives none (the screen names it by its row). */
  name: string;
  lon: number;
  lat: number;
  /** CSV: the record's row in the file (the header is row 1); GeoJSON: the feature's position from 1. */
  row: number;
}

export interface ImportIssue {
  key: DistrictStringKey;
  vars: Record<string, string | number>;
  /** Latitude out of range but the pair would fit swapped: say so. */
  swapped?: boolean;
}

export interface ImportResult {
  format: 'csv' | 'geojson';
  points: UserPoint[];
  issues: ImportIssue[];
  /** Rows (or features) in the file that were not imported, for any reason. */
  skipped: number;
}

export function formatIssue(issue: ImportIssue, lang: Lang): string {
  return td(lang, issue.key, issue.vars) + (issue.swapped ? td(lang, 'impSwapped') : '');
}

/** The name a point is shown under: its own, or its row. */
export function pointLabel(p: UserPoint, format: ImportResult['format'], lang: Lang): string {
  return p.name || td(lang, format === 'csv' ? 'impUnnamedRow' : 'impUnnamedFeature', { row: p.row });
}

/** The brief's shape: text → { points: {name, lon, lat}[], problems: string[] }. */
export function parseUserFile(
  text: string,
  opts: { fileName?: string; byteLength?: number; lang?: Lang } = {},
): { points: Array<{ name: string; lon: number; lat: number }>; problems: string[] } {
  const lang = opts.lang ?? 'en';
  const r = importUserText(text, opts);
  return {
    points: r.points.map((p) => ({ name: pointLabel(p, r.format, lang), lon: p.lon, lat: p.lat })),
    problems: r.issues.map((i) => formatIssue(i, lang)),
  };
}

/**
 * Bytes of a file as text: UTF-8 (a BOM is dropped later), else GB18030 — what Excel on a Chinese
 * Windows saves a "CSV" in.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
    } catch {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    }
  }
}

const mb = (bytes: number) => (Math.round((bytes / 1024 / 1024) * 10) / 10).toString();

function byteLengthOf(text: string): number {
  // A UTF-16 unit is at least one UTF-8 byte and at most three: count only when it matters.
  if (text.length > MAX_BYTES) return text.length;
  if (text.length * 3 <= MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export function importUserText(text: string, opts: { fileName?: string; byteLength?: number } = {}): ImportResult {
  const format = detectFormat(text, opts.fileName);
  try {
    if (typeof text !== 'string') return { format, points: [], issues: [{ key: 'impEmpty', vars: {} }], skipped: 0 };
    const bytes = opts.byteLength ?? byteLengthOf(text);
    if (bytes > MAX_BYTES) return { format, points: [], issues: [{ key: 'impTooBig', vars: { size: mb(bytes), mb: mb(MAX_BYTES) } }], skipped: 0 };
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return { format, points: [], issues: [{ key: 'impEmpty', vars: {} }], skipped: 0 };
    const r = format === 'geojson' ? parseGeoJson(body) : parseCsv(body);
    if (r.points.length === 0 && r.issues.length === 0) r.issues.push({ key: 'impNone', vars: {} });
    return r;
  } catch (e) {
    return { format, points: [], issues: [{ key: 'impCrashed', vars: { e: clip(String((e as Error)?.message ?? e), 120) } }], skipped: 0 };
  }
}

function detectFormat(text: string, fileName?: string): ImportResult['format'] {
  const ext = (fileName ?? '').toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  return typeof text === 'string' && /^\uFEFF?\s*[{[]/.test(text) ? 'geojson' : 'csv';
}

/** Cut to n characters (by code point) with an ellipsis, for echoing user text in messages. */
const clip = (s: string, n: number) => {
  const cps = [...s];
  return cps.length > n ? cps.slice(0, n).join('') + '…' : s;
};

function cleanName(raw: unknown): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  // eslint-disable-next-line no-control-regex
  const s = String(raw).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return [...s].slice(0, MAX_NAME).join('');
}

// --- CSV ------------------------------------------------------------------------------------------

const NAME_COLS = ['name', 'title', '名称', '名字'];
const LON_COLS = ['lon', 'lng', 'long', 'longitude', '经度'];
const LAT_COLS = ['lat', 'latitude', '纬度'];

/** The separator of the header line: the most frequent of , ; and tab outside quotes (comma on a tie). */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * RFC 4180 records (quoted fields, doubled quotes, CRLF/LF/CR line ends; lenient with a quote inside
 * an unquoted field). Each record carries its row (1-based). `unclosed` is the row whose quote never closes.
 */
export function parseCsvRecords(text: string, sep: string): { records: Array<{ row: number; fields: string[] }>; unclosed?: number } {
  const records: Array<{ row: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  let row = 1;
  const endField = () => { fields.push(field); field = ''; fieldStart = true; };
  const endRecord = () => { endField(); records.push({ row, fields }); fields = []; row++; };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; }
        else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && fieldStart) { quoted = true; fieldStart = false; continue; }
    if (ch === sep) { endField(); continue; }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      continue;
    }
    field += ch;
    fieldStart = false;
  }
  if (quoted) return { records, unclosed: row };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

type Coord = { ok: true; value: number } | { ok: false; why: 'missing' | 'nan'; raw: string };

function parseCoord(raw: string | undefined, sep: string): Coord {
  let s = (raw ?? '').trim().replace(/\u2212/g, '-');
  if (s === '') return { ok: false, why: 'missing', raw: '' };
  // With ; or tab separators, a decimal comma (113,25) is common (European locales).
  if (sep !== ',' && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { ok: false, why: 'nan', raw: clip(s, 40) };
  const v = Number(s);
  return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, why: 'nan', raw: clip(s, 40) };
}

function parseCsv(text: string): ImportResult {
  const sep = detectSeparator(text);
  const { records, unclosed } = parseCsvRecords(text, sep);
  const issues: ImportIssue[] = [];
  const points: UserPoint[] = [];
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = nonEmpty[0];
  if (!header) {
    if (unclosed !== undefined) issues.push({ key: 'impBadQuote', vars: { row: unclosed } });
    else issues.push({ key: 'impEmpty', vars: {} });
    return { format: 'csv', points, issues, skipped: 0 };
  }
  const norm = header.fields.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const find = (names: readonly string[]) => norm.findIndex((h) => names.includes(h));
  const iName = find(NAME_COLS);
  const iLon = find(LON_COLS);
  const iLat = find(LAT_COLS);
  if (iLon < 0 || iLat < 0) {
    const cols = header.fields.slice(0, 12).map((h) => clip(h.trim(), 30)).join(', ') + (header.fields.length > 12 ? ', …' : '');
    issues.push({ key: 'impNoHeader', vars: { cols } });
    return { format: 'csv', points, issues, skipped: Math.max(0, nonEmpty.length - 1) };
  }
  if (iName < 0) issues.push({ key: 'impNoName', vars: {} });
  const data = nonEmpty.slice(1);
  let skipped = 0;
  for (const rec of data.slice(0, MAX_ROWS)) {
    const lon = parseCoord(rec.fields[iLon], sep);
    const lat = parseCoord(rec.fields[iLat], sep);
    const row = rec.row;
    let bad = false;
    if (!lon.ok) { issues.push({ key: lon.why === 'missing' ? 'impLonMissing' : 'impLonNaN', vars: { row, v: lon.raw } }); bad = true; }
    if (!lat.ok) { issues.push({ key: lat.why === 'missing' ? 'impLatMissing' : 'impLatNaN', vars: { row, v: lat.raw } }); bad = true; }
    if (lon.ok && lat.ok) {
      const swapped = Math.abs(lat.value) > 90 && Math.abs(lat.value) <= 180 && Math.abs(lon.value) <= 90;
      if (Math.abs(lon.value) > 180) { issues.push({ key: 'impLonRange', vars: { row, v: lon.value } }); bad = true; }
      if (Math.abs(lat.value) > 90) { issues.push({ key: 'impLatRange', vars: { row, v: lat.value }, swapped }); bad = true; }
    }
    if (bad || !lon.ok || !lat.ok) { skipped++; continue; }
    points.push({ name: iName >= 0 ? cleanName(rec.fields[iName]) : '', lon: lon.value, lat: lat.value, row });
  }
  if (data.length > MAX_ROWS) {
    issues.push({ key: 'impCapped', vars: { max: MAX_ROWS, n: data.length - MAX_ROWS } });
    skipped += data.length - MAX_ROWS;
  }
  if (unclosed !== undefined) {
    issues.push({ key: 'impBadQuote', vars: { row: unclosed } });
    skipped++;
  }
  return { format: 'csv', points, issues, skipped };
}

// --- GeoJSON --------------------------------------------------------------------------------------

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function parseGeoJson(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { format: 'geojson', points: [], issues: [{ key: 'impBadJson', vars: { e: clip(String((e as Error).message), 120) } }], skipped: 0 };
  }
  let features: unknown[];
  if (isObj(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) features = json.features;
  else if (isObj(json) && json.type === 'Feature') features = [json];
  else if (isObj(json) && json.type === 'Point') features = [{ type: 'Feature', geometry: json, properties: {} }];
  else return { format: 'geojson', points: [], issues: [{ key: 'impNotGeoJson', vars: {} }], skipped: 0 };

  const issues: ImportIssue[] = [];
  const points: UserPoint[] = [];
  let skipped = 0;
  features.slice(0, MAX_ROWS).forEach((f, i) => {
    const row = i + 1;
    const skip = (issue: ImportIssue) => { issues.push(issue); skipped++; };
    const g = isObj(f) ? f.geometry : undefined;
    if (!isObj(g)) return skip({ key: 'impFeatNoGeom', vars: { row } });
    if (g.type !== 'Point') return skip({ key: 'impFeatNotPoint', vars: { row, t: clip(String(g.type), 30) } });
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) {
      return skip({ key: 'impFeatBadCoords', vars: { row } });
    }
    const [lon, lat] = [c[0], c[1]];
    if (Math.abs(lon) > 180) return skip({ key: 'impFeatLonRange', vars: { row, v: lon } });
    if (Math.abs(lat) > 90) return skip({ key: 'impFeatLatRange', vars: { row, v: lat }, swapped: Math.abs(lat) <= 180 && Math.abs(lon) <= 90 });
    const props = isObj(f) && isObj(f.properties) ? f.properties : {};
    const name = [props.name, props['名称'], props.title].map(cleanName).find((n) => n !== '') ?? '';
    points.push({ name, lon, lat, row });
  });
  if (features.length > MAX_ROWS) {
    issues.push({ key: 'impFeatCapped', vars: { max: MAX_ROWS, n: features.length - MAX_ROWS } });
    skipped += features.length - MAX_ROWS;
  }
  return { format: 'geojson', points, issues, skipped };
}
