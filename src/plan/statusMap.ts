// The scorecard's map (issue 17, "the map beside it follows the year"): each place of an action marked by
// how that action's targets stand in the chosen year — the mark actionSummary gives (all met / some /
// none / no figures). A place several actions name gets one combined mark, by one stated rule
// (combineMarks). Pure: the scorecard screen computes it, the map adapter draws it as feature state.
import type { ActionMark, PlanYear, ScoreRow } from './scorecard.ts';
import { actionSummary } from './scorecard.ts';

/** The marks in the legend's order. */
export const MARKS: readonly ActionMark[] = ['all', 'some', 'none', 'unknown'];

/** A mark as a feature-state number (0: no mark; the style's default). */
export const MARK_CODE: Record<ActionMark, number> = { all: 1, some: 2, none: 3, unknown: 4 };

/**
 * One mark for a place concerned by several actions: all met only when every one of its actions has all
 * its targets met; none when none of its actions met any target and at least one fell short; no figures
 * when none of them can be judged; otherwise some (some met, or met and unknown mixed).
 */
export function combineMarks(marks: readonly ActionMark[]): ActionMark {
  if (marks.length === 0) return 'unknown';
  if (marks.every((m) => m === 'all')) return 'all';
  if (marks.some((m) => m === 'all' || m === 'some')) return 'some';
  if (marks.some((m) => m === 'none')) return 'none';
  return 'unknown';
}

/**
 * Place id → its mark in `year`, for the places that name at least one action. With `actions` given
 * (the scorecard's action filter, or the actions of its unit filter), only those actions count and places
 * of no other action are left unmarked.
 */
export function placeMarks(
  places: ReadonlyArray<{ readonly id: string; readonly actions: readonly string[] }>,
  rows: readonly ScoreRow[],
  year: PlanYear,
  actions?: ReadonlySet<string>,
): Map<string, ActionMark> {
  const byAction = new Map<string, ActionMark>();
  const markOf = (a: string) => {
    const known = byAction.get(a);
    if (known !== undefined) return known;
    const m = actionSummary(rows, a, year).mark;
    byAction.set(a, m);
    return m;
  };
  const out = new Map<string, ActionMark>();
  for (const p of places) {
    const these = p.actions.filter((a) => !actions || actions.has(a));
    if (these.length > 0) out.set(p.id, combineMarks(these.map(markOf)));
  }
  return out;
}

/** The marks as feature-state codes (MARK_CODE), for the map. */
export const markCodes = (marks: ReadonlyMap<string, ActionMark>): Map<string, number> => new Map([...marks].map(([id, m]) => [id, MARK_CODE[m]]));
