// Serves the map's label glyphs from the one file the build drew them into (src/map/glyphBundle.ts),
// through a MapLibre protocol: the style's glyph URL is `hubglyphs://{fontstack}/{range}`, and each
// range MapLibre asks for is cut from that file (fetched once, preloaded by index.html, same origin).
// The single-file kiosk (file://, where fetch does not work) draws glyphs locally as before.
import * as maplibregl from 'maplibre-gl';
import { BUNDLE_FONT, GLYPHS_FILE, readBundle } from './glyphBundle.ts';

const PROTOCOL = 'hubglyphs';
export const GLYPHS_URL = `${PROTOCOL}://{fontstack}/{range}`;

let bundle: Promise<ReturnType<typeof readBundle>> | undefined;
let chars: ReadonlySet<string> | undefined;

/** The characters the build's glyph file holds, once it has been read (undefined before, and in the kiosk). */
export const prebuiltChars = (): ReadonlySet<string> | undefined => chars;

/** The glyph URL for the style, or undefined where glyphs are drawn locally (the kiosk). */
export function prebuiltGlyphs(): { url: string; font: string[] } | undefined {
  if (import.meta.env.VITE_KIOSK) return undefined;
  if (!bundle) {
    const file = new URL(GLYPHS_FILE, document.baseURI).href;
    bundle = fetch(file).then(async (r) => {
      if (!r.ok) throw new Error(`${GLYPHS_FILE}: HTTP ${r.status}`);
      const read = readBundle(await r.arrayBuffer());
      chars = new Set(read.header.chars);
      return read;
    });
    // A range that cannot be served is an error MapLibre answers by drawing its glyphs locally.
    maplibregl.addProtocol(PROTOCOL, async (params) => {
      const [, stack, range] = /^[^:]+:\/\/([^/]+)\/(.+)$/.exec(params.url) ?? [];
      if (decodeURIComponent(stack ?? '') !== BUNDLE_FONT) throw new Error(`no glyphs for the font ${stack}`);
      const data = (await bundle!).range(range ?? '');
      if (!data) throw new Error(`no glyphs in ${range}`);
      return { data };
    });
  }
  return { url: GLYPHS_URL, font: [BUNDLE_FONT] };
}
