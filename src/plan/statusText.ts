// A target's status in a year, and the rule that gave it, in words: "target: over CNY 120 billion;
// reported CNY 241.3 billion (广州市科学技术局); met".
import { t, type Lang, type MessageKey } from '../i18n/index.ts';
import type { TargetStatus, Why } from './targetStatus.ts';
import type { ActionMark, ActionSummary, PlanYear, ScoreRow } from './scorecard.ts';
import { formatFigure } from './figures.ts';
import type { Outcome } from '../data/outcomeSchema.ts';

export const STATUS_SYMBOL: Record<TargetStatus, string> = { met: '✓', 'not-met': '✗', 'no-figure': '–', 'not-comparable': '≠' };
const STATUS_WORD: Record<TargetStatus, MessageKey> = {
  met: 'status.met',
  'not-met': 'status.notMet',
  'no-figure': 'status.noFigure',
  'not-comparable': 'status.notComparable',
};
const WHY: Record<Why, MessageKey> = {
  met: 'status.whyMet',
  'not-met': 'status.whyNotMet',
  'no-figure': 'status.whyNoFigure',
  'other-metric': 'status.whyOtherMetric',
  rounded: 'status.whyRounded',
  'over-only': 'status.whyOverOnly',
  disagree: 'status.whyDisagree',
};

export const statusWord = (s: TargetStatus, lang: Lang): string => t(lang, STATUS_WORD[s]);

/** How a source states a figure, in words before it ('over', '约'). */
const REPORTED_WORDS: Record<string, readonly string[]> = { '> (突破)': ['突破'], '> (超过)': ['超过'], 'about (rounded)': ['左右'] };

/** A reported figure as its source states it: "超过30%", "CNY 241.31 billion". */
export function reportedFigure(o: Pick<Outcome, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  return formatFigure(o.value, o.unit, REPORTED_WORDS[o.qualifier] ?? [], lang);
}

/** The rule and the verdict of one row, in one sentence. */
export function ruleText(row: ScoreRow, lang: Lang): string {
  const parts = [t(lang, 'status.ruleTarget', { target: formatFigure(row.value, row.target.unit, row.qualifiers, lang) })];
  const o = row.outcomes[0];
  if (o && row.result.status !== 'no-figure') {
    const reported = reportedFigure(o, lang);
    parts.push(
      o.comparable || !o.measures
        ? t(lang, 'status.ruleReported', { reported, source: o.source.outlet })
        : t(lang, 'status.ruleReportedOther', {
            reported,
            what: lang === 'zh' ? o.measures.zh : o.measures.en.charAt(0).toLowerCase() + o.measures.en.slice(1),
            source: o.source.outlet,
          }),
    );
  }
  parts.push(t(lang, WHY[row.result.why]));
  return parts.join(t(lang, 'status.ruleSep'));
}

export const MARK_SYMBOL: Record<ActionMark, string> = { all: '✓', some: '◐', none: '✗', unknown: '–' };
const MARK_WORD: Record<ActionMark, MessageKey> = { all: 'status.markAll', some: 'status.markSome', none: 'status.markNone', unknown: 'status.markUnknown' };
export const markWord = (m: ActionMark, lang: Lang): string => t(lang, MARK_WORD[m]);

/** "2021: 1 of 5 targets met; 4 without a comparable figure". */
export function actionSummaryText(s: ActionSummary, year: PlanYear, lang: Lang): string {
  if (s.n === 0) return t(lang, 'status.actionNoTargets', { year });
  const main = t(lang, 'status.actionYear', { year, met: s.met, n: s.n });
  return s.unsettled > 0 ? main + t(lang, 'status.ruleSep') + t(lang, 'status.actionUnsettled', { n: s.unsettled }) : main;
}
