// The distances a user picks in Districts — the portfolio's radius round the plan's places, the corridor
// counts' distance from each segment: the choices offered, the bounds of any value (a link may carry
// another), and one rule bringing a value into them. Small and dependency-free on purpose: the link's
// parser (src/state/urlKeys.ts) uses it in the shell, the geometry (portfolio.ts, corridorBuffer.ts) in
// its worker.

export interface KmRange {
  /** What the select offers. */
  choices: readonly number[];
  min: number;
  max: number;
  /** The value with none given (and for one that is not a number). */
  initial: number;
}

export const RADIUS_KM: KmRange = { choices: [1, 3, 5, 10, 20], min: 0.1, max: 20, initial: 3 };
export const BUFFER_KM: KmRange = { choices: [0.5, 1, 2, 5, 10], min: 0.5, max: 10, initial: 2 };

/** A distance in the range's bounds, to 0.1 km. */
export const clampKm = (range: KmRange, km: number): number =>
  Number.isFinite(km) ? Math.round(Math.min(range.max, Math.max(range.min, km)) * 10) / 10 : range.initial;

/** The select's options: the choices and the current value (a link's may be none of them), in order. */
export const kmOptions = (range: KmRange, current: number): number[] => [...new Set([...range.choices, current])].sort((a, b) => a - b);
