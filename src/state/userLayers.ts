// The user's own layers (imported files): named, coloured, shown or hidden, kept in this browser's
// IndexedDB so a mode switch or a reload loses nothing. Nothing leaves the machine. One store for the
// whole page (module-level signals): the Districts screen edits it, the map draws it.
//
// Nothing is lost without a word:
// - each layer is its own records (src/data/storedLayers.ts); a change writes one layer's metadata,
//   read and written in one transaction, never a list rewritten from this tab's memory;
// - other tabs are told of every change (BroadcastChannel) and read the store again, as this one does
//   when it is shown again;
// - a write that fails — whatever its message, an empty one included — leaves the layer in this page
//   only, and says so (the import's result, `problems` for later changes); an import that was not
//   stored is never reported as stored;
// - a record that cannot be read is set aside (`aside`), named, and never written over.
import { createSignal } from 'solid-js';
import { createStore, clear, promisifyRequest, type UseStore } from 'idb-keyval';
import type { FeatureCollection, Point } from 'geojson';
import type { ImportedPoints } from '../data/importPipeline.ts';
import { unpackPoints, mapFeatures, type PackedPoints, type MapPointProps } from '../data/packPoints.ts';
import {
  metaKey,
  pointsKey,
  oldDataKey,
  newLayerId,
  readMeta,
  hasOld,
  idsOf,
  classify,
  convertOld,
  type UserLayerMeta,
  type AsideRecord,
} from '../data/storedLayers.ts';
import { withoutBidiControls } from '../i18n/bidi.ts';
import type { Message } from '../i18n/index.ts';

export type { UserLayerMeta, AsideRecord } from '../data/storedLayers.ts';

export interface UserLayer extends UserLayerMeta {
  data: ImportedPoints;
  /** The map's features, built once (the same object for as long as the layer lives). */
  features: FeatureCollection<Point, MapPointProps>;
  /** Where it lives: in this browser's storage, being written there, or in this page only. */
  kept: 'saved' | 'saving' | 'page';
}
/** A point of a layer the user clicked on the map. */
export interface PickedPoint {
  layerId: string;
  index: number;
}
/** What the site keeps in this browser: the layers' bytes when the browser tells them apart. */
export interface StorageUse {
  bytes: number;
  layersOnly: boolean;
}

/**
 * Colours no plan kind or corridor uses (CIE76 ΔE ≥ 24 from each, and from each other; test/unit/
 * layerColours.test.ts), each at least 3:1 on white so points and their labels read on the light basemap.
 */
export const LAYER_COLORS = ['#86198f', '#c026d3', '#334400', '#000000', '#bb7799', '#1e1b4b', '#713f12'] as const;
export const MAX_LAYER_NAME = 60;

let db: UseStore | undefined;
const store = (): UseStore => (db ??= createStore('gz-hub-user-data', 'layers'));

const [layers, setLayers] = createSignal<readonly UserLayer[]>([]);
const [loaded, setLoaded] = createSignal(false);
const [aside, setAside] = createSignal<readonly AsideRecord[]>([]);
const [problems, setProblems] = createSignal<readonly Message[]>([]);
const [usage, setUsage] = createSignal<StorageUse | undefined>();
const [picked, setPicked] = createSignal<PickedPoint | null>(null);
/** Writes to the store queued or running: a change shown is not stored until this is 0. */
const [pending, setPending] = createSignal(0);
export {
  layers as userLayers,
  loaded as userLayersLoaded,
  aside as userLayersAside,
  problems as userLayersProblems,
  usage as userStorageUse,
  picked as pickedUserPoint,
  setPicked as pickUserPoint,
};
/**
 * Whether a change shown (an import, a rename, a delete) is still being written: the list shows it at
 * once, and a page closed before the write ends would bring a deleted layer back, or lose a new one.
 */
export const userLayersSaving = () => pending() > 0;

const say = (m: Message) => setProblems((ps) => [...ps, m]);
const isQuota = (e: unknown) => (e as { name?: unknown } | null)?.name === 'QuotaExceededError';
/** A layer's name in a message: without bidirectional controls (see i18n/bidi.ts). */
const named = (l: { name: string }) => withoutBidiControls(l.name);

// --- one queue: this tab's reads and writes never interleave -----------------------------------
let queue: Promise<unknown> = Promise.resolve();
/** `write`: counted as a change being stored (a read cut short by closing the page loses nothing). */
function queued<T>(task: () => Promise<T>, write = true): Promise<T> {
  if (write) setPending((n) => n + 1);
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  if (write) void queue.finally(() => setPending((n) => n - 1));
  return run;
}

// --- other tabs --------------------------------------------------------------------------------
const TAB = Math.random().toString(36).slice(2);
let channel: BroadcastChannel | undefined;
/** Tells the other tabs of this site that the store changed. */
const tellOthers = () => channel?.postMessage({ from: TAB });
let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel('gz-hub-user-layers');
    channel.onmessage = (e: MessageEvent<{ from?: string }>) => {
      if (e.data?.from !== TAB) void refresh();
    };
  }
  // A tab shown again reads the store too (a browser without BroadcastChannel, a tab of an older version).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
  // Leaving while a change is being written asks first: a write cut short is lost (a deleted layer
  // comes back, a new one is gone). The browser words the question; it asks only after the user acted.
  window.addEventListener('beforeunload', (e) => {
    if (pending() === 0) return;
    e.preventDefault();
    e.returnValue = 'storing'; // engines of the older rule ask only when this is set (not shown)
  });
}

// --- reading -------------------------------------------------------------------------------------
const allEntries = (os: IDBObjectStore) =>
  Promise.all([promisifyRequest(os.getAllKeys()), promisifyRequest(os.getAll())]).then(([keys, values]) => keys.map((k, i) => [k, values[i]] as const));

/**
 * The older format's records → this one's, in one transaction (so two tabs cannot both convert).
 * When the browser refuses the writes (a full disk), the layers are shown from the old records,
 * converted in this page only: the result, to read instead of the store.
 */
async function convert(): Promise<Map<string, unknown> | undefined> {
  try {
    await store()('readwrite', async (os) => {
      const { put, del } = convertOld(await allEntries(os), LAYER_COLORS);
      for (const [k, v] of put) os.put(v, k);
      for (const k of del) os.delete(k);
      return promisifyRequest(os.transaction);
    });
    return undefined;
  } catch {
    const entries = await store()('readonly', allEntries);
    const { put, del } = convertOld(entries, LAYER_COLORS);
    const m = new Map<string, unknown>(entries.map(([k, v]) => [String(k), v]));
    for (const [k, v] of put) m.set(k, v);
    for (const k of del) m.delete(k);
    return m;
  }
}

/** The older-format keys last converted: a store whose old records cannot be read is not converted again. */
let oldConverted = '';
/** Reads the store: every key, every layer's metadata, and the points of the layers this page lacks. */
async function readStore(): Promise<ReturnType<typeof classify>> {
  const snap = await store()('readonly', async (os) => {
    const keys = await promisifyRequest(os.getAllKeys());
    const have = new Set(layers().map((l) => l.id));
    const ids = idsOf(keys);
    const metas = await Promise.all(ids.map((id) => promisifyRequest(os.get(metaKey(id)))));
    const wanted = ids.filter((id) => !have.has(id) && keys.includes(pointsKey(id)));
    const points = await Promise.all(wanted.map((id) => promisifyRequest(os.get(pointsKey(id)))));
    return { keys, metas: new Map(ids.map((id, i) => [id, metas[i]])), points: new Map(wanted.map((id, i) => [id, points[i]])) };
  });
  const old = snap.keys
    .filter((k) => hasOld([k]))
    .map(String)
    .sort()
    .join('\n');
  if (old && old !== oldConverted) {
    const inPage = await convert();
    if (!inPage) {
      oldConverted = old;
      return readStore();
    }
    const keys = [...inPage.keys()];
    const ids = idsOf(keys);
    return classify(
      keys,
      new Map(ids.map((id) => [id, inPage.get(metaKey(id))])),
      new Map(ids.filter((id) => inPage.has(pointsKey(id))).map((id) => [id, inPage.get(pointsKey(id))])),
    );
  }
  return classify(snap.keys, snap.metas, snap.points);
}

/** Reads the store again and shows what it holds; layers of this page only stay. */
const refresh = () =>
  queued(async () => {
    try {
      const { layers: found, aside: kept } = await readStore();
      const now = layers();
      const next: UserLayer[] = [];
      for (const { meta: stored, points } of found) {
        const meta = { ...stored, ...unsaved.get(stored.id) };
        const cur = now.find((l) => l.id === meta.id);
        if (cur) next.push(sameMeta(cur, meta) && cur.kept === 'saved' ? cur : { ...cur, ...meta, kept: 'saved' });
        else if (points) {
          const data = unpackPoints(points);
          next.push({ ...meta, data, features: mapFeatures(data), kept: 'saved' });
        }
      }
      for (const l of now) if (l.kept !== 'saved' && !next.some((n) => n.id === l.id)) next.push(l);
      setLayers(next);
      setAside(kept);
      const p = picked();
      if (p && !next.some((l) => l.id === p.layerId)) setPicked(null);
    } catch {
      if (!problems().some((m) => m.key === 'storage.unreadable')) say({ key: 'storage.unreadable' });
    }
  }, false);

const sameMeta = (a: UserLayerMeta, b: UserLayerMeta) =>
  a.name === b.name &&
  a.color === b.color &&
  a.visible === b.visible &&
  a.fileName === b.fileName &&
  a.createdAt === b.createdAt &&
  a.recovered === b.recovered;

let loading: Promise<void> | undefined;
/** Reads the layers kept in this browser (once; later calls wait for the same read). */
export function loadUserLayers(): Promise<void> {
  loading ??= (async () => {
    listen();
    await refresh();
    setLoaded(true);
    void measure();
  })();
  return loading;
}

/** How much the site keeps in this browser (shown beside "Remove all my data"). */
async function measure(): Promise<void> {
  try {
    const e = (await navigator.storage?.estimate?.()) as (StorageEstimate & { usageDetails?: { indexedDB?: number } }) | undefined;
    if (e?.usage !== undefined)
      setUsage(e.usageDetails?.indexedDB !== undefined ? { bytes: e.usageDetails.indexedDB, layersOnly: true } : { bytes: e.usage, layersOnly: false });
  } catch {
    /* no estimate: nothing shown */
  }
}

let askedPersist = false;
/** Asks once, at the first import, that the browser not clear the site's storage on its own. */
function askPersist(): void {
  if (askedPersist) return;
  askedPersist = true;
  // Not awaited: Firefox asks the user, and the import does not wait for the answer.
  void navigator.storage
    ?.persisted?.()
    .then((p) => p || navigator.storage.persist())
    .catch(() => {});
}

// --- writing -----------------------------------------------------------------------------------
export function nextColor(used: readonly string[]): string {
  return LAYER_COLORS.find((c) => !used.includes(c)) ?? LAYER_COLORS[used.length % LAYER_COLORS.length]!;
}

/**
 * A layer's name that no other layer has: the second import of 网点.csv is "网点 (2)", the third
 * "网点 (3)" (names compare case-insensitively; the number fits within MAX_LAYER_NAME).
 */
export function uniqueLayerName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!used.has(name.toLocaleLowerCase())) return name;
  for (let n = 2; ; n++) {
    const tag = ` (${n})`;
    const candidate =
      [...name]
        .slice(0, MAX_LAYER_NAME - tag.length)
        .join('')
        .trimEnd() + tag;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

export const cleanLayerName = (s: string): string =>
  [
    ...withoutBidiControls(s)
      .replace(/\p{Cc}+/gu, ' ')
      .trim(),
  ]
    .slice(0, MAX_LAYER_NAME)
    .join('');

/** Writes a new layer's two records, unless its id is taken (then nothing is written: 'taken'). */
const putNew = (meta: UserLayerMeta, packed: PackedPoints) =>
  store()('readwrite', async (os) => {
    const taken = await Promise.all([metaKey, pointsKey, oldDataKey].map((k) => promisifyRequest(os.count(k(meta.id)))));
    if (taken.some((n) => n > 0)) return 'taken' as const;
    os.put(meta, metaKey(meta.id));
    os.put(packed, pointsKey(meta.id));
    await promisifyRequest(os.transaction);
    return 'ok' as const;
  });

/**
 * Adds an import as a new layer (a second file adds a second layer) and keeps it. When the browser
 * refuses to store it, the layer stays in this page and `problem` says so.
 */
export async function addUserLayer(fileName: string, packed: PackedPoints): Promise<{ layer: UserLayer; problem?: Message }> {
  askPersist();
  listen();
  // One step per task, so 100,000 rows never make one long main-thread task.
  const data = unpackPoints(packed);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const features = mapFeatures(data);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const id = newLayerId(Date.now());
  let layer: UserLayer = {
    id,
    fileName,
    data,
    features,
    kept: 'saving',
    visible: true,
    createdAt: new Date().toISOString(),
    name: uniqueLayerName(
      cleanLayerName(fileName.replace(/\.[a-z0-9]+$/i, '')) || cleanLayerName(fileName) || id,
      layers().map((l) => l.name),
    ),
    color: nextColor(layers().map((l) => l.color)),
  };
  setLayers((ls) => [...ls, layer]);
  const kept = (k: UserLayer['kept']) => {
    const cur = layers().find((l) => l.id === layer.id) ?? layer;
    layer = { ...cur, kept: k };
    setLayers((ls) => ls.map((l) => (l.id === layer.id ? layer : l)));
  };
  try {
    // A set-aside record is never written over: an id in use is drawn again.
    for (let i = 0; ; i++) {
      const metaNow = (): UserLayerMeta => {
        const { data: _d, features: _f, kept: _k, ...m } = layers().find((l) => l.id === layer.id) ?? layer;
        return m;
      };
      if ((await queued(() => putNew(metaNow(), packed))) === 'ok') break;
      if (i >= 4) throw new Error('no free id');
      const old = layer.id;
      layer = { ...layer, id: newLayerId(Date.now()) };
      setLayers((ls) => ls.map((l) => (l.id === old ? layer : l)));
    }
    kept('saved');
    tellOthers();
    void measure();
    return { layer };
  } catch (e) {
    kept('page');
    // Said by the import (and the layer's row): not repeated among the problems.
    return { layer, problem: { key: isQuota(e) ? 'storage.notKeptFull' : 'storage.notKept', vars: { n: named(layer) } } };
  }
}

/** Changes one layer's metadata: read and written in one transaction, so another tab's changes stay. */
const patchStored = (id: string, patch: Partial<UserLayerMeta>) =>
  store()('readwrite', async (os) => {
    const m = readMeta(await promisifyRequest(os.get(metaKey(id))), id);
    // Removed by another tab, or set aside: nothing is written.
    if (!m) return false;
    os.put({ ...m, ...patch }, metaKey(id));
    await promisifyRequest(os.transaction);
    return true;
  });

/** Changes the store refused, by layer: they stay in this page over what the store holds. */
const unsaved = new Map<string, Partial<UserLayerMeta>>();

async function update(id: string, patch: Partial<UserLayerMeta>): Promise<void> {
  const apply = () => setLayers((ls) => ls.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  apply();
  const l = layers().find((x) => x.id === id);
  if (l?.kept !== 'saved') return;
  try {
    if (!(await queued(() => patchStored(id, patch)))) throw new Error('not stored');
    const left = Object.fromEntries(Object.entries(unsaved.get(id) ?? {}).filter(([k]) => !(k in patch)));
    if (Object.keys(left).length > 0) unsaved.set(id, left);
    else unsaved.delete(id);
    // Again: a read of the store may have come in between.
    apply();
    tellOthers();
  } catch {
    // Refused, or its record is not there to change (removed by another tab, or never converted):
    // the change stays in this page (another tab's removal comes with its own message to read again).
    unsaved.set(id, { ...unsaved.get(id), ...patch });
    say({ key: 'storage.changeNotKept', vars: { n: named(l) } });
  }
}
export const renameUserLayer = (id: string, name: string) => {
  const clean = cleanLayerName(name);
  const others = layers()
    .filter((l) => l.id !== id)
    .map((l) => l.name);
  return update(id, { name: clean ? uniqueLayerName(clean, others) : layers().find((l) => l.id === id)?.name || id });
};
export const setUserLayerVisible = (id: string, visible: boolean) => update(id, { visible });

const deleteKeys = (keys: readonly string[]) =>
  store()('readwrite', (os) => {
    for (const k of keys) os.delete(k);
    return promisifyRequest(os.transaction);
  });

export async function removeUserLayer(id: string): Promise<void> {
  const l = layers().find((x) => x.id === id);
  setLayers((ls) => ls.filter((x) => x.id !== id));
  if (picked()?.layerId === id) setPicked(null);
  if (!l || l.kept === 'page') return;
  try {
    await queued(() => deleteKeys([metaKey(id), pointsKey(id), oldDataKey(id)]));
    tellOthers();
    void measure();
  } catch {
    say({ key: 'storage.notRemoved', vars: { n: named(l) } });
  }
}

/** Removes records set aside (the user chose to). */
export async function removeAside(item: AsideRecord): Promise<void> {
  try {
    await queued(() => deleteKeys(item.keys));
    tellOthers();
  } catch {
    say({ key: 'storage.asideNotRemoved' });
  }
  await refresh();
  void measure();
}

/** "Remove all my data": every layer, from the page and from the browser's storage, set-aside records too. */
export async function removeAllUserData(): Promise<void> {
  setLayers([]);
  setPicked(null);
  try {
    await queued(() => clear(store()));
    setAside([]);
    tellOthers();
  } catch {
    say({ key: 'storage.notRemovedAll' });
    await refresh();
  }
  void measure();
}
