// The plan's scorecard: every target × year with the plan's figure, what was reported, and its status
// (targetStatus.ts); per action and per responsible unit, how its targets stand in a year; and how much
// of the plan public sources cover at all. Pure: the panels, the scorecard, the brief and the tour share it.
import type { Plan, Target, Value, Action } from '../data/planSchema.ts';
import type { Outcome } from '../data/outcomeSchema.ts';
import { statusOf, yearlyFigures, type StatusResult, type TargetStatus } from './targetStatus.ts';

export type PlanYear = 2019 | 2020 | 2021;
export const PLAN_YEARS: readonly PlanYear[] = [2019, 2020, 2021];

export interface ScoreRow {
  target: Target;
  /** The action (A1 …) or goal (G1) the target belongs to. */
  parent: string;
  year: PlanYear;
  value: Value;
  qualifiers: readonly string[];
  result: StatusResult;
  /** Every figure reported for this target and year (comparable first), with its record. */
  outcomes: readonly Outcome[];
}

/** Every yearly value of the plan (goal G1's and the actions'), with its status. */
export function scoreRows(plan: Plan, outcomes: readonly Outcome[]): ScoreRow[] {
  const parents: Array<[string, readonly Target[]]> = [
    ...plan.goals.filter((g) => g.targets.length > 0).map((g): [string, readonly Target[]] => [g.id, g.targets]),
    ...plan.actions.map((a): [string, readonly Target[]] => [a.id, a.targets]),
  ];
  const rows: ScoreRow[] = [];
  for (const [parent, targets] of parents) {
    for (const target of targets) {
      for (const f of yearlyFigures(target)) {
        const these = outcomes.filter((o) => o.target === target.id && o.year === f.year).sort((a, b) => Number(b.comparable) - Number(a.comparable));
        const result = statusOf(
          f.value,
          f.qualifiers,
          these.map((o) => ({
            value: o.value,
            qualifier: o.qualifier,
            printed: o.quoted.factor === 1 ? o.quoted.number : undefined,
            comparable: o.comparable,
          })),
        );
        const used = result.used && these.find((o) => o.value === result.used!.value && o.qualifier === result.used!.qualifier);
        rows.push({
          target,
          parent,
          year: f.year,
          value: f.value,
          qualifiers: f.qualifiers,
          result,
          outcomes: used ? [used, ...these.filter((o) => o !== used)] : these,
        });
      }
    }
  }
  return rows;
}

export type StatusCounts = Record<TargetStatus, number> & { total: number };
export function countStatuses(rows: readonly ScoreRow[]): StatusCounts {
  const c: StatusCounts = { met: 0, 'not-met': 0, 'no-figure': 0, 'not-comparable': 0, total: rows.length };
  for (const r of rows) c[r.result.status]++;
  return c;
}

/** How an action's targets stand in a year, as one mark for the map: all met, some, none, no figures. */
export type ActionMark = 'all' | 'some' | 'none' | 'unknown';
export function actionMark(rows: readonly ScoreRow[]): ActionMark {
  const judged = rows.filter((r) => r.result.status === 'met' || r.result.status === 'not-met');
  if (judged.length === 0) return 'unknown';
  const met = judged.filter((r) => r.result.status === 'met').length;
  return met === judged.length ? 'all' : met === 0 ? 'none' : 'some';
}

/** The rows of one action (or goal) in one year. */
export const rowsOf = (rows: readonly ScoreRow[], parent: string, year?: PlanYear) =>
  rows.filter((r) => r.parent === parent && (year === undefined || r.year === year));

/** The actions whose tasks a unit leads or joins, and the tasks themselves. */
export function unitTasks(plan: Plan, unitId: string): Array<{ action: Action; task: Action['tasks'][number]; lead: boolean }> {
  return plan.actions.flatMap((action) =>
    action.tasks.filter((task) => task.responsible.includes(unitId)).map((task) => ({ action, task, lead: task.responsible[0] === unitId })),
  );
}

/** Other units sharing a task with this one, most shared first. */
export function partnersOf(plan: Plan, unitId: string): Array<{ unit: string; tasks: number }> {
  const n = new Map<string, number>();
  for (const { task } of unitTasks(plan, unitId)) for (const u of task.responsible) if (u !== unitId) n.set(u, (n.get(u) ?? 0) + 1);
  return [...n].map(([unit, tasks]) => ({ unit, tasks })).sort((a, b) => b.tasks - a.tasks || a.unit.localeCompare(b.unit));
}

export interface Coverage {
  /** Action targets with at least one comparable figure in the plan period, of all action targets. */
  targets: number;
  targetsTotal: number;
  /** Yearly values (goal G1's and the actions') with a comparable figure, of all. */
  values: number;
  valuesTotal: number;
}
export function coverage(rows: readonly ScoreRow[]): Coverage {
  const hasFigure = (r: ScoreRow) => r.outcomes.some((o) => o.comparable);
  const actionRows = rows.filter((r) => r.parent.startsWith('A'));
  const targetIds = new Set(actionRows.map((r) => r.target.id));
  const covered = new Set(actionRows.filter(hasFigure).map((r) => r.target.id));
  return { targets: covered.size, targetsTotal: targetIds.size, values: rows.filter(hasFigure).length, valuesTotal: rows.length };
}

/**
 * How one action's (or goal's) targets stand in one year: how many met, not met, unsettled, and a mark that
 * agrees with those words (stricter than actionMark, which looks at the judged targets only).
 */
export interface ActionSummary {
  n: number;
  met: number;
  notMet: number;
  /** No figure, or one that cannot settle it. */
  unsettled: number;
  mark: ActionMark;
}
export function actionSummary(rows: readonly ScoreRow[], parent: string, year: PlanYear): ActionSummary {
  const these = rowsOf(rows, parent, year);
  const c = countStatuses(these);
  // The mark says what the words say: all met only when every target is (a target without a figure is
  // not met as far as anyone can tell), some when some are, none when the judged ones all fell short.
  const mark: ActionMark = c.total > 0 && c.met === c.total ? 'all' : c.met > 0 ? 'some' : c['not-met'] > 0 ? 'none' : 'unknown';
  return { n: c.total, met: c.met, notMet: c['not-met'], unsettled: c['no-figure'] + c['not-comparable'], mark };
}
