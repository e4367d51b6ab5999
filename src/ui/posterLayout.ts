// Where the poster's legend entries go, from their measured text: each entry is its swatch and its label
// (wrapped when longer than a third of the image), entries flow left to right and start a new row when
// the next one would not fit, so no entry is drawn over another in either language at any image width.
// Pure: the caller hands in how wide a text is (canvas measureText in the page, a fake in Node tests).
//
//   layoutLegend([{ id: 'corridors', labels: ['Guangzhou section of the GZ–SZ–HK–Macao corridor', …] }],
//                { width: 3840, unit: 43, top: 2500 }, (s) => g.measureText(s).width)

/** How wide `text` is in pixels, in the regular (or bold) legend font of `unit` px. */
export type Measure = (text: string, bold: boolean) => number;

export interface LegendBlock {
  id: string;
  /** A title line over the block (the Districts classes' metric). */
  title?: string;
  labels: readonly string[];
}

/** One placed entry (or a block's title): its box, its swatch, and its label's lines with their baselines. */
export interface LegendBox {
  block: string;
  /** The entry's index in its block; -1 for the block's title. */
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The swatch's box (empty for a title). */
  swatch: { x: number; y: number; w: number; h: number };
  textX: number;
  lines: Array<{ text: string; baseline: number; width: number }>;
}

export interface LegendLayout {
  boxes: LegendBox[];
  /** The y just below the last row. */
  bottom: number;
}

/** One CJK character, a Latin word with its trailing spaces, or spaces: the places a line may break. */
const TOKENS = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/gu;

/** `text` in lines no wider than `maxW` (a word wider than that alone is broken between characters). */
export function wrapText(text: string, maxW: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (measure((line + token).trimEnd()) <= maxW) {
      line += token;
      continue;
    }
    push();
    if (measure(token.trimEnd()) <= maxW) {
      line = token.trimStart();
      continue;
    }
    for (const ch of token.trimEnd()) {
      if (line !== '' && measure(line + ch) > maxW) push();
      line += ch;
    }
    line += token.slice(token.trimEnd().length);
  }
  push();
  return lines.length ? lines : [''];
}

/**
 * The legend blocks laid out under the map, in image pixels.
 * @param opts width of the image, the type unit (the legend font's size), top of the legend band
 */
export function layoutLegend(blocks: readonly LegendBlock[], opts: { width: number; unit: number; top: number }, measure: Measure): LegendLayout {
  const { width, unit } = opts;
  const left = unit;
  const right = width - unit;
  const swatchW = unit * 1.5;
  const textOff = unit * 1.9;
  const lineH = unit * 1.3;
  const rowGap = unit * 0.6;
  const entryGap = unit * 1.2;
  // A label longer than a third of the band wraps (never narrower than 10 units, never wider than the band).
  const maxText = Math.min(right - left - textOff, Math.max(unit * 10, (right - left) / 3 - textOff));
  const boxes: LegendBox[] = [];
  let y = opts.top;
  const textLines = (text: string, bold: boolean, maxW: number, top: number) =>
    wrapText(text, maxW, (s) => measure(s, bold)).map((t, i) => ({ text: t, baseline: top + unit * 0.95 + i * lineH, width: measure(t, bold) }));

  for (const b of blocks) {
    if (b.labels.length === 0) continue;
    if (b.title !== undefined) {
      const lines = textLines(b.title, true, right - left, y);
      const w = Math.max(...lines.map((l) => l.width));
      boxes.push({ block: b.id, index: -1, x: left, y, w, h: lines.length * lineH, swatch: { x: left, y, w: 0, h: 0 }, textX: left, lines });
      y += lines.length * lineH + rowGap;
    }
    let x = left;
    let rowH = 0;
    b.labels.forEach((label, index) => {
      const probe = textLines(label, false, maxText, 0);
      const w = textOff + Math.max(...probe.map((l) => l.width));
      if (x > left && x + w > right) {
        y += rowH + rowGap;
        x = left;
        rowH = 0;
      }
      const lines = probe.map((l) => ({ ...l, baseline: l.baseline + y }));
      const h = lines.length * lineH;
      boxes.push({ block: b.id, index, x, y, w, h, swatch: { x, y: y + unit * 0.1, w: swatchW, h: unit * 1.1 }, textX: x + textOff, lines });
      x += w + entryGap;
      rowH = Math.max(rowH, h);
    });
    y += rowH + rowGap;
  }
  return { boxes, bottom: y };
}

/** Whether two boxes overlap (touching edges do not). */
export const overlaps = (a: Pick<LegendBox, 'x' | 'y' | 'w' | 'h'>, b: Pick<LegendBox, 'x' | 'y' | 'w' | 'h'>): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
