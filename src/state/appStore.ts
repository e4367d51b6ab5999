// The app's state as one store, mirrored into the URL hash and restored from it when the user pastes
// or edits a link or goes Back/Forward. One signal per key of the table in urlKeys.ts: the table says
// how each is read, written and restored, and whether its change pushes a history entry (navigation:
// selection, focus, mode, reader, filters) or replaces the current one (camera, typing, language).
import { batch, createSignal, createEffect, onCleanup, type Accessor, type Setter } from 'solid-js';
import type { Message } from '../i18n/index.ts';
import { parseHash, serializeHash, show, type UrlState, type Lang } from './urlState.ts';
import { URL_KEYS, KEY_ORDER, FILTER_KEYS, isListKey, type UrlKey, type ValueOf, type FilterKey, type ScalarKey } from './urlKeys.ts';

export type { FilterKey };
export type StoreState = { readonly [K in UrlKey]: ValueOf<K> };

export interface AppStore {
  /** Every key's current value; reading one in an effect or a memo tracks it. */
  readonly state: StoreState;
  /** Sets one key (normalised as its table entry says); the URL follows. */
  set<K extends UrlKey>(key: K, value: ValueOf<K>): void;
  /** The Explore filters (the table's filter keys) as one record. */
  filters: Accessor<Record<FilterKey, readonly string[]>>;
  toggleFilter(key: FilterKey, value: string): void;
  clearFilters(): void;
  /** What the link held that was invalid or unknown and was ignored (shown once, as text). */
  ignored: Accessor<readonly Message[]>;
  dismissIgnored(): void;
  /**
   * True while the store is applying a link or a history entry (Back/Forward): effects that would
   * move the camera for a new selection check it, so the entry's own view is restored exactly.
   */
  restoring(): boolean;
  /** Changes each time a link or history entry was applied; carries that entry's view, if any. */
  restored: Accessor<{ seq: number; view?: UrlState['view'] }>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Does going from a to b change anything but the keys whose changes replace the entry? */
export function isNavigation(a: UrlState, b: UrlState): boolean {
  // Inside Present the chapters drive selection and focus (by keys, or by themselves in a kiosk):
  // one entry for the whole presentation, not one per chapter.
  if (a.mode === 'present' && b.mode === 'present') return false;
  return KEY_ORDER.some((k) => URL_KEYS[k].history === 'push' && !same(a[k], b[k]));
}

/**
 * @param isKnown tells whether a value from the link names something that exists (for the keys whose
 *   table entry has an `unknown` message: select, focus, the filters); unknown ones are ignored like
 *   malformed ones, so a stale link still opens the app.
 */
export function createAppStore(opts: {
  initialHash: string;
  defaultLang: Lang;
  isKnown?: (key: UrlKey, value: string) => boolean;
  /** Write the hash: 'push' for a navigation, 'replace' for camera moves, typing and clean-ups. */
  writeHash?: (hash: string, how: 'push' | 'replace') => void;
  /**
   * The hash in the address bar right now. Before writing, the store compares it with what it last
   * read or wrote: if it differs, a link was pasted (or Back pressed) whose event has not run yet,
   * and that newer URL wins over the store's older state instead of being overwritten.
   */
  readHash?: () => string;
  /** Calls back with the hash of the URL the event carries (hashchange newURL, location at popstate). */
  listenHash?: (cb: (hash: string) => void) => () => void;
}): AppStore {
  const initialOf = (k: UrlKey): unknown => (k === 'lang' ? opts.defaultLang : URL_KEYS[k].initial);
  const signals = new Map<UrlKey, [Accessor<unknown>, Setter<unknown>]>();
  const state = {} as Record<UrlKey, unknown>;
  for (const k of KEY_ORDER) {
    const s = createSignal<unknown>(initialOf(k), { equals: same });
    signals.set(k, s);
    Object.defineProperty(state, k, { get: s[0], enumerable: true });
  }
  const read = (k: UrlKey) => signals.get(k)![0]();
  const write = (k: UrlKey, v: unknown) => signals.get(k)![1](() => v);

  const [ignored, setIgnored] = createSignal<readonly Message[]>([]);
  const [restored, setRestored] = createSignal<{ seq: number; view?: UrlState['view'] }>({ seq: 0 });
  let isRestoring = false;
  let restoreSeq = 0;

  const norm = (h: string) => (h === '' || h === '#' ? '' : h.startsWith('#') ? h : `#${h}`);
  /** The hash the address bar had when the store last read it or wrote it. */
  let lastSeen = norm(opts.initialHash);
  /** The state the current history entry holds (to tell a navigation from a camera move). */
  let lastState: UrlState = {};
  let firstWrite = true;

  /** Drops the values the app does not know, with a note for each key. */
  const dropUnknown = (s: UrlState, notes: Message[]) => {
    const known = opts.isKnown;
    if (!known) return;
    const values = s as Record<UrlKey, unknown>;
    for (const k of KEY_ORDER) {
      const unknown = URL_KEYS[k].unknown;
      const v = values[k];
      if (!unknown || v === undefined) continue;
      if (!isListKey(k)) {
        if (!known(k, v as string)) {
          notes.push({ key: `link.${unknown}`, vars: { key: k, id: v as string } });
          delete values[k];
        }
        continue;
      }
      const list = v as string[];
      const bad = list.filter((x) => !known(k, x));
      if (bad.length === 0) continue;
      // Name at most a few (each cut short): a hostile link must not make the notice huge.
      const named = bad
        .slice(0, 3)
        .map((x) => `"${show(x, 30)}"`)
        .join(', ');
      notes.push(
        bad.length > 3
          ? { key: 'link.unknownValuesMore', vars: { key: k, values: named, more: bad.length - 3 } }
          : { key: 'link.unknownValues', vars: { key: k, values: named } },
      );
      const kept = list.filter((x) => known(k, x));
      if (kept.length) values[k] = kept;
      else delete values[k];
    }
  };

  const apply = (hash: string) => {
    lastSeen = norm(hash);
    const { state: s, ignored: bad } = parseHash(hash);
    const notes = [...bad];
    dropUnknown(s, notes);
    const values = s as Record<UrlKey, unknown>;
    for (const k of KEY_ORDER) {
      const v = values[k];
      if (v === undefined && (URL_KEYS[k] as Partial<ScalarKey<unknown>>).keepWhenAbsent) continue;
      write(k, v ?? initialOf(k));
    }
    setIgnored(notes);
    lastState = s;
    setRestored({ seq: ++restoreSeq, view: s.view });
  };
  const load = (hash: string) => {
    isRestoring = true;
    try {
      batch(() => apply(hash));
    } finally {
      isRestoring = false;
    }
  };
  load(opts.initialHash);

  /** What the link should say now: keys outside their mode, and values at their initial, left out. */
  const toUrl = (): UrlState => {
    const mode = read('mode');
    const out = {} as Record<UrlKey, unknown>;
    for (const k of KEY_ORDER) {
      const e = URL_KEYS[k] as { modes?: readonly string[]; always?: boolean };
      const v = read(k);
      if (e.modes && !e.modes.includes(mode as string)) continue;
      if (v === undefined || (isListKey(k) && (v as readonly string[]).length === 0)) continue;
      if (!e.always && same(v, URL_KEYS[k].initial)) continue;
      out[k] = isListKey(k) || Array.isArray(v) ? [...(v as string[])] : v;
    }
    return out as UrlState;
  };

  createEffect(() => {
    const s = toUrl();
    // A newer URL is in the address bar (pasted link, Back) whose event is still queued: apply it
    // now rather than overwrite it with this older state. Its own write follows on the next run.
    if (opts.readHash) {
      const current = norm(opts.readHash());
      if (current !== lastSeen) {
        queueMicrotask(() => load(current));
        return;
      }
    }
    const hash = serializeHash(s);
    const how = !firstWrite && !isRestoring && isNavigation(lastState, s) ? 'push' : 'replace';
    firstWrite = false;
    lastState = s;
    if (hash === lastSeen) return;
    opts.writeHash?.(hash, how);
    // What the address bar shows now (the browser may normalise what was written).
    lastSeen = opts.readHash ? norm(opts.readHash()) : hash;
  });
  if (opts.listenHash) {
    const stop = opts.listenHash((hash) => {
      if (norm(hash) === lastSeen) return;
      // A stale event (the address bar already shows a newer URL, or this one in canonical form): skip.
      if (opts.readHash && norm(opts.readHash()) !== norm(hash)) return;
      load(hash);
    });
    onCleanup(stop);
  }

  const set = <K extends UrlKey>(k: K, v: ValueOf<K>) => {
    const e = URL_KEYS[k] as Partial<ScalarKey<unknown>>;
    write(k, v !== undefined && e.normalize ? e.normalize(v) : Array.isArray(v) ? [...v] : v);
  };
  const filters = () => Object.fromEntries(FILTER_KEYS.map((k) => [k, read(k)])) as Record<FilterKey, readonly string[]>;

  return {
    state: state as StoreState,
    set,
    filters,
    toggleFilter(k, value) {
      const list = read(k) as readonly string[];
      set(k, list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
    },
    clearFilters: () => batch(() => FILTER_KEYS.forEach((k) => set(k, []))),
    ignored,
    dismissIgnored: () => setIgnored([]),
    restoring: () => isRestoring,
    restored,
  };
}
