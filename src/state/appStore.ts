// The app's state as one store, mirrored into the URL hash and restored from it when the user pastes
// or edits a link or goes Back/Forward. Navigations (selection, focus, mode, reader, filters) push a
// history entry; camera moves and typing replace the current one, so panning does not flood the history.
import { batch, createSignal, createEffect, onCleanup, type Accessor } from 'solid-js';
import { parseHash, serializeHash, type UrlState, type Lang, type Mode, type Basemap, type View } from './urlState.ts';

export type FilterKey = 'kinds' | 'groups' | 'actions' | 'districts' | 'units';

export interface AppStore {
  lang: Accessor<Lang>;
  mode: Accessor<Mode>;
  basemap: Accessor<Basemap>;
  selected: Accessor<string | undefined>;
  focus: Accessor<string | undefined>;
  view: Accessor<View | undefined>;
  filters: Accessor<Record<FilterKey, readonly string[]>>;
  query: Accessor<string>;
  readerLine: Accessor<number | undefined>;
  /** Present mode: chapter (1-based) and whether it advances by itself. */
  chapter: Accessor<number>;
  autoplay: Accessor<boolean>;
  /** Districts mode: what the choropleth counts (kind or group id), undefined = all places. */
  metric: Accessor<string | undefined>;
  /** Districts mode: the district drilled into, the table's sort, the districts compared. */
  district: Accessor<string | undefined>;
  sort: Accessor<string | undefined>;
  compare: Accessor<readonly string[]>;
  /** Parameters of the link that were invalid and ignored (shown once, as text). */
  ignored: Accessor<string[]>;
  setLang(l: Lang): void;
  setMode(m: Mode): void;
  setBasemap(b: Basemap): void;
  select(id: string | undefined): void;
  setFocus(id: string | undefined): void;
  setView(v: View): void;
  toggleFilter(key: FilterKey, value: string): void;
  setFilter(key: FilterKey, values: readonly string[]): void;
  clearFilters(): void;
  setQuery(q: string): void;
  openReader(line: number | undefined): void;
  setChapter(n: number): void;
  setAutoplay(on: boolean): void;
  setMetric(m: string | undefined): void;
  setDistrict(d: string | undefined): void;
  setSort(s: string | undefined): void;
  setCompare(ds: readonly string[]): void;
  dismissIgnored(): void;
  /**
   * True while the store is applying a link or a history entry (Back/Forward): effects that would
   * move the camera for a new selection check it, so the entry's own view is restored exactly.
   */
  restoring(): boolean;
  /** Changes each time a link or history entry was applied; carries that entry's view, if any. */
  restored: Accessor<{ seq: number; view?: View }>;
}

/** Keys whose change replaces the current history entry; a change of any other key is a navigation. */
const REPLACE_KEYS: ReadonlySet<keyof UrlState> = new Set<keyof UrlState>(['view', 'q', 'lang', 'basemap', 'chapter', 'autoplay']);

/** Does going from a to b change anything but the replace-only keys? */
export function isNavigation(a: UrlState, b: UrlState): boolean {
  // Inside Present the chapters drive selection and focus (by keys, or by themselves in a kiosk):
  // one entry for the whole presentation, not one per chapter.
  if (a.mode === 'present' && b.mode === 'present') return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof UrlState)[]);
  for (const k of keys) {
    if (REPLACE_KEYS.has(k)) continue;
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return true;
  }
  return false;
}

const EMPTY_FILTERS: Record<FilterKey, readonly string[]> = { kinds: [], groups: [], actions: [], districts: [], units: [] };

/**
 * @param isKnown tells whether an id from the link names something that exists; unknown ids are
 *   ignored like malformed ones, so a stale link still opens the app.
 */
export function createAppStore(opts: {
  initialHash: string;
  defaultLang: Lang;
  isKnownFeature: (id: string) => boolean;
  isKnownFocus: (id: string) => boolean;
  /** Is this filter value something that exists (a kind, group, action, district, unit)? Default: yes. */
  isKnownValue?: (key: FilterKey, value: string) => boolean;
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
  const [lang, setLang] = createSignal<Lang>(opts.defaultLang);
  const [mode, setMode] = createSignal<Mode>('explore');
  const [basemap, setBasemap] = createSignal<Basemap>('offline');
  const [selected, setSelected] = createSignal<string | undefined>();
  const [focus, setFocus] = createSignal<string | undefined>();
  const [view, setView] = createSignal<View | undefined>();
  const [filters, setFilters] = createSignal(EMPTY_FILTERS);
  const [query, setQuery] = createSignal('');
  const [readerLine, setReaderLine] = createSignal<number | undefined>();
  const [chapter, setChapter] = createSignal(1);
  const [autoplay, setAutoplay] = createSignal(false);
  const [metric, setMetric] = createSignal<string | undefined>();
  const [ignored, setIgnored] = createSignal<string[]>([]);
  const [district, setDistrict] = createSignal<string | undefined>();
  const [sort, setSort] = createSignal<string | undefined>();
  const [compare, setCompare] = createSignal<readonly string[]>([]);
  const [restored, setRestored] = createSignal<{ seq: number; view?: View }>({ seq: 0 });
  let isRestoring = false;
  let restoreSeq = 0;

  const norm = (h: string) => (h === '' || h === '#' ? '' : h.startsWith('#') ? h : `#${h}`);
  /** The hash the address bar had when the store last read it or wrote it. */
  let lastSeen = norm(opts.initialHash);
  /** The state the current history entry holds (to tell a navigation from a camera move). */
  let lastState: UrlState = {};
  let firstWrite = true;

  const load = (hash: string) => {
    isRestoring = true;
    try {
      batch(() => apply(hash));
    } finally {
      isRestoring = false;
    }
  };
  const apply = (hash: string) => {
    lastSeen = norm(hash);
    const { state, ignored: bad } = parseHash(hash);
    const notes = [...bad];
    if (state.select && !opts.isKnownFeature(state.select)) {
      notes.push(`select: no feature "${state.select}"`);
      delete state.select;
    }
    if (state.focus && !opts.isKnownFocus(state.focus)) {
      notes.push(`focus: nothing named "${state.focus}"`);
      delete state.focus;
    }
    const known = opts.isKnownValue;
    if (known) {
      for (const key of ['kinds', 'groups', 'actions', 'districts', 'units'] as const) {
        const list = state[key];
        if (!list) continue;
        const unknown = list.filter((v) => !known(key, v));
        if (unknown.length === 0) continue;
        // Name at most a few (each cut short): a hostile link must not make the notice huge.
        const shown = unknown.slice(0, 3).map((v) => `"${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`).join(', ');
        notes.push(`${key}: unknown ${shown}${unknown.length > 3 ? ` (+${unknown.length - 3})` : ''}`);
        const kept = list.filter((v) => known(key, v));
        if (kept.length) state[key] = kept;
        else delete state[key];
      }
    }
    setLang(state.lang ?? opts.defaultLang);
    setMode(state.mode ?? 'explore');
    setBasemap(state.basemap ?? 'offline');
    setSelected(state.select);
    setFocus(state.focus);
    if (state.view) setView(state.view);
    setFilters({
      kinds: state.kinds ?? [], groups: state.groups ?? [], actions: state.actions ?? [],
      districts: state.districts ?? [], units: state.units ?? [],
    });
    setQuery(state.q ?? '');
    setReaderLine(state.line);
    setChapter(state.chapter ?? 1);
    setAutoplay(state.autoplay ?? false);
    setMetric(state.metric);
    setDistrict(state.district);
    setSort(state.sort);
    setCompare(state.compare ?? []);
    setIgnored(notes);
    lastState = state;
    setRestored({ seq: ++restoreSeq, view: state.view });
  };
  load(opts.initialHash);

  const toUrl = (): UrlState => {
    const f = filters();
    const s: UrlState = {
      select: selected(), focus: focus(), lang: lang(), mode: mode() === 'explore' ? undefined : mode(),
      basemap: basemap() === 'offline' ? undefined : basemap(), view: view(),
      q: query() || undefined, line: readerLine(),
      // Mode-specific keys only in their mode, so an Explore link stays short.
      metric: mode() === 'districts' ? metric() : undefined,
      chapter: mode() === 'present' ? chapter() : undefined,
      autoplay: mode() === 'present' && autoplay() ? true : undefined,
      district: mode() === 'districts' ? district() : undefined,
      sort: mode() === 'districts' ? sort() : undefined,
      compare: mode() === 'districts' && compare().length >= 2 ? [...compare()] : undefined,
    };
    for (const k of Object.keys(f) as FilterKey[]) if (f[k].length) s[k] = [...f[k]];
    return s;
  };

  createEffect(() => {
    const state = toUrl();
    // A newer URL is in the address bar (pasted link, Back) whose event is still queued: apply it
    // now rather than overwrite it with this older state. Its own write follows on the next run.
    if (opts.readHash) {
      const current = norm(opts.readHash());
      if (current !== lastSeen) {
        queueMicrotask(() => load(current));
        return;
      }
    }
    const hash = serializeHash(state);
    const how = !firstWrite && !isRestoring && isNavigation(lastState, state) ? 'push' : 'replace';
    firstWrite = false;
    lastState = state;
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

  return {
    lang, mode, basemap, selected, focus, view, filters, query, readerLine, ignored, chapter, autoplay, metric, district, sort, compare,
    setLang, setMode, setBasemap,
    select: (id) => setSelected(id),
    setFocus: (id) => setFocus(id),
    setView: (v) => setView(v),
    toggleFilter(key, value) {
      setFilters((f) => ({ ...f, [key]: f[key].includes(value) ? f[key].filter((x) => x !== value) : [...f[key], value] }));
    },
    setFilter(key, values) {
      setFilters((f) => ({ ...f, [key]: [...values] }));
    },
    clearFilters: () => setFilters(EMPTY_FILTERS),
    setQuery: (q) => setQuery(q),
    openReader: (line) => setReaderLine(line),
    setChapter: (n) => setChapter(Math.max(1, Math.floor(n))),
    setAutoplay: (on) => setAutoplay(on),
    setMetric: (m) => setMetric(m),
    setDistrict: (d) => setDistrict(d),
    setSort: (x) => setSort(x),
    setCompare: (ds) => setCompare([...ds].slice(0, 3)),
    dismissIgnored: () => setIgnored([]),
    restoring: () => isRestoring,
    restored,
  };
}
