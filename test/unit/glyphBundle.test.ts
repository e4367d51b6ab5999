// The build's label glyphs: every character the map's own labels use is in the file, in the form
// MapLibre reads from a glyph server.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import { buildShippedData } from '../../scripts/lib/hubData.ts';
import { ROOT, readText } from '../../scripts/lib/repoData.ts';
import { MAP_FILES } from '../../src/data/dataFiles.ts';
import { GLYPHS_FILE, BUNDLE_FONT, coversAll, labelCharacters, rangeOf, readBundle, writeBundle } from '../../src/map/glyphBundle.ts';
import { STYLE_TEXT, LABEL_FIELDS } from '../../src/map/style.ts';

const file = readFileSync(join(ROOT, 'public', GLYPHS_FILE));
const bundle = readBundle(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));

interface Glyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}
function glyphsOf(pbf: ArrayBuffer): { stack: string; range: string; glyphs: Glyph[] } {
  const out = { stack: '', range: '', glyphs: [] as Glyph[] };
  new PbfReader(new Uint8Array(pbf)).readFields((tag, _o, p) => {
    if (tag !== 1) return;
    p.readMessage((t, _s, q) => {
      if (t === 1) out.stack = q.readString();
      else if (t === 2) out.range = q.readString();
      else if (t === 3)
        out.glyphs.push(
          q.readMessage(
            (g, o: Glyph, r) => {
              if (g === 1) o.id = r.readVarint();
              else if (g === 2) o.bitmap = r.readBytes();
              else if (g === 3) o.width = r.readVarint();
              else if (g === 4) o.height = r.readVarint();
              else if (g === 5) o.left = r.readSVarint();
              else if (g === 6) o.top = r.readSVarint();
              else if (g === 7) o.advance = r.readVarint();
            },
            { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 },
          ),
        );
    }, null);
  }, null);
  return out;
}

describe('the glyph file', () => {
  it('holds every character of the map files’ labels and of the style (else: npm run build:glyphs)', () => {
    const files = buildShippedData(readText);
    const need = labelCharacters(
      Object.values(MAP_FILES).map((p) => files.get(p)!),
      STYLE_TEXT,
      LABEL_FIELDS,
    );
    const missing = need.filter((c) => !bundle.header.chars.includes(c));
    expect(missing, `no glyph for ${missing.join(' ')}: run npm run build:glyphs`).toEqual([]);
    expect(need.length).toBeGreaterThan(250);
  });
  it('serves each range as a glyph server would: the font stack, the range, bitmaps of (w+6)×(h+6)', () => {
    const ranges = Object.keys(bundle.header.ranges);
    let count = 0;
    for (const name of ranges) {
      const { stack, range, glyphs } = glyphsOf(bundle.range(name)!);
      expect(stack).toBe(BUNDLE_FONT);
      expect(range).toBe(name);
      for (const g of glyphs) {
        expect(rangeOf(g.id)).toBe(name);
        if (g.width > 0) expect(g.bitmap!.length).toBe((g.width + 6) * (g.height + 6));
        expect(g.advance).toBeGreaterThan(0);
      }
      count += glyphs.length;
    }
    expect(count).toBe([...bundle.header.chars].length);
    // A CJK glyph is about an em wide; a space has no bitmap but advances.
    const zh = glyphsOf(bundle.range(rangeOf('广'.codePointAt(0)!))!).glyphs.find((g) => g.id === '广'.codePointAt(0))!;
    expect(zh.advance).toBeGreaterThanOrEqual(20);
    expect(zh.width).toBeGreaterThan(15);
    expect(bundle.range('1114112-1114367')).toBeUndefined();
    expect(bundle.header.licence).toMatch(/Apache-2\.0/);
  });
  it('reads back what writeBundle wrote', () => {
    const b = writeBundle(
      { font: 'f', licence: 'l', sdf: { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 }, chars: 'ab' },
      new Map([
        ['0-255', new Uint8Array([1, 2, 3])],
        ['256-511', new Uint8Array([9])],
      ]),
    );
    const r = readBundle(b.buffer as ArrayBuffer);
    expect([...new Uint8Array(r.range('0-255')!)]).toEqual([1, 2, 3]);
    expect([...new Uint8Array(r.range('256-511')!)]).toEqual([9]);
    expect(r.header.chars).toBe('ab');
  });
});

describe('coversAll', () => {
  const chars = new Set(['A', 'b', '1', '公', '𠮷']);
  it('is true only when every character of every text is in the file', () => {
    expect(coversAll(chars, ['Ab1', '公', '𠮷A'])).toBe(true);
    expect(coversAll(chars, ['Ab1', '公司'])).toBe(false);
    expect(coversAll(chars, [])).toBe(true);
  });
  it('never assumes characters it does not know (the file not read yet)', () => {
    expect(coversAll(undefined, ['A'])).toBe(false);
  });
});
