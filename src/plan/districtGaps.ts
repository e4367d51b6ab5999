// The gaps an investor looks for, district by district: where the plan has put places and the
// institutions its targets count but the user has few points, and the reverse — where the user's
// points are and the plan has little. Each district's share of the plan's places and institutions
// (the plan side) is set against its share of the user's points; the gap is the difference in
// percentage points, so a district with 30 % of the plan and 5 % of the points is 25 points short.
// Shares, not counts: 100,000 points and 60 places are on different scales. Pure.
export interface GapInput {
  /** The district (zh). */
  district: string;
  /** The plan's places counted in it (a multi-campus place in each of its campuses' districts). */
  places: number;
  /** The institutions the targets count, sourced in it. */
  institutions: number;
  /** The user's points in it. */
  yours: number;
}

export interface GapRow extends GapInput {
  /** places + institutions. */
  plan: number;
  /** Share 0–1 of the plan side over all the districts given. */
  planShare: number;
  /** Share 0–1 of the user's points in the districts given (outside Guangzhou left out). */
  yourShare: number;
  /** planShare − yourShare, in percentage points (−100 … 100), to 0.1. */
  gap: number;
}

export interface DistrictGaps {
  /** Every district, most short of the user's points first. */
  rows: GapRow[];
  /** The plan there, the user's points few: gap > 0, largest first. */
  short: GapRow[];
  /** The user's points there, the plan little: gap < 0, largest first. */
  ahead: GapRow[];
}

const pp = (x: number) => Math.round(x * 1000) / 10;

export function districtGaps(input: readonly GapInput[]): DistrictGaps {
  const planTotal = input.reduce((a, d) => a + d.places + d.institutions, 0);
  const yourTotal = input.reduce((a, d) => a + d.yours, 0);
  const rows = input.map((d): GapRow => {
    const plan = d.places + d.institutions;
    const planShare = planTotal > 0 ? plan / planTotal : 0;
    const yourShare = yourTotal > 0 ? d.yours / yourTotal : 0;
    return { ...d, plan, planShare, yourShare, gap: pp(planShare - yourShare) };
  });
  // Ties: the larger plan side first, then the given order (stable sort).
  const sorted = [...rows].sort((a, b) => b.gap - a.gap || b.plan - a.plan);
  return {
    rows: sorted,
    short: sorted.filter((r) => r.gap > 0),
    ahead: sorted.filter((r) => r.gap < 0).reverse(),
  };
}
