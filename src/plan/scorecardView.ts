// What the scorecard screen shows of the plan's rows (scorecard.ts): the year, actions, responsible units
// and statuses chosen in the link, the rows grouped by action (goal G1 first), and the same rows as CSV
// (a BOM, CRLF, cells neutralised like every other export). Pure: the screen and its tests share it.
import type { Plan } from '../data/planSchema.ts';
import type { TargetStatus } from './targetStatus.ts';
import type { PlanYear, ScoreRow } from './scorecard.ts';
import { unitTasks } from './scorecard.ts';
import { BOM, csvLine } from '../data/exportPlaces.ts';

export const STATUSES: readonly TargetStatus[] = ['met', 'not-met', 'no-figure', 'not-comparable'];

export interface ScorecardFilter {
  year?: PlanYear | undefined;
  actions: readonly string[];
  units: readonly string[];
  statuses: readonly string[];
}

/** The actions whose tasks any of these units leads or joins. */
export function actionsOfUnits(plan: Plan, units: readonly string[]): Set<string> {
  return new Set(units.flatMap((u) => unitTasks(plan, u).map((x) => x.action.id)));
}

/**
 * The rows the filters leave. A unit filter keeps the targets of the actions the unit has tasks in
 * (the plan gives targets to actions, not to units); goal G1's rows belong to no action and no unit, so
 * an action or unit filter leaves them out.
 */
export function filterRows(plan: Plan, rows: readonly ScoreRow[], f: ScorecardFilter): ScoreRow[] {
  const byUnit = f.units.length > 0 ? actionsOfUnits(plan, f.units) : undefined;
  return rows.filter(
    (r) =>
      (f.year === undefined || r.year === f.year) &&
      (f.actions.length === 0 || f.actions.includes(r.parent)) &&
      (!byUnit || byUnit.has(r.parent)) &&
      (f.statuses.length === 0 || f.statuses.includes(r.result.status)),
  );
}

/** Rows grouped by their action (or goal), in the order given; each group's rows by target, then year. */
export function groupRows(rows: readonly ScoreRow[]): Array<{ parent: string; rows: ScoreRow[] }> {
  const groups = new Map<string, ScoreRow[]>();
  for (const r of rows) {
    const g = groups.get(r.parent);
    if (g) g.push(r);
    else groups.set(r.parent, [r]);
  }
  return [...groups].map(([parent, rs]) => ({ parent, rows: rs }));
}

/** What the CSV says in words (the UI language's), given by the screen. The header is the column codes. */
export interface ScorecardCsvText {
  parentTitle(parent: string): string;
  indicator(row: ScoreRow): string;
  target(row: ScoreRow): string;
  status(row: ScoreRow): string;
  rule(row: ScoreRow): string;
}
export const SCORECARD_COLUMNS = [
  'action',
  'action_title',
  'target',
  'indicator',
  'year',
  'plan_value',
  'reported_value',
  'reported_unit',
  'comparable',
  'status',
  'rule',
  'source_title',
  'source_outlet',
  'source_date',
  'source_url',
] as const;

/** The rows as CSV: one line per target × year, the figure the status rests on and its source. */
export function scorecardCsv(rows: readonly ScoreRow[], text: ScorecardCsvText): string {
  const lines = [SCORECARD_COLUMNS.join(',')];
  for (const r of rows) {
    const o = r.result.status === 'no-figure' ? undefined : r.outcomes[0];
    lines.push(
      csvLine([
        r.parent,
        text.parentTitle(r.parent),
        r.target.id,
        text.indicator(r),
        r.year,
        text.target(r),
        o?.value,
        o?.unit,
        o ? (o.comparable ? 'yes' : 'no') : '',
        text.status(r),
        text.rule(r),
        o?.source.title,
        o?.source.outlet,
        o?.source.date,
        o?.source.url,
      ]),
    );
  }
  return BOM + lines.map((l) => `${l}\r\n`).join('');
}

/** guangzhou-plan-scorecard-<year|all>-<YYYY-MM-DD>.csv */
export function scorecardFileName(year: PlanYear | undefined, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `guangzhou-plan-scorecard-${year ?? 'all'}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
