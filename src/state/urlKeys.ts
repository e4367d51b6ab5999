// Every key the link carries, declared once: how its text is read and written, its value when absent,
// whether changing it is a navigation (a new history entry) or replaces the current entry, and the
// mode it belongs to (written only there, so an Explore link stays short). The parser, the writer, the
// store and the history glue all derive from this table: adding a key is one entry here.
// The table's order is the hash's order (stable links).
// zod's tree-shakable build: the hash is checked before the first paint, in the shell.
import * as z from 'zod/mini';
import type { KeyIn } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { BUFFER_KM, RADIUS_KM, clampKm } from '../geo/kmChoices.ts';

// No `new Function` probe: the page's CSP has no 'unsafe-eval', and zod's probe would be reported.
z.config({ jitless: true });

export type { Lang };
export type Mode = 'explore' | 'districts' | 'present' | 'scorecard';
export type Basemap = 'offline' | 'online';
export type PlanYear = 2019 | 2020 | 2021;
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** What a value that does not parse is called in the notice (a message of the link namespace). */
type Problem = KeyIn<'link'>;
/** Text (already percent-decoded) → value, and value → text. */
export interface Codec<T> {
  readonly schema: z.ZodMiniType<T, string>;
  readonly format: (v: T) => string;
}

const Id = z.string().check(z.regex(/^[A-Za-z0-9-]{1,80}$/, { error: 'expectedId' satisfies Problem }));
const District = z.string().check(z.regex(/^[\u4e00-\u9fff]{2,6}$/, { error: 'expectedDistrict' satisfies Problem }));

/** Round and turn -0 into 0, so a parsed view deep-equals the one that was serialized. */
const round = (n: number, digits: number): number => Number(n.toFixed(digits)) + 0;
const DIGITS = { lon: 5, lat: 5, zoom: 2 } as const;
// Plain decimals only: rejects '', ' ', '0x10', 'Infinity', 'NaN' that Number() would otherwise accept or coerce.
const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
const inRange = (lo: number, hi: number, error: Problem) => z.number().check(z.minimum(lo, { error }), z.maximum(hi, { error }));
const ViewText = z.pipe(
  z.pipe(
    z.string().check(z.regex(new RegExp(`^${NUM},${NUM},${NUM}$`), { error: 'expectedView' satisfies Problem })),
    z.transform((s: string) => s.split(',').map(Number)),
  ),
  z.pipe(
    z.tuple([inRange(-180, 180, 'lonRange'), inRange(-85, 85, 'latRange'), inRange(0, 22, 'zoomRange')]),
    z.transform(
      ([lon, lat, zoom]: [number, number, number]): View => ({ lon: round(lon, DIGITS.lon), lat: round(lat, DIGITS.lat), zoom: round(zoom, DIGITS.zoom) }),
    ),
  ),
);

export const MAX_Q = 100;
const Query = z
  .pipe(
    z.string(),
    z.transform((s: string) => s.replace(/\p{Cc}/gu, '').trim()),
  )
  .check(
    z.refine((s: string) => s.length > 0, { error: 'emptyAfterTrim' satisfies Problem }),
    // Count code points, not UTF-16 units, so 100 Chinese or emoji characters are treated alike.
    z.refine((s: string) => Array.from(s).length <= MAX_Q, { error: 'tooLong' satisfies Problem }),
  );

/** Digits → a whole number in [1, max]. */
const wholeNumber = (digits: RegExp, max: number, error: Problem) =>
  z.pipe(z.pipe(z.string().check(z.regex(digits, { error })), z.transform(Number)), z.int().check(z.minimum(1, { error }), z.maximum(max, { error })));

const oneOf = <const T extends string>(values: readonly [T, ...T[]], error: Problem) => z.enum(values, { error });
const Bucket = z.union([District, z.enum(['unlocated', 'outside'])], { error: 'expectedDistrict' satisfies Problem });
const Flag = z.pipe(
  z.enum(['1', '0'], { error: 'expectedFlag' satisfies Problem }),
  z.transform((v: '1' | '0') => v === '1'),
);
const Compare = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => [...new Set(s.split(',').filter((x) => x !== ''))]),
  ),
  z.array(District).check(z.minLength(2, { error: 'expectedCompare' satisfies Problem }), z.maxLength(3, { error: 'expectedCompare' satisfies Problem })),
);

const YearText = z.pipe(
  z.enum(['2019', '2020', '2021'], { error: 'expectedYear' satisfies Problem }),
  z.transform((v: '2019' | '2020' | '2021') => Number(v) as PlanYear),
);

const RadiusText = z.pipe(
  z.pipe(z.string().check(z.regex(/^\d{1,2}(\.\d)?$/, { error: 'expectedRadius' satisfies Problem })), z.transform(Number)),
  inRange(RADIUS_KM.min, RADIUS_KM.max, 'expectedRadius'),
);

// Corridor counts: the distance in km from each corridor segment (0.5–10).
const BufferText = z.pipe(
  z.pipe(z.string().check(z.regex(/^\d{1,2}(\.\d)?$/, { error: 'expectedBuffer' satisfies Problem })), z.transform(Number)),
  inRange(BUFFER_KM.min, BUFFER_KM.max, 'expectedBuffer'),
);

const text = <T extends string>(schema: z.ZodMiniType<T, string>): Codec<T> => ({ schema, format: (v) => v });

interface Common {
  /** 'push': changing it is a navigation (Back returns); 'replace': it updates the current entry. */
  readonly history: 'push' | 'replace';
  /** Written only in these modes (read in any, so an old link still opens). */
  readonly modes?: readonly Mode[];
  /** Written even when it has its initial value (lang: a shared link keeps its language). */
  readonly always?: boolean;
  /** The message for a value the app does not know (an id from a stale link). */
  readonly unknown?: Problem;
}
export interface ScalarKey<T> extends Common {
  readonly kind: 'scalar';
  readonly codec: Codec<T>;
  readonly initial: T | undefined;
  /** Normalises what a setter is given (clamping, de-duplicating): the store stores this. */
  readonly normalize?: (v: T) => T;
  /** A link without it leaves the current value alone (the camera stays where it is). */
  readonly keepWhenAbsent?: boolean;
}
/** A key that always holds a value (its initial one when the link has none). */
export interface DefaultedKey<T> extends ScalarKey<T> {
  readonly initial: T;
}
export interface ListKey extends Common {
  readonly kind: 'list';
  /** Each item (lists are written item by item, joined with a literal ','). */
  readonly item: z.ZodMiniType<string, string>;
  readonly initial: readonly string[];
  /** One of the Explore filters (kinds, groups, …): chips, facets and the filtered set read these. */
  readonly filter?: boolean;
}

function scalar<T>(k: Omit<ScalarKey<T>, 'kind' | 'initial'> & { initial: T }): DefaultedKey<T>;
function scalar<T>(k: Omit<ScalarKey<T>, 'kind' | 'initial'>): ScalarKey<T>;
function scalar<T>(k: Omit<ScalarKey<T>, 'kind' | 'initial'> & { initial?: T }): ScalarKey<T> {
  return { kind: 'scalar', initial: undefined, ...k };
}
const filterList = (item: z.ZodMiniType<string, string>): ListKey & { readonly filter: true } => ({
  kind: 'list',
  item,
  initial: [],
  filter: true,
  history: 'push',
  unknown: 'unknownValues',
});

const statusList: ListKey = {
  kind: 'list',
  item: oneOf(['met', 'not-met', 'no-figure', 'not-comparable'], 'expectedStatus'),
  initial: [],
  history: 'push',
  modes: ['scorecard'],
};

export const URL_KEYS = {
  select: scalar<string>({ codec: text(Id), history: 'push', unknown: 'noFeature' }),
  focus: scalar<string>({ codec: text(Id), history: 'push', unknown: 'noFocus' }),
  // An institution (data/institutions.geojson, loaded lazily): its panel. An unknown id says so there.
  inst: scalar<string>({ codec: text(Id), history: 'push' }),
  mode: scalar<Mode>({ codec: text(oneOf(['explore', 'districts', 'present', 'scorecard'], 'expectedMode')), history: 'push', initial: 'explore' }),
  // Its initial value is the browser's language (the store is given it).
  lang: scalar<Lang>({ codec: text(oneOf(['zh', 'en'], 'expectedLang')), history: 'replace', always: true, initial: 'zh' }),
  basemap: scalar<Basemap>({ codec: text(oneOf(['offline', 'online'], 'expectedBasemap')), history: 'replace', initial: 'offline' }),
  view: scalar<View>({
    codec: { schema: ViewText, format: (v) => `${round(v.lon, DIGITS.lon)},${round(v.lat, DIGITS.lat)},${round(v.zoom, DIGITS.zoom)}` },
    history: 'replace',
    keepWhenAbsent: true,
  }),
  kinds: filterList(Id),
  groups: filterList(Id),
  actions: filterList(Id),
  districts: filterList(District),
  units: filterList(Id),
  q: scalar<string>({ codec: text(Query), history: 'replace', initial: '' }),
  line: scalar<number>({ codec: { schema: wholeNumber(/^\d{1,6}$/, 100000, 'expectedLine'), format: String }, history: 'push' }),
  metric: scalar<string>({ codec: text(Id), history: 'push', modes: ['districts'] }),
  // Any sane number: Present clamps it to the tour's last chapter, so an old link still opens.
  chapter: scalar<number>({
    codec: { schema: wholeNumber(/^\d{1,4}$/, 9999, 'expectedChapter'), format: String },
    history: 'replace',
    modes: ['present'],
    always: true,
    initial: 1,
    normalize: (n) => Math.max(1, Math.floor(n)),
  }),
  autoplay: scalar<boolean>({ codec: { schema: Flag, format: (v) => (v ? '1' : '0') }, history: 'replace', modes: ['present'], initial: false }),
  district: scalar<string>({ codec: text(Bucket), history: 'push', modes: ['districts'] }),
  sort: scalar<string>({
    codec: text(
      z.string().check(z.regex(/^(rank|district|count|user|labs|institutes|universities|nodes)-(asc|desc)$/, { error: 'expectedSort' satisfies Problem })),
    ),
    history: 'push',
    modes: ['districts'],
  }),
  // The year shown: the scorecard's and the institutions' (by the year approved). A year control that
  // plays 2019 → 2021 replaces the entry rather than adding three.
  year: scalar<PlanYear>({ codec: { schema: YearText, format: String }, history: 'replace' }),
  // The scorecard's status filter (met, not-met, no-figure, not-comparable): none chosen shows all.
  status: statusList,
  // Districts mode's portfolio: the radius in km round the plan's places (0.1–20). The layer measured is
  // the user's own data and never goes in the link.
  radius: scalar<number>({
    codec: { schema: RadiusText, format: String },
    history: 'replace',
    modes: ['districts'],
    initial: RADIUS_KM.initial,
    normalize: (n) => clampKm(RADIUS_KM, n),
  }),
  // Districts mode's corridor counts: the distance in km from each corridor segment (0.5–10; the same
  // layer as the portfolio's, never in the link).
  buffer: scalar<number>({
    codec: { schema: BufferText, format: String },
    history: 'replace',
    modes: ['districts'],
    initial: BUFFER_KM.initial,
    normalize: (n) => clampKm(BUFFER_KM, n),
  }),
  compare: scalar<readonly string[]>({
    codec: { schema: Compare, format: (v) => v.join(',') },
    history: 'push',
    modes: ['districts'],
    initial: [],
    normalize: (ds) => [...ds].slice(0, 3),
  }),
} as const;

export type UrlKeys = typeof URL_KEYS;
export type UrlKey = keyof UrlKeys;
/** The value a key holds in the store. */
export type ValueOf<K extends UrlKey> =
  UrlKeys[K] extends DefaultedKey<infer T> ? T : UrlKeys[K] extends ScalarKey<infer T> ? T | undefined : readonly string[];
/** What a link says: each key it sets, valid. */
export type UrlState = { -readonly [K in UrlKey]?: UrlKeys[K] extends ScalarKey<infer T> ? T : string[] };
export type ListKeyName = { [K in UrlKey]: UrlKeys[K] extends ListKey ? K : never }[UrlKey];
export type FilterKey = { [K in UrlKey]: UrlKeys[K] extends { filter: true } ? K : never }[UrlKey];

export const KEY_ORDER = Object.keys(URL_KEYS) as UrlKey[];
export const FILTER_KEYS = KEY_ORDER.filter((k): k is FilterKey => (URL_KEYS[k] as Partial<ListKey>).filter === true);
export const isListKey = (k: UrlKey): k is ListKeyName => URL_KEYS[k].kind === 'list';
