// The tour's results chapters (issue 17, "Present: the results"): one per action, its 2021 targets beside
// what public sources reported — the plan's figure, the reported one, the status (a word and a symbol)
// and the source, or "no public figure found" — and the action's places, each marked on the map as the
// scorecard's map marks them. Every status comes from the scorecard's rows (scorecard.ts, targetStatus.ts):
// nothing here judges a figure. Pure: data in, chapters' contents out, in both languages.
import '../i18n/catalogue/present.ts';
import type { Action, Lines } from '../data/planSchema.ts';
import type { PlaceFeature } from '../data/appData.ts';
import type { TargetStatus } from './targetStatus.ts';
import { actionSummary, type ActionMark, type PlanYear, type ScoreRow } from './scorecard.ts';
import { placeMarks } from './statusMap.ts';
import { actionSummaryText, markWord, reportedFigure, ruleText, statusWord, MARK_SYMBOL, STATUS_SYMBOL } from './statusText.ts';
import { formatFigure } from './figures.ts';
import { both, type Bilingual } from '../i18n/index.ts';

/** The year the results chapters show: the plan's last. */
export const RESULTS_YEAR: PlanYear = 2021;

/** One target of a results chapter: the plan's figure against what was reported. */
export interface ResultLine {
  target: string;
  indicator: Bilingual;
  status: TargetStatus;
  /** The status's symbol (✓ ✗ – ≠) and its word: never colour alone. */
  symbol: string;
  word: Bilingual;
  /** "target 3" as the plan writes it. */
  plan: Bilingual;
  /** The reported figure as its source states it (the card counts up to it); none: no public figure found. */
  reported?: Bilingual;
  /** A figure that is not comparable: what it counts instead. */
  measures?: Bilingual;
  /** The source in small type: its issuer and, when known, its date (the title for a tooltip). */
  source?: { outlet: string; date?: string; title: string };
  /** The rule and verdict in one sentence (statusText.ts ruleText). */
  rule: Bilingual;
}

export interface ActionResults {
  action: string;
  year: PlanYear;
  /** How the action's targets stand, as the scorecard's map marks its places. */
  mark: ActionMark;
  markSymbol: string;
  markWord: Bilingual;
  /** "2021: 1 of 5 targets met; 4 without a comparable figure". */
  summary: Bilingual;
  lines: ResultLine[];
  /** Place id → its mark (the scorecard map's rule, this action only): what the map rings. */
  marks: Record<string, ActionMark>;
}

const bi = (f: (lang: 'zh' | 'en') => string): Bilingual => ({ zh: f('zh'), en: f('en') });
/** The date as a date (the file may add a note after it: "2023-01-18 (page date)"). */
const datePart = (d: string) => /^\d{4}(-\d{2}){0,2}/.exec(d)?.[0];

/** One scorecard row as a results line. */
export function resultLine(row: ScoreRow): ResultLine {
  const s = row.result.status;
  const o = s === 'no-figure' ? undefined : row.outcomes[0];
  const date = o ? datePart(o.source.date) : undefined;
  return {
    target: row.target.id,
    indicator: row.target.indicator,
    status: s,
    symbol: STATUS_SYMBOL[s],
    word: bi((l) => statusWord(s, l)),
    plan: bi((l) => formatFigure(row.value, row.target.unit, row.qualifiers, l)),
    ...(o ? { reported: bi((l) => reportedFigure(o, l)) } : {}),
    ...(o && !o.comparable && o.measures ? { measures: { zh: o.measures.zh, en: o.measures.en.charAt(0).toLowerCase() + o.measures.en.slice(1) } } : {}),
    ...(o ? { source: { outlet: o.source.outlet, title: o.source.title, ...(date ? { date } : {}) } } : {}),
    rule: bi((l) => ruleText(row, l)),
  };
}

/** An action's results in `year`: its targets' lines in the plan's order, its mark, its places' marks. */
export function actionResults(
  action: Pick<Action, 'id' | 'targets'>,
  rows: readonly ScoreRow[],
  places: ReadonlyArray<{ readonly id: string; readonly actions: readonly string[] }>,
  year: PlanYear = RESULTS_YEAR,
): ActionResults {
  const order = new Map(action.targets.map((t, i) => [t.id, i]));
  const these = rows.filter((r) => r.parent === action.id && r.year === year).sort((a, b) => (order.get(a.target.id) ?? 0) - (order.get(b.target.id) ?? 0));
  const summary = actionSummary(rows, action.id, year);
  const marks = placeMarks(places, rows, year, new Set([action.id]));
  return {
    action: action.id,
    year,
    mark: summary.mark,
    markSymbol: MARK_SYMBOL[summary.mark],
    markWord: bi((l) => markWord(summary.mark, l)),
    summary: bi((l) => actionSummaryText(summary, year, l)),
    lines: these.map(resultLine),
    marks: Object.fromEntries(marks),
  };
}

/** The plan lines of an action's targets in `year` (where each yearly figure is written). */
export function resultLines(action: Pick<Action, 'targets'>, year: PlanYear = RESULTS_YEAR): Lines[] {
  const y = String(year) as '2021';
  return action.targets.flatMap((t) => (t.values[y] === undefined ? [] : [t.yearLines[y] ?? t.lines]));
}

/** What the card says of the action's places on the map: how many are marked, or why none is. */
export function placesLine(all: readonly PlaceFeature[], year: PlanYear = RESULTS_YEAR): Bilingual {
  const sited = all.filter((f) => f.geometry);
  if (all.length === 0) return both('present.resultNoPlaces');
  if (sited.length === 0) return both('present.resultNoSites', { n: all.length });
  return both('present.resultPlaces', { n: sited.length, year, unsited: all.length - sited.length });
}
