// The import of a user's file as a layer of points, from decoded text to points placed in districts:
// a preview of the first rows (format, delimiter, columns, a guessed mapping), then the whole file
// (Papa Parse for CSV/TSV/semicolon, JSON.parse for GeoJSON), each row read by importRows.ts, converted
// from its datum, and placed in a district. Pure (text in, columns of data out), so Node tests it and
// the Web Worker (import.worker.ts) only glues it to the file and to progress messages.
import Papa from 'papaparse';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Datum } from '../geo/datum.ts';
import { assignDistricts } from '../geo/assignDistricts.ts';
import { detectColumns, rowToPoint, featureToPoint, cleanText, clip, isCut, MAX_ATTR, MAX_NAME, type ColumnMapping, type ImportIssue } from './importRows.ts';
import type { TextEncoding } from './sniffEncoding.ts';

export type { ColumnMapping, ImportIssue } from './importRows.ts';

/** Stated up front in the panel and checked before any byte is read. */
export const MAX_BYTES = 50 * 1024 * 1024;
/** Problems listed one by one (the rest are counted). */
export const MAX_ISSUES_KEPT = 1000;
/** Attribute columns kept (besides the name and the coordinates, which are always read wherever they stand). */
export const MAX_COLUMNS = 200;
/** Columns a header may have at all: past this the file is not a table of points. */
const MAX_HEADER = 20_000;
/** A quoted cell over this many lines is most likely a stray quote that swallowed the rows after it. */
const QUOTE_SPAN_LINES = 3;
/** Warnings of one kind listed (the first few say enough). */
const MAX_WARNINGS_EACH = 5;
export const PREVIEW_ROWS = 8;

export type Format = 'csv' | 'geojson';
export type Delimiter = ',' | ';' | '\t' | '|';

export interface Preview {
  format: Format;
  delimiter: Delimiter;
  /** Every column of the header: the mapping is chosen among these and detected on these. */
  header: string[];
  /** The first data rows, as read (cells clipped for display). */
  rows: string[][];
  /** Indices into `header` (the same header the user sees), -1 when absent. */
  mapping: ColumnMapping;
}

/** The file's own columns (CSV imports): kept so an export gives them back under their own headers. */
export interface SourceColumns {
  /** Headers of the columns kept, in the file's order (the attributes' keys among them). */
  header: string[];
  /** Positions in `header`; name -1 when the file had no name column. */
  name: number;
  lon: number;
  lat: number;
}

/** A mapping the user can see and import with: both coordinates among the header's columns, and different. */
export function mappingUsable(m: ColumnMapping, columns: number): boolean {
  const inside = (i: number) => Number.isInteger(i) && i >= 0 && i < columns;
  return inside(m.lon) && inside(m.lat) && m.lon !== m.lat && (m.name === -1 || inside(m.name));
}

export type Fail = { error: ImportIssue };

export function formatOf(text: string, fileName = ''): Format {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'geojson' : 'csv';
}

const DELIMITERS: Delimiter[] = [',', '\t', ';', '|'];

/** Header cells as attribute keys: clean, never empty, never repeated. */
function headerKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const base = cleanText(h, 100) || `column ${i + 1}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base} (${n + 1})`;
  });
}

/**
 * The head of a file (its first SNIFF_BYTES, decoded) → what the preview shows.
 * @param truncated the head is not the whole file (its last line may be cut)
 */
export function previewText(text: string, fileName: string, truncated = false): Preview | Fail {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { error: { key: 'districts.impEmpty', vars: {} } };
  const format = formatOf(body, fileName);
  if (format === 'geojson') return { format, delimiter: ',', header: [], rows: [], mapping: { name: -1, lon: -1, lat: -1 } };
  const lines = truncated ? body.slice(0, Math.max(0, body.lastIndexOf('\n'))) : body;
  const r = Papa.parse<string[]>(lines, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: PREVIEW_ROWS + 1 });
  const delimiter = (DELIMITERS as string[]).includes(r.meta.delimiter) ? (r.meta.delimiter as Delimiter) : ',';
  const [raw = [], ...rows] = r.data;
  // The mapping is detected on the very header the user chooses from: what is shown is what is used.
  const header = raw.slice(0, MAX_HEADER);
  return {
    format,
    delimiter,
    header: header.map((h) => cleanText(h, 100)),
    rows: rows.map((row) => row.slice(0, MAX_HEADER).map((c) => clip(c, 80))),
    mapping: detectColumns(header),
  };
}

export interface ImportedPoints {
  format: Format;
  encoding: TextEncoding;
  datum: Datum;
  /** Per point (parallel arrays): name ('' when none), WGS-84 lon/lat, the row (CSV) or feature number (GeoJSON). */
  names: string[];
  lon: Float64Array;
  lat: Float64Array;
  rows: Int32Array;
  /** Per point: its Guangzhou district (zh) or null when outside Guangzhou. */
  districts: Array<string | null>;
  /** The other columns, kept as text: attrs[k][i] is column attrKeys[k] of point i. */
  attrKeys: string[];
  attrs: string[][];
  /** The first MAX_ISSUES_KEPT problems; issueCount counts them all. */
  issues: ImportIssue[];
  /** What the user must hear about the file as a whole (values cut, rows merged, most points outside). */
  warnings?: ImportIssue[];
  /** CSV: the file's columns (absent for GeoJSON and for layers stored before 2026-12). */
  columns?: SourceColumns;
  issueCount: number;
  /** Rows (features) not imported. */
  skipped: number;
  /** Points outside every Guangzhou district. */
  outside: number;
  counts: Record<string, number>;
}

export type Phase = 'parse' | 'place';

export interface ImportOptions {
  fileName: string;
  encoding: TextEncoding;
  datum: Datum;
  /** CSV: the columns as the user confirmed them (else guessed from the header). */
  mapping?: ColumnMapping;
  delimiter?: Delimiter;
  districts: FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>;
  /** fraction 0–1 of the phase. */
  onProgress?: (phase: Phase, fraction: number) => void;
}

interface Acc {
  warnings: ImportIssue[];
  /** Values cut, and where the first was. */
  cut: number;
  firstCut?: { row: number; col: string };
  names: string[];
  lon: number[];
  lat: number[];
  rows: number[];
  attrs: string[][];
  issues: ImportIssue[];
  issueCount: number;
  skipped: number;
}

const newAcc = (nAttrs: number): Acc => ({
  warnings: [],
  cut: 0,
  names: [],
  lon: [],
  lat: [],
  rows: [],
  attrs: Array.from({ length: nAttrs }, () => []),
  issues: [],
  issueCount: 0,
  skipped: 0,
});
const note = (a: Acc, ...issues: ImportIssue[]) => {
  for (const i of issues) {
    a.issueCount++;
    if (a.issues.length < MAX_ISSUES_KEPT) a.issues.push(i);
  }
};
const noteCut = (a: Acc, row: number, col: string) => {
  a.cut++;
  a.firstCut ??= { row, col };
};
/** One read row into the accumulator: a point with its attributes (one per column), or a skip with its issues. */
const take = (
  a: Acc,
  r: { ok: true; name: string; lon: number; lat: number } | { ok: false; issues: ImportIssue[] },
  row: number,
  attrs: () => readonly string[],
) => {
  if (!r.ok) {
    note(a, ...r.issues);
    a.skipped++;
    return;
  }
  a.names.push(r.name);
  a.lon.push(r.lon);
  a.lat.push(r.lat);
  a.rows.push(row);
  attrs().forEach((v, k) => a.attrs[k]!.push(v));
};

export function importText(text: string, opts: ImportOptions): ImportedPoints | Fail {
  try {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return { error: { key: 'districts.impEmpty', vars: {} } };
    const format = formatOf(body, opts.fileName);
    const parsed = format === 'geojson' ? parseGeoJson(body, opts) : parseCsv(body, opts);
    if ('error' in parsed) return parsed;
    const { acc, attrKeys, columns } = parsed;
    if (acc.names.length === 0 && acc.issueCount === 0) return { error: { key: 'districts.impNone', vars: {} } };
    if (acc.firstCut) acc.warnings.push({ key: 'importer.cellsCut', vars: { n: acc.cut, ...acc.firstCut } });
    return place(format, acc, attrKeys, columns, opts);
  } catch (e) {
    return { error: { key: 'districts.impCrashed', vars: { e: clip(String((e as Error)?.message ?? e), 120) } } };
  }
}

function parseCsv(body: string, opts: ImportOptions): { acc: Acc; attrKeys: string[]; columns: SourceColumns } | Fail {
  let header: string[] | undefined;
  let keys: string[] = [];
  let columns: SourceColumns | undefined;
  // Line numbers, counted only as far as a warning needs them.
  let lineAt = 0;
  let lineCount = 1;
  let recordStart = 0;
  const lineOf = (pos: number) => {
    for (let i = body.indexOf('\n', lineAt); i >= 0 && i < pos; i = body.indexOf('\n', i + 1)) lineCount++;
    lineAt = pos;
    return lineCount;
  };
  let spans = 0;
  let mapping = opts.mapping;
  let attrCols: number[] = [];
  let attrKeys: string[] = [];
  let acc = newAcc(0);
  let record = 0;
  let fail: Fail | undefined;
  const decimalComma = opts.delimiter === ';' || opts.delimiter === '\t';
  const total = body.length;
  Papa.parse<string[]>(body, {
    delimiter: opts.delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    step: (res, parser) => {
      record++;
      const start = recordStart;
      recordStart = res.meta.cursor;
      const fields = res.data;
      if (fields.length === 0 || fields.every((f) => f.trim() === '')) return;
      if (!header) {
        header = fields.slice(0, MAX_HEADER);
        mapping ??= detectColumns(header);
        if (!mappingUsable(mapping, header.length)) {
          const cols =
            header
              .slice(0, 12)
              .map((h) => clip(h.trim(), 30))
              .join(', ') + (header.length > 12 ? ', …' : '');
          fail = { error: { key: 'districts.impNoHeader', vars: { cols } } };
          parser.abort();
          return;
        }
        keys = headerKeys(header);
        const m = mapping;
        const others = header.map((_, i) => i).filter((i) => i !== m.lon && i !== m.lat && i !== m.name);
        attrCols = others.slice(0, MAX_COLUMNS);
        attrKeys = attrCols.map((i) => keys[i]!);
        const kept = header.map((_, i) => i).filter((i) => i === m.lon || i === m.lat || i === m.name || attrCols.includes(i));
        columns = { header: kept.map((i) => keys[i]!), name: m.name < 0 ? -1 : kept.indexOf(m.name), lon: kept.indexOf(m.lon), lat: kept.indexOf(m.lat) };
        acc = newAcc(attrCols.length);
        if (others.length > MAX_COLUMNS)
          acc.warnings.push({ key: 'importer.columnsDropped', vars: { n: header.length, k: MAX_COLUMNS, m: others.length - MAX_COLUMNS } });
        return;
      }
      if (record % 5000 === 0) opts.onProgress?.('parse', Math.min(1, res.meta.cursor / total));
      if (res.errors.some((e) => e.code === 'MissingQuotes')) {
        note(acc, { key: 'districts.impBadQuote', vars: { row: record } });
        acc.skipped++;
        return;
      }
      // A stray quote reads the lines after it into one cell, silently: say which lines became one row.
      const breaks = Math.max(...fields.map((f) => (f.match(/\n/g) ?? []).length));
      if (breaks >= QUOTE_SPAN_LINES || (breaks > 0 && res.errors.some((e) => e.code === 'InvalidQuotes'))) {
        if (spans++ < MAX_WARNINGS_EACH) {
          const a = lineOf(start + (body.slice(start, start + 2) === '\r\n' ? 2 : body[start] === '\n' ? 1 : 0));
          acc.warnings.push({ key: 'importer.quoteSpan', vars: { a, b: a + breaks, k: breaks + 1, row: record } });
        }
      }
      const m = mapping!;
      const r = rowToPoint(fields, m, opts.datum, record, decimalComma);
      if (r.ok && m.name >= 0 && isCut(fields[m.name], MAX_NAME)) noteCut(acc, record, keys[m.name]!);
      take(acc, r, record, () =>
        attrCols.map((c) => {
          if (isCut(fields[c], MAX_ATTR)) noteCut(acc, record, keys[c]!);
          return cleanText(fields[c], MAX_ATTR);
        }),
      );
    },
  });
  if (fail) return fail;
  if (!header) return { error: { key: 'districts.impEmpty', vars: {} } };
  if (mapping!.name < 0) note(acc, { key: 'districts.impNoName', vars: {} });
  opts.onProgress?.('parse', 1);
  return { acc, attrKeys, columns: columns! };
}

function parseGeoJson(body: string, opts: ImportOptions): { acc: Acc; attrKeys: string[]; columns?: undefined } | Fail {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { error: { key: 'districts.impBadJson', vars: { e: clip(String((e as Error).message), 120) } } };
  }
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  let features: unknown[];
  if (isObj(json) && json['type'] === 'FeatureCollection' && Array.isArray(json['features'])) features = json['features'];
  else if (isObj(json) && json['type'] === 'Feature') features = [json];
  else if (isObj(json) && json['type'] === 'Point') features = [{ type: 'Feature', geometry: json, properties: {} }];
  else return { error: { key: 'districts.impNotGeoJson', vars: {} } };
  const read = features.map((f, i) => featureToPoint(f, opts.datum, i + 1));
  const keySet = new Set<string>();
  for (const r of read) if (r.ok) for (const k of Object.keys(r.props)) if (keySet.size < MAX_COLUMNS) keySet.add(k);
  const attrKeys = [...keySet];
  const acc = newAcc(attrKeys.length);
  read.forEach((r, i) => {
    if (r.ok && r.cut !== undefined) noteCut(acc, i + 1, r.cut);
    take(acc, r, i + 1, () => (r.ok ? attrKeys.map((k) => r.props[k] ?? '') : []));
  });
  opts.onProgress?.('parse', 1);
  return { acc, attrKeys };
}

const PLACE_CHUNK = 10_000;

function place(format: Format, acc: Acc, attrKeys: string[], columns: SourceColumns | undefined, opts: ImportOptions): ImportedPoints {
  const n = acc.names.length;
  const districts: Array<string | null> = new Array(n);
  const counts: Record<string, number> = {};
  for (const f of opts.districts.features) counts[f.properties.name_zh] = 0;
  let outside = 0;
  for (let start = 0; start < n; start += PLACE_CHUNK) {
    const pts: Array<{ lon: number; lat: number }> = [];
    for (let i = start; i < Math.min(n, start + PLACE_CHUNK); i++) pts.push({ lon: acc.lon[i]!, lat: acc.lat[i]! });
    const a = assignDistricts(pts, opts.districts);
    a.districts.forEach((d, j) => {
      districts[start + j] = d;
    });
    for (const [d, c] of a.counts) counts[d] = (counts[d] ?? 0) + c;
    outside += a.outside;
    opts.onProgress?.('place', Math.min(1, (start + PLACE_CHUNK) / n));
  }
  // Over half outside the city: far more likely a wrong datum or swapped columns than a list of elsewhere.
  if (n > 0 && outside * 2 > n) acc.warnings.push({ key: 'importer.mostOutside', vars: { n: outside, total: n } });
  return {
    format,
    encoding: opts.encoding,
    datum: opts.datum,
    warnings: acc.warnings,
    ...(columns ? { columns } : {}),
    names: acc.names,
    lon: Float64Array.from(acc.lon),
    lat: Float64Array.from(acc.lat),
    rows: Int32Array.from(acc.rows),
    districts,
    attrKeys,
    attrs: acc.attrs,
    issues: acc.issues,
    issueCount: acc.issueCount,
    skipped: acc.skipped,
    outside,
    counts,
  };
}
