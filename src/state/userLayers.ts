// The user's own layers (imported files): named, coloured, shown or hidden, kept in this browser's
// IndexedDB so a mode switch or a reload loses nothing. Nothing leaves the machine. One store for the
// whole page (module-level signals): the Districts screen edits it, the map draws it.
import { createSignal } from 'solid-js';
import { createStore, get, set, del, clear, type UseStore } from 'idb-keyval';
import type { FeatureCollection, Point } from 'geojson';
import type { ImportedPoints } from '../data/importPipeline.ts';
import { unpackPoints, mapFeatures, type PackedPoints, type MapPointProps } from '../data/packPoints.ts';

export interface UserLayerMeta {
  id: string;
  name: string;
  color: string;
  visible: boolean;
  fileName: string;
  /** ISO time of the import. */
  createdAt: string;
}
export interface UserLayer extends UserLayerMeta {
  data: ImportedPoints;
  /** The map's features, built once (the same object for as long as the layer lives). */
  features: FeatureCollection<Point, MapPointProps>;
}
/**
 * What IndexedDB keeps per layer: packed, so storing and reading 100,000 rows is a cheap copy. (Layers
 * stored before 2026-12-02 also carry the map's GeoJSON as a Blob: ignored, the features are rebuilt.)
 */
interface StoredData {
  packed: PackedPoints;
}
/** A point of a layer the user clicked on the map. */
export interface PickedPoint {
  layerId: string;
  index: number;
}

/** Distinct from the kinds' colours, readable on the light basemap. */
export const LAYER_COLORS = ['#7c3aed', '#0891b2', '#db2777', '#65a30d', '#4f46e5', '#0d9488', '#be123c', '#a16207'] as const;
export const MAX_LAYER_NAME = 60;

const INDEX_KEY = 'index';
const dataKey = (id: string) => `data:${id}`;

let db: UseStore | undefined;
const store = (): UseStore => (db ??= createStore('gz-hub-user-data', 'layers'));

const [layers, setLayers] = createSignal<readonly UserLayer[]>([]);
const [loaded, setLoaded] = createSignal(false);
const [storageError, setStorageError] = createSignal<string | undefined>();
const [picked, setPicked] = createSignal<PickedPoint | null>(null);
export { layers as userLayers, loaded as userLayersLoaded, storageError as userLayersStorageError, picked as pickedUserPoint, setPicked as pickUserPoint };

const metaOf = ({ data: _data, features: _features, ...m }: UserLayer): UserLayerMeta => m;
const fail = (e: unknown) => setStorageError(String((e as Error)?.message ?? e));
const saveIndex = () => set(INDEX_KEY, layers().map(metaOf), store()).catch(fail);

let loading: Promise<void> | undefined;
/** Reads the layers kept in this browser (once; later calls wait for the same read). */
export function loadUserLayers(): Promise<void> {
  loading ??= (async () => {
    try {
      const index = ((await get<UserLayerMeta[]>(INDEX_KEY, store())) ?? []).filter((m) => typeof m?.id === 'string');
      const out: UserLayer[] = [];
      for (const m of index) {
        const stored = await get<StoredData>(dataKey(m.id), store());
        if (stored?.packed) {
          const data = unpackPoints(stored.packed);
          out.push({ ...m, data, features: mapFeatures(data) });
        }
      }
      // Layers imported while the read was under way come after the stored ones.
      setLayers((now) => [...out.filter((l) => !now.some((n) => n.id === l.id)), ...now]);
    } catch (e) {
      fail(e);
    } finally {
      setLoaded(true);
    }
  })();
  return loading;
}

export function nextColor(used: readonly string[]): string {
  return LAYER_COLORS.find((c) => !used.includes(c)) ?? LAYER_COLORS[used.length % LAYER_COLORS.length]!;
}

export const cleanLayerName = (s: string): string => [...s.replace(/\p{Cc}+/gu, ' ').trim()].slice(0, MAX_LAYER_NAME).join('');

/** Adds an import as a new layer (a second file adds a second layer) and keeps it. */
export async function addUserLayer(fileName: string, packed: PackedPoints): Promise<UserLayer> {
  const id = `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // One step per task, so 100,000 rows never make one long main-thread task.
  const data = unpackPoints(packed);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const features = mapFeatures(data);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const layer: UserLayer = {
    id, fileName, data, features, visible: true, createdAt: new Date().toISOString(),
    name: cleanLayerName(fileName.replace(/\.[a-z0-9]+$/i, '')) || fileName || id,
    color: nextColor(layers().map((l) => l.color)),
  };
  setLayers((ls) => [...ls, layer]);
  try {
    await set(dataKey(id), { packed } satisfies StoredData, store());
    await saveIndex();
  } catch (e) {
    fail(e);
  }
  return layer;
}

const update = (id: string, patch: Partial<UserLayerMeta>) => {
  setLayers((ls) => ls.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  return saveIndex();
};
export const renameUserLayer = (id: string, name: string) => update(id, { name: cleanLayerName(name) || layers().find((l) => l.id === id)?.name || id });
export const setUserLayerVisible = (id: string, visible: boolean) => update(id, { visible });

export async function removeUserLayer(id: string): Promise<void> {
  setLayers((ls) => ls.filter((l) => l.id !== id));
  if (picked()?.layerId === id) setPicked(null);
  await saveIndex();
  await del(dataKey(id), store()).catch(fail);
}

/** "Remove all my data": every layer, from the page and from the browser's storage. */
export async function removeAllUserData(): Promise<void> {
  setLayers([]);
  setPicked(null);
  await clear(store()).catch(fail);
}
