// A figure counting up on a results chapter (Present): the text as it stands at a moment of the count,
// the number rising from 0 to the reported figure, written as the final text writes it (its decimals, its
// thousands separators, the words around it). At the end — and with reduced motion, from the start — the
// text is exactly the final one. Pure: Present's CountUp component drives it by the clock.

/** How long a figure takes to count up. */
export const COUNT_UP_MS = 1_400;

export interface FigureToken {
  /** The text before and after the number. */
  before: string;
  after: string;
  value: number;
  /** Digits after the decimal point, as written. */
  decimals: number;
  /** Written with thousands separators ("1,200"). */
  grouped: boolean;
}

/** The first number written in a text ("CNY 241.31 billion" → 241.31), or null when it has none. */
export function figureToken(text: string): FigureToken | null {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(text);
  if (!m) return null;
  const written = m[0];
  const dot = written.indexOf('.');
  return {
    before: text.slice(0, m.index),
    after: text.slice(m.index + written.length),
    value: Number(written.replaceAll(',', '')),
    decimals: dot < 0 ? 0 : written.length - dot - 1,
    grouped: written.includes(','),
  };
}

/** Fast at first, settling at the end. */
export const easeOut = (p: number): number => 1 - (1 - p) ** 3;

/** The number as the final text writes it. */
function write(v: number, t: FigureToken): string {
  const fixed = v.toFixed(t.decimals);
  if (!t.grouped) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * The text at `progress` (0 = the start, 1 = the end) of the count: exactly `text` at 1 or later, and
 * for a text without a number; otherwise the number eased from 0, never past the final figure.
 */
export function countUpText(text: string, progress: number): string {
  const tok = figureToken(text);
  if (!tok || !(progress < 1)) return text;
  const p = Math.max(0, progress);
  const v = Math.min(tok.value, tok.value * easeOut(p));
  return `${tok.before}${write(v, tok)}${tok.after}`;
}

/** The progress of a count started at `start` (ms), at `now`; with reduced motion, always the end. */
export function countUpProgress(start: number, now: number, reducedMotion: boolean, duration = COUNT_UP_MS): number {
  if (reducedMotion || duration <= 0) return 1;
  return Math.min(1, Math.max(0, (now - start) / duration));
}
