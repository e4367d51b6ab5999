// Poster image: the map re-rendered at print resolution, with a title band, the legends of the kinds
// and corridors shown (and the Districts classes) laid out from their measured text (posterLayout.ts), a
// scale bar, a north arrow, and the sources. Canvas 2D text uses the page's fonts, so Chinese renders offline too.
import { downloadBlob } from './download.ts';
import { layoutLegend, wrapText, type LegendBlock, type LegendBox, type LegendLayout, type Measure } from './posterLayout.ts';

export interface PosterLegendItem {
  label: string;
  color: string;
  glyph: string;
}

export interface PosterLine {
  label: string;
  color: string;
}

export interface PosterText {
  title: string;
  subtitle: string;
  legend: PosterLegendItem[];
  sources: string;
  /** Corridor colour → name. */
  corridors?: PosterLine[];
  /** The scale bar: metres per image pixel, and how to write a length in km in the UI language. */
  scale?: { metresPerPixel: number; km: (n: number) => string };
  /** The north arrow's letter (the map is never rotated: north is up). */
  north?: string;
  /** Districts mode: the metric's title and its classes, light to dark. */
  classes?: { title: string; items: PosterLine[] };
  /** The institutions layer, when it is shown: its title and the kinds drawn (hollow rings in their colour). */
  institutions?: { title: string; items: PosterLine[] };
}

const FONT = `'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', system-ui, sans-serif`;

/** A round length (1, 2 or 5 × 10^k km) whose bar is at most `maxPx` long. Pure. */
export function scaleBar(metresPerPixel: number, maxPx: number): { km: number; px: number } | null {
  if (!(metresPerPixel > 0) || !(maxPx > 0)) return null;
  const maxKm = (metresPerPixel * maxPx) / 1000;
  const k = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * k).find((v) => v <= maxKm) ?? k;
  return { km: Number(km.toPrecision(3)), px: (km * 1000) / metresPerPixel };
}

/** The poster and where its legend entries went (read by the browser test). */
export interface ComposedPoster {
  canvas: HTMLCanvasElement;
  legend: LegendLayout;
}

export function composePoster(map: HTMLCanvasElement, text: PosterText): ComposedPoster {
  const w = map.width;
  const unit = Math.max(12, Math.round(w / 90)); // type scales with the image, not the screen
  const header = unit * 5;
  const corridors = text.corridors ?? [];
  const classes = text.classes?.items ?? [];
  const institutions = text.institutions?.items ?? [];
  // The legends are laid out from their measured text before the canvas is sized: no entry over another.
  const probe = document.createElement('canvas').getContext('2d')!;
  const measure: Measure = (s, bold) => {
    probe.font = `${bold ? 700 : 400} ${unit}px ${FONT}`;
    return probe.measureText(s).width;
  };
  const blocks: LegendBlock[] = [
    { id: 'kinds', labels: text.legend.map((i) => i.label) },
    { id: 'corridors', labels: corridors.map((i) => i.label) },
    ...(institutions.length && text.institutions ? [{ id: 'institutions', title: text.institutions.title, labels: institutions.map((i) => i.label) }] : []),
    ...(classes.length && text.classes ? [{ id: 'classes', title: text.classes.title, labels: classes.map((i) => i.label) }] : []),
  ];
  const legendTop = header + map.height + unit * 0.7;
  const legend = layoutLegend(blocks, { width: w, unit, top: legendTop }, measure);
  const sourcesSize = Math.round(unit * 0.75);
  probe.font = `400 ${sourcesSize}px ${FONT}`;
  const sources = wrapText(text.sources, w - unit * 2, (s) => probe.measureText(s).width);
  const out = document.createElement('canvas');
  out.width = w;
  out.height = Math.round(legend.bottom + unit * 0.4 + sources.length * sourcesSize * 1.35 + unit * 0.6);
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(map, 0, header);

  g.fillStyle = '#1c1917';
  g.textBaseline = 'alphabetic';
  g.font = `700 ${unit * 2}px ${FONT}`;
  g.fillText(text.title, unit, unit * 2.6);
  g.fillStyle = '#57534e';
  g.font = `400 ${unit}px ${FONT}`;
  g.fillText(text.subtitle, unit, unit * 4.1);

  if (text.scale) drawScale(g, text.scale, unit, header + map.height, w);
  if (text.north) drawNorth(g, text.north, w - unit * 2.2, header + unit * 1.2, unit);

  const swatches: Record<string, (i: number, s: LegendBox['swatch']) => void> = {
    kinds: (i, s) => {
      const item = text.legend[i]!;
      const r = unit * 0.6;
      const cx = s.x + r;
      const cy = s.y + s.h / 2;
      g.fillStyle = item.color;
      g.beginPath();
      g.arc(cx, cy, r, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#ffffff';
      g.font = `400 ${Math.round(unit * 0.7)}px ${FONT}`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(item.glyph, cx, cy);
      g.textBaseline = 'alphabetic';
    },
    corridors: (i, s) => {
      g.fillStyle = corridors[i]!.color;
      g.fillRect(s.x, s.y + s.h / 2 - unit * 0.2, s.w, unit * 0.4);
    },
    // As on the map: a white disc in a ring of the kind's colour, a dot of it in the middle.
    institutions: (i, s) => {
      const color = institutions[i]!.color;
      const r = unit * 0.5;
      const cx = s.x + unit * 0.6;
      const cy = s.y + s.h / 2;
      g.fillStyle = '#ffffff';
      g.strokeStyle = color;
      g.lineWidth = Math.max(2, unit * 0.22);
      g.beginPath();
      g.arc(cx, cy, r, 0, Math.PI * 2);
      g.fill();
      g.stroke();
      g.fillStyle = color;
      g.beginPath();
      g.arc(cx, cy, Math.max(1.5, unit * 0.12), 0, Math.PI * 2);
      g.fill();
    },
    classes: (i, s) => {
      g.fillStyle = classes[i]!.color;
      g.fillRect(s.x, s.y, s.w, s.h);
      g.strokeStyle = '#78716c';
      g.lineWidth = Math.max(1, unit / 14);
      g.strokeRect(s.x, s.y, s.w, s.h);
    },
  };
  for (const box of legend.boxes) {
    if (box.index >= 0) swatches[box.block]?.(box.index, box.swatch);
    g.fillStyle = '#1c1917';
    g.font = `${box.index < 0 ? 700 : 400} ${unit}px ${FONT}`;
    g.textAlign = 'left';
    for (const l of box.lines) g.fillText(l.text, box.textX, l.baseline);
  }
  g.fillStyle = '#78716c';
  g.textAlign = 'left';
  g.font = `400 ${sourcesSize}px ${FONT}`;
  sources.forEach((line, i) => g.fillText(line, unit, legend.bottom + unit * 0.4 + sourcesSize * (1 + i * 1.35)));
  return { canvas: out, legend };
}

/** A scale bar on a white plate at the map's bottom-left. */
function drawScale(g: CanvasRenderingContext2D, scale: NonNullable<PosterText['scale']>, unit: number, mapBottom: number, w: number) {
  const bar = scaleBar(scale.metresPerPixel, w * 0.22);
  if (!bar) return;
  const x = unit;
  const y = mapBottom - unit * 1.2;
  const text = scale.km(bar.km);
  g.font = `400 ${Math.round(unit * 0.85)}px ${FONT}`;
  const tw = g.measureText(text).width;
  g.fillStyle = 'rgb(255 255 255 / 0.88)';
  g.fillRect(x - unit * 0.5, y - unit * 1.7, Math.max(bar.px, tw) + unit, unit * 2.3);
  g.fillStyle = '#1c1917';
  g.fillRect(x, y - unit * 0.25, bar.px, unit * 0.25);
  g.fillRect(x, y - unit * 0.6, Math.max(1, unit / 8), unit * 0.6);
  g.fillRect(x + bar.px - Math.max(1, unit / 8), y - unit * 0.6, Math.max(1, unit / 8), unit * 0.6);
  g.textAlign = 'left';
  g.fillText(text, x, y - unit * 0.75);
}

/** An arrow pointing up (the map is never rotated), with its letter under it. */
function drawNorth(g: CanvasRenderingContext2D, letter: string, cx: number, top: number, unit: number) {
  g.fillStyle = 'rgb(255 255 255 / 0.88)';
  g.beginPath();
  g.arc(cx, top + unit * 1.3, unit * 1.5, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#1c1917';
  g.beginPath();
  g.moveTo(cx, top);
  g.lineTo(cx + unit * 0.6, top + unit * 1.3);
  g.lineTo(cx, top + unit * 1.0);
  g.lineTo(cx - unit * 0.6, top + unit * 1.3);
  g.closePath();
  g.fill();
  g.font = `700 ${Math.round(unit * 0.9)}px ${FONT}`;
  g.textAlign = 'center';
  g.fillText(letter, cx, top + unit * 2.4);
  g.textAlign = 'left';
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('the image could not be encoded'));
      downloadBlob(blob, filename);
      resolve();
    }, 'image/png');
  });
}
