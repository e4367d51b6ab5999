// Present mode's one size: every map element and the story card scale from a single number derived
// from the viewport, so the map reads from the back row as well as the card does. Pure; Node-tested.

export interface ScreenSize {
  width: number;
  height: number;
}

/** Pixel sizes of the map's paint in Present mode (CSS px, as MapLibre takes them). */
export interface PresentSizes {
  /** The card's em: the one number everything else follows. */
  unit: number;
  /** Context labels (districts, cities, places): at least 2 % of the screen height. */
  label: number;
  /** The chapter's subject's own label. */
  subjectLabel: number;
  /** Label halo: wide enough that a label stands on its halo, not on what is under it. */
  halo: number;
  subjectHalo: number;
  /** Corridor lines: at least 0.5 % of the height; lit ones wider; the white casing around them. */
  line: number;
  lineLit: number;
  casing: number;
  /** Direction marks on the corridors. */
  arrow: number;
  /** Place symbols. */
  point: number;
  pointStroke: number;
  /** The ring that marks the chapter's subject (radius and stroke). */
  ring: number;
  ringStroke: number;
  /** Outlines of areas: the subject's, the others'. */
  areaLineLit: number;
  areaLine: number;
}

/** Below this width, or in portrait, the card runs across the bottom and type follows the width more. */
export const NARROW_MAX_WIDTH = 800;

export function isNarrow(s: ScreenSize): boolean {
  return s.width <= NARROW_MAX_WIDTH || s.height > s.width;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const r1 = (v: number) => Math.round(v * 10) / 10;
/** Up to the next 0.1 px, so a floor stays met after rounding. */
const up1 = (v: number) => Math.ceil(v * 10 - 1e-9) / 10;

/**
 * The card's em in px: 1.25 % of the width on a 16:9 screen (24 px at 1920, 48 px at 3840), never less
 * than 2.2 % of the height (a 4:3 projector), 3.6 % of the width on a phone.
 */
export function presentUnit(s: ScreenSize): number {
  if (!(s.width > 0 && s.height > 0)) return 16;
  if (isNarrow(s)) return r1(clamp(s.width * 0.036, 15, 40));
  return r1(clamp(Math.max(s.width * 0.0125, s.height * 0.0222), 16, 64));
}

/** Every map size of Present mode, from the unit (and the height, for the stated floors). */
export function presentSizes(s: ScreenSize): PresentSizes {
  const u = presentUnit(s);
  const h = s.height > 0 ? s.height : 720;
  const label = Math.ceil(Math.max(u, h * 0.02));
  const subjectLabel = Math.ceil(Math.max(u * 1.35, h * 0.028));
  const line = up1(Math.max(u * 0.25, h * 0.005));
  return {
    unit: u,
    label,
    subjectLabel,
    halo: r1(Math.max(2, label * 0.16)),
    subjectHalo: r1(Math.max(3, subjectLabel * 0.18)),
    line,
    lineLit: r1(line * 1.7),
    casing: r1(Math.max(2, u * 0.12)),
    arrow: Math.ceil(u * 1.1),
    point: r1(u * 0.42),
    pointStroke: r1(Math.max(1.5, u * 0.08)),
    ring: r1(u * 1.8),
    ringStroke: r1(Math.max(3, u * 0.28)),
    areaLineLit: r1(Math.max(3, u * 0.22)),
    areaLine: r1(Math.max(1.5, u * 0.08)),
  };
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1–21). */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
    if (!m) return NaN;
    const n = parseInt(m[1]!, 16);
    const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
