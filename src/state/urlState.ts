// All app state lives in the URL hash so any view can be shared and restored exactly. Read and written
// key by key from the table in urlKeys.ts.
// The hash is untrusted input: every key is validated on its own, so one bad value never costs the others,
// and whatever is dropped is described in `ignored`, as messages (shown as text, never as HTML).
import type { Message } from '../i18n/index.ts';
import { URL_KEYS, KEY_ORDER, MAX_Q, isListKey, type UrlKey, type UrlState, type ListKeyName, type Codec } from './urlKeys.ts';

export type { UrlState, Lang, Mode, Basemap, View, UrlKey, FilterKey } from './urlKeys.ts';

const MAX_LIST = 50;
// A Set, not an object lookup, so keys like __proto__ or constructor are simply unknown.
const KNOWN_KEYS: ReadonlySet<string> = new Set(KEY_ORDER);

/** Keeps messages short even when a hostile key is 10k characters long. */
export const show = (s: string, max = 40): string => (s.length > max ? `${s.slice(0, max)}…` : s);

const tryDecode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined; // URIError on malformed escapes such as %E0%A4%A
  }
};

const note = (key: Message['key'], vars: Message['vars'] = {}): Message => ({ key, vars });

/** zod's first issue, whose message is the link namespace's key for it. */
const problemOf = (key: string, issues: ReadonlyArray<{ message: string }>): Message => {
  const code = issues[0]?.message ?? 'invalid';
  return note(`link.${code}` as Message['key'], { key, n: MAX_Q });
};

/** Valid, de-duplicated (first occurrence kept), at most MAX_LIST items, plus notes on what was dropped. */
function cleanList(key: ListKeyName, items: readonly string[]): { items: string[]; notes: Message[] } {
  const seen = new Set<string>();
  let invalid = 0;
  for (const item of items) {
    if (item === '') continue; // tolerate 'a,,b' and trailing commas
    const r = URL_KEYS[key].item.safeParse(item);
    if (!r.success) invalid++;
    else seen.add(r.data);
  }
  const notes: Message[] = [];
  if (invalid > 0) notes.push(note('link.itemsDropped', { key, n: invalid }));
  const out = [...seen];
  if (out.length > MAX_LIST) {
    notes.push(note('link.tooMany', { key, n: MAX_LIST }));
    out.length = MAX_LIST;
  }
  return { items: out, notes };
}

const codecOf = (k: UrlKey) => (URL_KEYS[k] as { codec: Codec<unknown> }).codec;

export function parseHash(hash: string): { state: UrlState; ignored: Message[] } {
  const ignored: Message[] = [];
  const raw = new Map<UrlKey, string>(); // key → still-encoded value; later entries overwrite (last wins)
  const body = hash.startsWith('#') ? hash.slice(1) : hash;

  for (const part of body.split('&')) {
    if (part === '') continue; // '&&' is harmless noise
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const key = tryDecode(rawKey);
    if (key === undefined) ignored.push(note('link.malformedKey', { key: show(rawKey) }));
    else if (key === '') ignored.push(note('link.noKey'));
    else if (!KNOWN_KEYS.has(key)) ignored.push(note('link.unknownKey', { key: show(key) }));
    else {
      const k = key as UrlKey;
      if (raw.has(k)) ignored.push(note('link.repeated', { key: k }));
      raw.set(k, eq < 0 ? '' : part.slice(eq + 1));
    }
  }

  const state: UrlState = {};
  // Only known keys are ever written, so the hash cannot add or shadow properties.
  const out = state as Record<UrlKey, unknown>;
  for (const key of KEY_ORDER) {
    const value = raw.get(key);
    if (value === undefined || value === '') continue; // 'k=' means unset, as serializeHash omits empties
    if (isListKey(key)) {
      // Split before decoding: serializeHash encodes each item, so an encoded ',' stays inside its item.
      const decoded: string[] = [];
      let malformed = 0;
      for (const item of value.split(',')) {
        const d = tryDecode(item);
        if (d === undefined) malformed++;
        else decoded.push(d);
      }
      if (malformed > 0) ignored.push(note('link.itemsMalformed', { key, n: malformed }));
      const { items, notes } = cleanList(key, decoded);
      ignored.push(...notes);
      if (items.length > 0) out[key] = items;
    } else {
      const d = tryDecode(value);
      if (d === undefined) {
        ignored.push(note('link.malformedKey', { key }));
        continue;
      }
      const r = codecOf(key).schema.safeParse(d);
      if (r.success) out[key] = r.data;
      else ignored.push(problemOf(key, r.error.issues));
    }
  }
  return { state, ignored };
}

/**
 * '' or '#k=v&…' in the table's order. Values go through the same validation as parseHash, so what is
 * written always reads back; invalid values are left out rather than written as links that would not restore.
 */
export function serializeHash(state: UrlState): string {
  const parts: string[] = [];
  const values = state as Record<UrlKey, unknown>;
  for (const key of KEY_ORDER) {
    const value = values[key];
    if (value === undefined) continue;
    if (isListKey(key)) {
      const { items } = cleanList(key, value as string[]);
      // Encode each item and join with a literal ',' so lists stay readable in the address bar.
      if (items.length > 0) parts.push(`${key}=${items.map(encodeURIComponent).join(',')}`);
      continue;
    }
    const codec = codecOf(key);
    const text = codec.format(value);
    if (text === '') continue;
    const r = codec.schema.safeParse(text);
    // Write the parsed (canonical) form: trimmed q, rounded view, so the hash reads back to that same value.
    // Scalars are decoded whole, so a literal ',' is safe and keeps view=lon,lat,zoom readable.
    if (r.success) parts.push(`${key}=${encodeURIComponent(codec.format(r.data)).replaceAll('%2C', ',')}`);
  }
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
