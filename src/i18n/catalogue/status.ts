// Whether the plan delivered: a target's status in a year, in a word and a symbol (never colour alone),
// and the rule that gave it, in words.
import type { Catalogue } from '../types.ts';

export const status = {
  row: { zh: '状态', en: 'Status' },
  met: { zh: '已达成', en: 'met' },
  notMet: { zh: '未达成', en: 'not met' },
  noFigure: { zh: '无数据', en: 'no figure' },
  notComparable: { zh: '口径不同', en: 'not comparable' },
  // The rule, in words: "target: over CNY 120 billion; reported CNY 241.3 billion (广州市科学技术局); met".
  ruleTarget: { zh: '目标：{target}', en: 'target: {target}' },
  ruleReported: { zh: '实际：{reported}（{source}）', en: 'reported {reported} ({source})' },
  ruleReportedOther: { zh: '实际：{reported}，所计为{what}（{source}）', en: 'reported {reported}, which counts {what} ({source})' },
  ruleSep: { zh: '；', en: '; ' },
  whyMet: { zh: '已达成', en: 'met' },
  whyNotMet: { zh: '未达成', en: 'not met' },
  whyNoFigure: { zh: '未找到公开数据', en: 'no public figure found' },
  whyOtherMetric: { zh: '来源统计的是另一口径，不能直接比较', en: 'the source measures something else, so it cannot be compared' },
  whyRounded: { zh: '来源数字为约数，不足以判断', en: 'the source’s figure is rounded and cannot settle it' },
  whyOverOnly: { zh: '来源只说“超过”某数，不足以判断', en: 'the source only says “over” a figure, which cannot settle it' },
  whyDisagree: { zh: '各来源的数字结论不一致', en: 'the sources disagree' },
  // Summaries.
  actionYear: { zh: '{year}年：{n} 项目标中 {met} 项已达成', en: '{year}: {met} of {n, plural, one {# target} other {# targets}} met' },
  actionUnsettled: { zh: '{n} 项无可比数据', en: '{n} without a comparable figure' },
  actionNoTargets: { zh: '{year}年：无年度目标', en: '{year}: no yearly targets' },
  // An action's mark (how its targets stand in a year), beside its symbol.
  markAll: { zh: '全部达成', en: 'all met' },
  markSome: { zh: '部分达成', en: 'some met' },
  markNone: { zh: '均未达成', en: 'none met' },
  markUnknown: { zh: '无可比数据', en: 'no figures' },
  actionN: { zh: '行动{n}', en: 'Action {n}' },
  ofActions: { zh: '所属行动目标完成情况', en: 'How its actions’ targets stand' },
  marksLegend: { zh: '{year}年行动目标：', en: 'Action targets in {year}:' },
  coverage: {
    zh: '公开来源的实际数据：25 项行动目标中 {targets} 项有数据，{total} 个年度数值中 {values} 个有数据。',
    en: 'Reported figures for {targets} of the 25 action targets, {values} of {total} yearly values.',
  },
  afterPeriod: { zh: '规划期后', en: 'after the plan period' },
  searchedLabel: { zh: '已检索：', en: 'searched:' },
  repost: { zh: '转载', en: 'repost' },
  measures: { zh: '所计为：{what}', en: 'measures: {what}' },
} as const satisfies Catalogue;
