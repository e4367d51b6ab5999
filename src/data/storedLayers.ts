// What the browser's store of the user's layers holds, read without trusting it. Each layer is two
// records under its id — `meta:<id>` (name, colour, shown…) and `points:<id>` (the packed points) —
// so a change to one layer writes that layer's small record and nothing else. A record that cannot
// be read is set aside (listed, never rewritten); the format before 2026-12 (one 'index' list of
// every layer's metadata + 'data:<id>' records) is converted without dropping anything. Pure: the
// store's glue is src/state/userLayers.ts.
import type { PackedPoints } from './packPoints.ts';
import { DATUMS } from '../geo/datum.ts';

export interface UserLayerMeta {
  id: string;
  name: string;
  color: string;
  visible: boolean;
  fileName: string;
  /** ISO time of the import. */
  createdAt: string;
  /** Found stored without its metadata (the older format could lose it): named by its import time. */
  recovered?: boolean;
}

/** Records of the store that cannot be read as a layer, kept as they are until the user removes them. */
export interface AsideRecord {
  /** The layer's name when its metadata could be read, else undefined (the view names it by `id` or `keys`). */
  name: string | undefined;
  /** The layer's id, when the records are a layer's. */
  id?: string;
  /** Every record of it, removed together. */
  keys: string[];
}

export const metaKey = (id: string): string => `meta:${id}`;
export const pointsKey = (id: string): string => `points:${id}`;
/** The older format's keys (read, converted, never written). */
export const OLD_INDEX_KEY = 'index';
export const oldDataKey = (id: string): string => `data:${id}`;

/** A new layer's id: its import time (base 36) and a random tail. */
export const newLayerId = (now: number, random: () => number = Math.random): string =>
  `l${now.toString(36)}${random().toString(36).slice(2, 6).padEnd(4, '0')}`;
/** The import time written in an id made by newLayerId, if it is one. */
export function timeOfId(id: string): number | undefined {
  const ms = /^l([0-9a-z]{6,10})[0-9a-z]{4}$/.exec(id) ? parseInt(id.slice(1, -4), 36) : NaN;
  return Number.isFinite(ms) && ms > 1.4e12 && ms < 4e12 ? ms : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A meta record, if it is one (of the layer `id`). */
export function readMeta(v: unknown, id?: string): UserLayerMeta | undefined {
  if (!isObject(v)) return undefined;
  const { id: vid, name, color, visible, fileName, createdAt, recovered } = v;
  if (typeof vid !== 'string' || vid === '' || (id !== undefined && vid !== id)) return undefined;
  if (typeof name !== 'string' || typeof color !== 'string' || typeof visible !== 'boolean') return undefined;
  if (typeof fileName !== 'string' || typeof createdAt !== 'string') return undefined;
  return { id: vid, name, color, visible, fileName, createdAt, ...(recovered === true ? { recovered: true } : {}) };
}

/** The name a record that cannot be read as a whole still gives, if any. */
export const nameIn = (v: unknown): string | undefined => (isObject(v) && typeof v['name'] === 'string' && v['name'] !== '' ? v['name'] : undefined);

/** Joins values in PackedPoints (see packPoints.ts). */
const SEP = '\u001f';
const parts = (s: string): number => {
  let n = 1;
  for (let i = s.indexOf(SEP); i >= 0; i = s.indexOf(SEP, i + 1)) n++;
  return n;
};

/**
 * A points record, if every part of it is there with the right type and length — so unpacking it
 * cannot throw or give a layer whose columns disagree.
 */
export function readPoints(v: unknown): PackedPoints | undefined {
  if (!isObject(v)) return undefined;
  const p = v as Partial<Record<keyof PackedPoints, unknown>>;
  const n = p.count;
  if (!isCount(n)) return undefined;
  if (p.format !== 'csv' && p.format !== 'geojson') return undefined;
  if (!['utf-8', 'utf-16le', 'utf-16be', 'gb18030'].includes(p.encoding as string)) return undefined;
  if (!(DATUMS as readonly unknown[]).includes(p.datum)) return undefined;
  if (typeof p.names !== 'string' || (n > 0 ? parts(p.names) !== n : p.names !== '')) return undefined;
  if (!(p.lon instanceof Float64Array) || !(p.lat instanceof Float64Array) || p.lon.length !== n || p.lat.length !== n) return undefined;
  if (!(p.rows instanceof Int32Array) || p.rows.length !== n) return undefined;
  if (!(p.district instanceof Int8Array) || p.district.length !== n || !isStrings(p.districtNames)) return undefined;
  const d = p.district;
  const names = p.districtNames.length;
  for (let i = 0; i < n; i++) if (d[i]! >= names || d[i]! < -1) return undefined;
  if (!isStrings(p.attrKeys) || !isStrings(p.attrs) || p.attrs.length !== p.attrKeys.length) return undefined;
  if (p.attrs.some((a) => (n > 0 ? parts(a) !== n : a !== ''))) return undefined;
  if (!Array.isArray(p.issues) || !p.issues.every((i) => isObject(i) && typeof i['key'] === 'string')) return undefined;
  if (!isCount(p.issueCount) || !isCount(p.skipped) || !isCount(p.outside)) return undefined;
  if (!isObject(p.counts) || !Object.values(p.counts).every(isCount)) return undefined;
  return v as unknown as PackedPoints;
}

/** Whether the store still holds records of the older format (converted by convertOld). */
export const hasOld = (keys: readonly IDBValidKey[]): boolean => keys.some((k) => k === OLD_INDEX_KEY || (typeof k === 'string' && k.startsWith('data:')));

/** The layer ids the store's keys name. */
export const idsOf = (keys: readonly IDBValidKey[]): string[] => [
  ...new Set(keys.flatMap((k) => (typeof k === 'string' ? (/^(?:meta|points):(.+)$/.exec(k)?.[1] ?? []) : []))),
];

/**
 * One layer's records → the layer, or the records set aside. `points`: the points record's value, null
 * when there is none, undefined when it was not read (the caller has these points already).
 */
export function readLayer(
  id: string,
  meta: unknown,
  points: unknown,
  keys: ReadonlySet<string>,
): { meta: UserLayerMeta; points: PackedPoints | undefined } | { aside: AsideRecord } {
  const own = [metaKey(id), pointsKey(id), oldDataKey(id)].filter((k) => keys.has(k));
  const m = readMeta(meta, id);
  if (!m) return { aside: { name: nameIn(meta), id, keys: own } };
  if (points === undefined) return { meta: m, points: undefined };
  const p = readPoints(points);
  return p ? { meta: m, points: p } : { aside: { name: m.name || undefined, id, keys: own } };
}

/**
 * The whole store → its layers (in import order) and what is set aside: every record is one or the
 * other, none is dropped. `metas`: the meta records' values by id; `points`: the points records read
 * (a points key present but not in the map: the caller has those points).
 */
export function classify(
  keys: readonly IDBValidKey[],
  metas: ReadonlyMap<string, unknown>,
  points: ReadonlyMap<string, unknown>,
): {
  layers: Array<{ meta: UserLayerMeta; points: PackedPoints | undefined }>;
  aside: AsideRecord[];
} {
  const keySet = new Set(keys.map(String));
  const layers: Array<{ meta: UserLayerMeta; points: PackedPoints | undefined }> = [];
  const aside: AsideRecord[] = [];
  const claimed = new Set<string>();
  for (const id of idsOf(keys)) {
    const p = points.has(id) ? points.get(id) : keySet.has(pointsKey(id)) ? undefined : null;
    const r = readLayer(id, metas.get(id), p, keySet);
    if ('aside' in r) {
      aside.push(r.aside);
      r.aside.keys.forEach((k) => claimed.add(k));
    } else {
      layers.push(r);
      claimed.add(metaKey(id)).add(pointsKey(id));
    }
  }
  for (const k of keySet) if (!claimed.has(k)) aside.push({ name: undefined, keys: [k] });
  layers.sort((a, b) => byImport(a.meta, b.meta));
  return { layers, aside };
}

/**
 * The older format → records of this one: what to write and what to delete, in one transaction.
 * Nothing is lost: a layer is converted only when both its parts can be read; the rest stays as it
 * was (and is then set aside by readLayer or as a foreign key); the old list is deleted only when every
 * entry in it was converted or already was. A layer's points stored without metadata (a tab that
 * rewrote the list from its stale memory) come back as a recovered layer.
 */
export function convertOld(
  entries: ReadonlyArray<readonly [IDBValidKey, unknown]>,
  colors: readonly string[],
): { put: Array<[string, unknown]>; del: string[] } {
  const byKey = new Map(entries.map(([k, v]) => [String(k), v]));
  const put: Array<[string, unknown]> = [];
  const del: string[] = [];
  const has = (k: string) => byKey.has(k) || put.some(([p]) => p === k);
  const pointsOf = (id: string) => {
    const d = byKey.get(oldDataKey(id));
    return isObject(d) ? readPoints(d['packed']) : undefined;
  };
  const convert = (m: UserLayerMeta) => {
    if (has(metaKey(m.id))) return; // converted before (an old tab may have written the list again)
    const packed = pointsOf(m.id);
    // Unreadable points stay where they are, beside the metadata that names them.
    if (!packed || has(pointsKey(m.id))) return void put.push([metaKey(m.id), m]);
    put.push([metaKey(m.id), m], [pointsKey(m.id), packed]);
    del.push(oldDataKey(m.id));
  };
  const listed = new Set<string>();
  if (byKey.has(OLD_INDEX_KEY)) {
    const index = byKey.get(OLD_INDEX_KEY);
    const metas = Array.isArray(index) ? index.map((m) => readMeta(m)) : [undefined];
    for (const m of metas) {
      if (m && !listed.has(m.id)) {
        listed.add(m.id);
        convert(m);
      }
    }
    // The list goes only when all of it was read; else it is kept, and set aside.
    if (metas.every((m) => m !== undefined)) del.push(OLD_INDEX_KEY);
  }
  // Points no list names: recovered, named by the time of their import.
  let n = 0;
  for (const k of byKey.keys()) {
    const id = k.startsWith('data:') ? k.slice(5) : undefined;
    if (!id || listed.has(id) || has(metaKey(id)) || has(pointsKey(id))) continue;
    const packed = pointsOf(id);
    if (!packed) continue;
    const at = new Date(timeOfId(id) ?? Date.now()).toISOString();
    const meta: UserLayerMeta = {
      id,
      name: at.slice(0, 16).replace('T', ' '),
      color: colors[n++ % colors.length]!,
      visible: true,
      fileName: '',
      createdAt: at,
      recovered: true,
    };
    put.push([metaKey(id), meta], [pointsKey(id), packed]);
    del.push(k);
  }
  return { put, del };
}

/** Layers in the order they were imported. */
export const byImport = (a: UserLayerMeta, b: UserLayerMeta): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
