// `npm run build:glyphs`: draws the SDF glyphs of every character the map's own labels use, once, into
// public/glyphs/hub-sans.bin (src/map/glyphBundle.ts), so the browser does not draw them on every start.
// Drawn by Chromium with TinySDF (what MapLibre itself uses to draw local glyphs) from pinned fonts —
// what 'sans-serif' gave the labels on Debian before: DejaVu Sans (fonts-dejavu-core; the DejaVu/Bitstream
// Vera licence) for Latin, WenQuanYi Micro Hei (fonts-wqy-microhei; Apache-2.0 or GPL-3) for CJK — at a
// glyph server's settings.
// Run it again when a label gains a character: test/unit/glyphBundle.test.ts says so.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PbfWriter } from 'pbf';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT, readText } from './lib/repoData.ts';
import { buildShippedData } from './lib/hubData.ts';
import { MAP_FILES } from '../src/data/dataFiles.ts';
import { BUNDLE_FONT, GLYPHS_FILE, labelCharacters, rangeOf, writeBundle } from '../src/map/glyphBundle.ts';
import { STYLE_TEXT, LABEL_FIELDS } from '../src/map/style.ts';
import { isMain } from './lib/isMain.ts';

const GLYPH_BUNDLE = `public/${GLYPHS_FILE}`;
const FONTS = ['DejaVu Sans', 'WenQuanYi Micro Hei'];
const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 };

export async function main(): Promise<void> {
  const installed = execFileSync('fc-list', { encoding: 'utf8' });
  for (const f of FONTS) if (!installed.includes(f)) throw new Error(`${f} is not installed (Debian: apt-get install fonts-dejavu-core fonts-wqy-microhei)`);
  const files = buildShippedData(readText);
  const chars = labelCharacters(
    Object.values(MAP_FILES).map((p) => files.get(p)!),
    STYLE_TEXT,
    LABEL_FIELDS,
  );

  const dir = mkdtempSync(join(tmpdir(), 'hub-glyphs-'));
  copyFileSync(join(ROOT, 'node_modules/@mapbox/tiny-sdf/index.js'), join(dir, 'tiny-sdf.js'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>glyphs</title>');
  const srv = await serveStatic(dir);
  const { context, close } = await launchChromium({});
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(srv.url);
  const drawn = await page.evaluate(
    async ({ list, fonts, sdf }) => {
      const { default: TinySDF } = await import('./tiny-sdf.js' as string);
      const family = fonts.map((f) => `"${f}"`).join(', ');
      await document.fonts.load(`${sdf.fontSize}px ${family}`, list.join(''));
      const r = new TinySDF({ ...sdf, fontFamily: family });
      return list.map((ch) => {
        const g = r.draw(ch);
        return {
          ch,
          w: g.glyphWidth,
          h: g.glyphHeight,
          top: g.glyphTop,
          left: g.glyphLeft,
          advance: g.glyphAdvance,
          data: Array.from(g.data as Uint8ClampedArray),
        };
      });
    },
    { list: chars, fonts: FONTS, sdf: SDF },
  );
  await close();
  srv.server.close();

  // One PBF per range, as a glyph server writes it (MapLibre reads a glyph's bitmap as (w+6)×(h+6)).
  // Metrics as MapLibre places its own local glyphs: `top` against a 24 px em's baseline (27 px down).
  const byRange = new Map<string, typeof drawn>();
  for (const g of drawn) {
    const r = rangeOf(g.ch.codePointAt(0)!);
    byRange.set(r, [...(byRange.get(r) ?? []), g]);
  }
  const ranges = new Map<string, Uint8Array>();
  for (const [name, glyphs] of byRange) {
    const pbf = new PbfWriter();
    pbf.writeMessage(
      1,
      (_: unknown, stack: PbfWriter) => {
        stack.writeStringField(1, BUNDLE_FONT);
        stack.writeStringField(2, name);
        for (const g of glyphs)
          stack.writeMessage(
            3,
            (_g: unknown, p: PbfWriter) => {
              p.writeVarintField(1, g.ch.codePointAt(0)!);
              if (g.w > 0 && g.h > 0) p.writeBytesField(2, Uint8Array.from(g.data));
              p.writeVarintField(3, g.w);
              p.writeVarintField(4, g.h);
              p.writeSVarintField(5, g.left);
              p.writeSVarintField(6, g.top - 27);
              p.writeVarintField(7, Math.round(g.advance));
            },
            null,
          );
      },
      null,
    );
    ranges.set(name, pbf.finish());
  }
  const bundle = writeBundle(
    {
      font: 'DejaVu Sans (Debian fonts-dejavu-core) for Latin, WenQuanYi Micro Hei (Debian fonts-wqy-microhei) for CJK; drawn with @mapbox/tiny-sdf in Chromium',
      licence: 'DejaVu Sans: DejaVu fonts licence (Bitstream Vera terms); WenQuanYi Micro Hei: Apache-2.0 or GPL-3.0 (glyph images used under Apache-2.0)',
      sdf: SDF,
      chars: chars.join(''),
    },
    ranges,
  );
  mkdirSync(join(ROOT, 'public/glyphs'), { recursive: true });
  writeFileSync(join(ROOT, GLYPH_BUNDLE), bundle);
  console.log(`${GLYPH_BUNDLE}: ${chars.length} characters in ${ranges.size} ranges, ${(bundle.length / 1024).toFixed(0)} kB`);
}

if (isMain(import.meta.url)) await main();
