// Did a target hold in a year? The plan's figure with its qualifying words is read as a threshold,
// the reported figure (with how its source states it) as an interval, and the two compared:
//   达 / 不少于 / 以上 / 力争 / 争取 / 争创 / no word  → at least X (以上 includes X, as Chinese statistics count it)
//   突破 / 超过                                   → more than X   (零的突破: more than 0, the first one)
//   不超过                                        → at most X
//   左右                                          → about X: at least 95 % of X (more is better for every such target)
//   a range X～Y                                  → at least X
// Reported "=" (and cumulative approvals) is exact; "about (rounded)" stands for every figure that rounds
// to it (2256 → 2255.5–2256.5); "> (突破)" for every figure above it. All of the interval meets the
// threshold: met; none of it: not met; part: the source cannot settle it (not comparable). No comparable
// figure: no figure. Figures that disagree (one met, one not): not comparable, saying so.
import type { Value } from '../data/planSchema.ts';

export type TargetStatus = 'met' | 'not-met' | 'no-figure' | 'not-comparable';
export type Op = '>=' | '>' | '<=' | 'about';

export interface Threshold {
  op: Op;
  /** The figure the reported one is compared with (95 % of X for 'about' is applied by the check). */
  x: number;
}

/** Share of X that "about X" (左右) still counts as reached. */
export const ABOUT_SHARE = 0.95;

/** The plan's figure and words → the threshold a reported figure must meet. */
export function thresholdOf(value: Value, qualifiers: readonly string[]): Threshold {
  const x = typeof value === 'number' ? value : value[0];
  if (qualifiers.includes('不超过') || qualifiers.includes('最高不超过')) return { op: '<=', x };
  if (qualifiers.includes('突破') || qualifiers.includes('超过')) return { op: '>', x };
  if (qualifiers.includes('左右')) return { op: 'about', x };
  return { op: '>=', x };
}

export interface Reported {
  value: number;
  /** How the source states it: "=", "about (rounded)", "> (突破)", "cumulative approvals". */
  qualifier: string;
  /** The figure as the source prints it ("2256", "1.2"): its last digit says how it was rounded. */
  printed?: string;
  comparable: boolean;
}

/** The figures a reported one can stand for: [lo, hi], with open ends where the source says "over". */
export function intervalOf(r: Reported): { lo: number; hi: number; loOpen: boolean } {
  if (r.qualifier.startsWith('>')) return { lo: r.value, hi: Infinity, loOpen: true };
  if (r.qualifier.startsWith('about')) {
    const text = r.printed ?? String(r.value);
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    const half = 0.5 * 10 ** -decimals;
    return { lo: r.value - half, hi: r.value + half, loOpen: false };
  }
  return { lo: r.value, hi: r.value, loOpen: false };
}

const EPS = 1e-9;
/** Does every figure of the interval meet the threshold (all), does any (some)? */
function meets(t: Threshold, i: { lo: number; hi: number; loOpen: boolean }): { all: boolean; some: boolean } {
  switch (t.op) {
    case '>=':
      return { all: i.lo >= t.x - EPS, some: i.hi >= t.x - EPS };
    case 'about':
      return { all: i.lo >= t.x * ABOUT_SHARE - EPS, some: i.hi >= t.x * ABOUT_SHARE - EPS };
    case '>':
      return { all: i.loOpen ? i.lo >= t.x - EPS : i.lo > t.x + EPS, some: i.hi > t.x + EPS };
    case '<=':
      return { all: i.hi <= t.x + EPS, some: i.loOpen ? i.lo < t.x - EPS : i.lo <= t.x + EPS };
  }
}

export type Why = 'met' | 'not-met' | 'no-figure' | 'other-metric' | 'rounded' | 'over-only' | 'disagree';

export interface StatusResult {
  status: TargetStatus;
  /** Why, in one word the UI writes out (see the scorecard catalogue). */
  why: Why;
  threshold: Threshold;
  /** The reported figure the verdict rests on (the exact one when there are several). */
  used?: Reported;
}

/** One target in one year against every figure reported for it. */
export function statusOf(value: Value, qualifiers: readonly string[], reported: readonly Reported[]): StatusResult {
  const threshold = thresholdOf(value, qualifiers);
  const comparable = reported.filter((r) => r.comparable);
  if (comparable.length === 0)
    return {
      status: reported.length > 0 ? 'not-comparable' : 'no-figure',
      why: reported.length > 0 ? 'other-metric' : 'no-figure',
      threshold,
      used: reported[0],
    };
  const verdicts = comparable.map((r) => {
    const m = meets(threshold, intervalOf(r));
    return { r, verdict: m.all ? ('met' as const) : !m.some ? ('not-met' as const) : ('open' as const) };
  });
  const settled = verdicts.filter((v) => v.verdict !== 'open');
  // Exact figures first: a rounded figure of the same year only adds what they do not say.
  const exactFirst = [...settled].sort((a, b) => Number(a.r.qualifier !== '=') - Number(b.r.qualifier !== '='));
  const kinds = new Set(settled.map((v) => v.verdict));
  if (kinds.size > 1) return { status: 'not-comparable', why: 'disagree', threshold, used: exactFirst[0]!.r };
  if (kinds.size === 1) {
    const v = exactFirst[0]!;
    return { status: v.verdict as 'met' | 'not-met', why: v.verdict as 'met' | 'not-met', threshold, used: v.r };
  }
  const first = verdicts[0]!.r;
  return { status: 'not-comparable', why: first.qualifier.startsWith('>') ? 'over-only' : 'rounded', threshold, used: first };
}

/** The plan's yearly figures of a target, with the words of each year (the end-2021 goal stands for 2021 when the year has none). */
export function yearlyFigures(t: {
  values: Partial<Record<'2019' | '2020' | '2021', Value>>;
  qualifiers?: Partial<Record<string, readonly string[]>>;
}): Array<{ year: 2019 | 2020 | 2021; value: Value; qualifiers: readonly string[] }> {
  return (['2019', '2020', '2021'] as const).flatMap((y) => {
    const v = t.values[y];
    return v === undefined ? [] : [{ year: Number(y) as 2019 | 2020 | 2021, value: v, qualifiers: t.qualifiers?.[y] ?? [] }];
  });
}
