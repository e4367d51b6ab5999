// All app state lives in the URL hash so any view can be shared and restored exactly.
// The hash is untrusted input: every key is validated on its own, so one bad value never costs the others,
// and whatever is dropped is described in `ignored` (for a console note, never for HTML).
// zod's tree-shakable build: the hash is checked before the first paint, in the shell, where the full
// build would be half of the shell's code.
import * as z from 'zod/mini';

// No `new Function` probe: the page's CSP has no 'unsafe-eval', and zod's probe would be reported.
z.config({ jitless: true });

export type Lang = 'zh' | 'en';
export type Mode = 'explore' | 'districts' | 'present';
export type Basemap = 'offline' | 'online';
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}
export interface UrlState {
  /** Feature id (place / corridor id). */
  select?: string;
  /** An action, target, task or unit id whose features are highlighted (A3, A3-T1, A3-2, gz-stb …). */
  focus?: string;
  lang?: Lang;
  mode?: Mode;
  basemap?: Basemap;
  view?: View;
  kinds?: string[];
  groups?: string[];
  actions?: string[];
  districts?: string[];
  units?: string[];
  /** Search text. */
  q?: string;
  /** Plan reader open at this line. */
  line?: number;
  /** Present mode: the chapter shown (1-based). */
  chapter?: number;
  /** Present mode: advance by itself (kiosk). */
  autoplay?: boolean;
  /** Districts mode: what the choropleth counts (a kind or a group id; absent = every place). */
  metric?: string;
  /** Districts mode: the district drilled into (zh name, or unlocated / outside). */
  district?: string;
  /** Districts mode: the table's order, `<column>-<asc|desc>`. */
  sort?: string;
  /** Districts mode: two or three districts side by side (zh names). */
  compare?: string[];
}

const SCALAR_KEYS = ['select', 'focus', 'mode', 'lang', 'basemap', 'view'] as const;
const LIST_KEYS = ['kinds', 'groups', 'actions', 'districts', 'units'] as const;
const TAIL_KEYS = ['q', 'line', 'metric', 'chapter', 'autoplay', 'district', 'sort', 'compare'] as const;
type ScalarKey = (typeof SCALAR_KEYS)[number] | (typeof TAIL_KEYS)[number];
type ListKey = (typeof LIST_KEYS)[number];
type Key = ScalarKey | ListKey;

/** Fixed order, so the same state always gives the same hash (stable links, no history churn). */
const KEY_ORDER: readonly Key[] = [...SCALAR_KEYS, ...LIST_KEYS, ...TAIL_KEYS];
const LIST_KEY_SET: ReadonlySet<string> = new Set(LIST_KEYS);
// A Set, not an object lookup, so keys like __proto__ or constructor are simply unknown.
const KNOWN_KEYS: ReadonlySet<string> = new Set(KEY_ORDER);

const MAX_LIST = 50;
const MAX_Q = 100;

const Id = z.string().check(z.regex(/^[A-Za-z0-9-]{1,80}$/, { error: 'expected an id of letters, digits and -' }));
const District = z.string().check(z.regex(/^[\u4e00-\u9fff]{2,6}$/, { error: 'expected a district name such as 黄埔区' }));

/** Round and turn -0 into 0, so a parsed view deep-equals the one that was serialized. */
const round = (n: number, digits: number): number => Number(n.toFixed(digits)) + 0;
const DIGITS = { lon: 5, lat: 5, zoom: 2 } as const;

// Plain decimals only: rejects '', ' ', '0x10', 'Infinity', 'NaN' that Number() would otherwise accept or coerce.
const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
const inRange = (lo: number, hi: number, error: string) => z.number().check(z.minimum(lo, { error }), z.maximum(hi, { error }));
const ViewText = z.pipe(
  z.pipe(
    z.pipe(
      z.string().check(z.regex(new RegExp(`^${NUM},${NUM},${NUM}$`), { error: 'expected three numbers lon,lat,zoom' })),
      z.transform((s: string) => s.split(',').map(Number)),
    ),
    z.tuple([
      inRange(-180, 180, 'lon must be in [-180, 180]'),
      inRange(-85, 85, 'lat must be in [-85, 85]'),
      inRange(0, 22, 'zoom must be in [0, 22]'),
    ]),
  ),
  z.transform(([lon, lat, zoom]: [number, number, number]): View => ({
    lon: round(lon, DIGITS.lon),
    lat: round(lat, DIGITS.lat),
    zoom: round(zoom, DIGITS.zoom),
  })),
);

const Query = z.pipe(z.string(), z.transform((s: string) => s.replace(/\p{Cc}/gu, '').trim())).check(
  z.refine((s: string) => s.length > 0, { error: 'empty after trimming' }),
  // Count code points, not UTF-16 units, so 100 Chinese or emoji characters are treated alike.
  z.refine((s: string) => Array.from(s).length <= MAX_Q, { error: `longer than ${MAX_Q} characters` }),
);

/** Digits → a whole number in [1, max]. */
const wholeNumber = (digits: RegExp, max: number, error: string) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(digits, { error })), z.transform(Number)),
    z.int().check(z.minimum(1, { error }), z.maximum(max, { error })),
  );
const Line = wholeNumber(/^\d{1,6}$/, 100000, 'expected a whole number 1–100000');
// Any sane number: Present clamps it to the tour's last chapter, so an old link still opens.
const Chapter = wholeNumber(/^\d{1,4}$/, 9999, 'expected a chapter number 1–9999');

const Bucket = z.union([District, z.enum(['unlocated', 'outside'])], { error: 'expected a district name such as 黄埔区' });
const SortText = z.string().check(z.regex(/^(rank|district|count|user|labs|institutes|universities|nodes)-(asc|desc)$/, { error: 'expected a column and asc or desc, such as count-desc' }));
const Compare = z.pipe(
  z.pipe(z.string(), z.transform((s: string) => [...new Set(s.split(',').filter((x) => x !== ''))])),
  z.array(District).check(z.minLength(2, { error: 'expected two or three district names' }), z.maxLength(3, { error: 'expected two or three district names' })),
);

const Flag = z.pipe(z.enum(['1', '0'], { error: 'expected 1 or 0' }), z.transform((v: '1' | '0') => v === '1'));

/** Each scalar key: text (already percent-decoded) → value, and value → text. */
const SCALARS: { [K in ScalarKey]: { schema: z.ZodMiniType<NonNullable<UrlState[K]>, string>; format: (v: NonNullable<UrlState[K]>) => string } } = {
  select: { schema: Id, format: (v) => v },
  focus: { schema: Id, format: (v) => v },
  lang: { schema: z.enum(['zh', 'en'], { error: 'expected zh or en' }), format: (v) => v },
  mode: { schema: z.enum(['explore', 'districts', 'present'], { error: 'expected explore, districts or present' }), format: (v) => v },
  basemap: { schema: z.enum(['offline', 'online'], { error: 'expected offline or online' }), format: (v) => v },
  view: {
    schema: ViewText,
    format: (v) => `${round(v.lon, DIGITS.lon)},${round(v.lat, DIGITS.lat)},${round(v.zoom, DIGITS.zoom)}`,
  },
  q: { schema: Query, format: (v) => v },
  line: { schema: Line, format: (v) => String(v) },
  metric: { schema: Id, format: (v) => v },
  chapter: { schema: Chapter, format: (v) => String(v) },
  autoplay: { schema: Flag, format: (v) => (v ? '1' : '0') },
  district: { schema: Bucket, format: (v) => v },
  sort: { schema: SortText, format: (v) => v },
  compare: { schema: Compare, format: (v) => v.join(',') },
};

const LIST_ITEM: { [K in ListKey]: z.ZodMiniType<string, string> } = {
  kinds: Id,
  groups: Id,
  actions: Id,
  districts: District,
  units: Id,
};

/** Keeps messages short even when a hostile key is 10k characters long. */
const show = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

const tryDecode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined; // URIError on malformed escapes such as %E0%A4%A
  }
};

const firstMessage = (e: z.core.$ZodError): string => e.issues[0]?.message ?? 'invalid value';

/** Valid, de-duplicated (first occurrence kept), at most MAX_LIST items, plus notes on what was dropped. */
function cleanList(key: ListKey, items: readonly string[]): { items: string[]; notes: string[] } {
  const seen = new Set<string>();
  let invalid = 0;
  for (const item of items) {
    if (item === '') continue; // tolerate 'a,,b' and trailing commas
    const r = LIST_ITEM[key].safeParse(item);
    if (!r.success) invalid++;
    else seen.add(r.data);
  }
  const notes: string[] = [];
  if (invalid > 0) notes.push(`${key}: dropped ${invalid} invalid item${invalid === 1 ? '' : 's'}`);
  const out = [...seen];
  if (out.length > MAX_LIST) {
    notes.push(`${key}: more than ${MAX_LIST} items, kept the first ${MAX_LIST}`);
    out.length = MAX_LIST;
  }
  return { items: out, notes };
}

export function parseHash(hash: string): { state: UrlState; ignored: string[] } {
  const ignored: string[] = [];
  const raw = new Map<Key, string>(); // key → still-encoded value; later entries overwrite (last wins)
  const body = hash.startsWith('#') ? hash.slice(1) : hash;

  for (const part of body.split('&')) {
    if (part === '') continue; // '&&' is harmless noise
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const key = tryDecode(rawKey);
    if (key === undefined) {
      ignored.push(`${show(rawKey)}: malformed percent-encoding`);
    } else if (key === '') {
      ignored.push('entry without a key');
    } else if (!KNOWN_KEYS.has(key)) {
      ignored.push(`${show(key)}: unknown key`);
    } else {
      const k = key as Key;
      if (raw.has(k)) ignored.push(`${k}: repeated, last value used`);
      raw.set(k, eq < 0 ? '' : part.slice(eq + 1));
    }
  }

  const state: UrlState = {};
  // Only known keys are ever written, so the hash cannot add or shadow properties.
  const out = state as Record<Key, unknown>;
  for (const key of KEY_ORDER) {
    const value = raw.get(key);
    if (value === undefined || value === '') continue; // 'k=' means unset, as serializeHash omits empties
    if (LIST_KEY_SET.has(key)) {
      const k = key as ListKey;
      // Split before decoding: serializeHash encodes each item, so an encoded ',' stays inside its item.
      const decoded: string[] = [];
      let malformed = 0;
      for (const item of value.split(',')) {
        const d = tryDecode(item);
        if (d === undefined) malformed++;
        else decoded.push(d);
      }
      if (malformed > 0) ignored.push(`${k}: ${malformed} item${malformed === 1 ? '' : 's'} with malformed percent-encoding`);
      const { items, notes } = cleanList(k, decoded);
      ignored.push(...notes);
      if (items.length > 0) out[k] = items;
    } else {
      const k = key as ScalarKey;
      const d = tryDecode(value);
      if (d === undefined) {
        ignored.push(`${k}: malformed percent-encoding`);
        continue;
      }
      const r = SCALARS[k].schema.safeParse(d);
      if (r.success) out[k] = r.data;
      else ignored.push(`${k}: ${firstMessage(r.error)}`);
    }
  }
  return { state, ignored };
}

/**
 * '' or '#k=v&…' in KEY_ORDER. Values go through the same validation as parseHash, so what is written
 * always reads back; invalid values are left out rather than written as links that would not restore.
 */
export function serializeHash(state: UrlState): string {
  const parts: string[] = [];
  for (const key of KEY_ORDER) {
    if (LIST_KEY_SET.has(key)) {
      const k = key as ListKey;
      const list = state[k];
      if (list === undefined) continue;
      const { items } = cleanList(k, list);
      // Encode each item and join with a literal ',' so lists stay readable in the address bar.
      if (items.length > 0) parts.push(`${k}=${items.map(encodeURIComponent).join(',')}`);
    } else {
      const k = key as ScalarKey;
      const value = state[k];
      if (value === undefined) continue;
      const codec = SCALARS[k] as { schema: z.ZodMiniType<unknown, string>; format: (v: unknown) => string };
      const text = codec.format(value);
      if (text === '') continue;
      const r = codec.schema.safeParse(text);
      // Write the parsed (canonical) form: trimmed q, rounded view, so the hash reads back to that same value.
      // Scalars are decoded whole, so a literal ',' is safe and keeps view=lon,lat,zoom readable.
      if (r.success) parts.push(`${k}=${encodeURIComponent(codec.format(r.data)).replaceAll('%2C', ',')}`);
    }
  }
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
