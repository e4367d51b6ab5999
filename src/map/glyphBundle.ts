// The map's label glyphs, drawn once at build time (scripts/build-glyphs.ts) instead of on every start:
// without a glyph server MapLibre draws each character of every label with the browser's fonts on the
// page's main thread (~0.3 s of a first load here, for ~300 characters). One file holds them all: a
// header (its length as a 32-bit little-endian integer, then JSON) and, after it, one glyph PBF per
// 256-codepoint range, as a MapLibre glyph server serves them. Pure: no MapLibre, no DOM.

/** Where the build serves the file (public/glyphs/, relative to the page). */
export const GLYPHS_FILE = 'glyphs/hub-sans.bin';

/** The font stack our layers name; only this bundle serves it. */
export const BUNDLE_FONT = 'HubSans';

export interface BundleHeader {
  /** What the glyphs were drawn from, and under which licence. */
  font: string;
  licence: string;
  /** TinySDF settings (a glyph server's: 24 px em, 3 px border, radius 8, cutoff 0.25). */
  sdf: { fontSize: number; buffer: number; radius: number; cutoff: number };
  /** Every character the bundle holds, in code point order. */
  chars: string;
  /** "start-end" of each range → [offset, length] of its PBF after the header. */
  ranges: Record<string, [number, number]>;
}

/**
 * The characters the map's own labels need: the `fields` (LABEL_FIELDS in style.ts) of every feature of
 * the map files, the style's own text (`extra`), ASCII.
 */
export function labelCharacters(mapFiles: Iterable<string>, extra: Iterable<string>, fields: readonly string[]): string[] {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const text of extra) for (const ch of text) chars.add(ch);
  for (const file of mapFiles) {
    const fc = JSON.parse(file) as { features: { properties: Record<string, unknown> | null }[] };
    for (const f of fc.features)
      for (const k of fields) {
        const v = f.properties?.[k];
        if (typeof v === 'string') for (const ch of v) chars.add(ch);
      }
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

export const rangeOf = (codePoint: number): string => {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}`;
};

export function readBundle(buf: ArrayBuffer): { header: BundleHeader; range(name: string): ArrayBuffer | undefined } {
  const view = new DataView(buf);
  const length = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, length))) as BundleHeader;
  const base = 4 + length;
  return {
    header,
    range(name) {
      const at = header.ranges[name];
      return at ? buf.slice(base + at[0], base + at[0] + at[1]) : undefined;
    },
  };
}

export function writeBundle(header: Omit<BundleHeader, 'ranges'>, ranges: Map<string, Uint8Array>): Uint8Array {
  const index: Record<string, [number, number]> = {};
  let offset = 0;
  for (const [name, pbf] of ranges) {
    index[name] = [offset, pbf.length];
    offset += pbf.length;
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, ranges: index }));
  const out = new Uint8Array(4 + json.length + offset);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = 4 + json.length;
  for (const pbf of ranges.values()) {
    out.set(pbf, at);
    at += pbf.length;
  }
  return out;
}

/**
 * Whether the bundle's characters (`chars`, its header's) draw every character of `texts`: then a
 * user's labels need no glyphs drawn in the page. Unknown characters (undefined: the file not read
 * yet) are never assumed covered.
 */
export function coversAll(chars: ReadonlySet<string> | undefined, texts: Iterable<string>): boolean {
  if (!chars) return false;
  for (const text of texts) for (const ch of text) if (!chars.has(ch)) return false;
  return true;
}
