// The scorecard screen: every target × year of the plan with what was reported, its status and source.
// Registered when the screen's chunk loads.
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const scorecard = {
  title: { zh: '规划成效：目标与实际', en: 'Did the plan deliver? Targets and reported figures' },
  intro: {
    zh: '规划每项年度目标与公开来源的实际数据对照。状态由规则计算（见每个状态的说明），没有公开数据的写明“未找到公开数据”。',
    en: 'Each yearly target of the plan beside what public sources report. The status is computed by a rule (hover or tap a status to read it); where no public figure was found, it says so.',
  },
  year: { zh: '年份', en: 'Year' },
  allYears: { zh: '全部', en: 'All' },
  play: { zh: '播放 2019—2021', en: 'Play 2019–2021' },
  stop: { zh: '停止', en: 'Stop' },
  actions: { zh: '行动', en: 'Actions' },
  statuses: { zh: '状态', en: 'Status' },
  unit: { zh: '责任单位', en: 'Responsible unit' },
  allUnits: { zh: '全部责任单位', en: 'All responsible units' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  shown: { zh: '显示 {n} 个年度数值', en: '{n, plural, one {# yearly value} other {# yearly values}} shown' },
  shownYear: { zh: '{year}年：显示 {n} 个年度数值', en: '{year}: {n, plural, one {# yearly value} other {# yearly values}} shown' },
  colTarget: { zh: '指标', en: 'Target' },
  colYear: { zh: '年份', en: 'Year' },
  colPlan: { zh: '规划目标', en: 'Plan' },
  colReported: { zh: '实际', en: 'Reported' },
  colStatus: { zh: '状态', en: 'Status' },
  colSource: { zh: '来源', en: 'Source' },
  goal: { zh: '总体目标', en: 'Overall goals' },
  groupCounts: { zh: '{n} 个年度数值中 {met} 个已达成', en: '{met} of {n, plural, one {# yearly value} other {# yearly values}} met' },
  noRows: { zh: '没有符合筛选条件的目标。', en: 'No targets match these filters.' },
  noSource: { zh: '未找到公开数据', en: 'no public figure found' },
  focusRow: { zh: '在地图上显示：{name}', en: 'Show on the map: {name}' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportNote: { zh: '导出当前显示的 {n} 行（含状态规则与来源）。', en: 'Exports the {n} rows shown, with the status rule and source.' },
  // The legend on the map (src/ui/scorecard/StatusMapLegend.tsx).
  mapLegend: { zh: '地图：{year}年各地点所属行动的目标达成情况', en: 'Map: how the targets of each place’s actions stand in {year}' },
  mapLegendAll: { zh: '所属行动的目标全部达成（粗环）', en: 'all its actions’ targets met (thick ring)' },
  mapLegendSome: { zh: '部分目标达成（双环）', en: 'some targets met (double ring)' },
  mapLegendNone: { zh: '有数据的目标均未达成（环内阴影）', en: 'none met where figures exist (shaded ring)' },
  mapLegendUnknown: { zh: '无可判定的公开数据（细灰环）', en: 'no figures to judge by (thin grey ring)' },
  mapLegendPlaces: { zh: '{n} 处', en: '{n, plural, one {# place} other {# places}}' },
  mapLegendRuleTitle: { zh: '属于多个行动的地点', en: 'Places in several actions' },
  mapLegendRule: {
    zh: '一个地点属于多个行动时：各行动目标全部达成才算“全部达成”；都没有达成的目标且至少一项未达成为“均未达成”；都无数据为“无可比数据”；其余为“部分达成”。',
    en: 'A place in several actions: all met only when every one of its actions met all its targets; none when none of them met any and one fell short; no figures when none can be judged; otherwise some.',
  },
  mapLegendNoYear: {
    zh: '选择一个年份，地图即按该年的目标达成情况标出各地点。',
    en: 'Choose a year to mark each place on the map by how its actions’ targets stand that year.',
  },
} as const satisfies Catalogue;

addCatalogue('scorecard', scorecard);
