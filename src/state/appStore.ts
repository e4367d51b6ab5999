// The app's state as one store, mirrored into the URL hash (replaceState, so panning does not
// flood the history) and restored from it when the user pastes or edits a link.
import { createSignal, createEffect, onCleanup, type Accessor } from 'solid-js';
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
  writeHash?: (hash: string) => void;
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

  const load = (hash: string) => {
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

  let lastWritten = '';
  createEffect(() => {
    const hash = serializeHash(toUrl());
    if (hash === lastWritten) return;
    lastWritten = hash;
    opts.writeHash?.(hash);
  });
  if (opts.listenHash) {
    const stop = opts.listenHash((hash) => {
      const normal = hash.startsWith('#') ? hash : `#${hash}`;
      if (normal === lastWritten || hash === lastWritten) return;
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
  };
}
