// Present mode: the view's controls and the texts the tour (src/plan/tour.ts) builds its chapters from.
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const present = {
  // --- the view ---------------------------------------------------------------------------
  region: { zh: '演示：科技创新走廊', en: 'Presentation: the innovation corridors' },
  counter: { zh: '{n} / {total}', en: '{n} / {total}' },
  progress: { zh: '第 {n} 章，共 {total} 章', en: 'Chapter {n} of {total}' },
  planLine: { zh: '规划第 {lines} 行', en: 'plan line {lines}' },
  planLines: { zh: '规划第 {lines} 行', en: 'plan lines {lines}' },
  lineSep: { zh: '、', en: ', ' },
  controls: { zh: '演示控制', en: 'Presentation controls' },
  prev: { zh: '上一章', en: 'Previous chapter' },
  next: { zh: '下一章', en: 'Next chapter' },
  autoplay: { zh: '自动播放', en: 'Autoplay' },
  autoplayOn: { zh: '自动播放中', en: 'Autoplay on' },
  fullscreen: { zh: '全屏', en: 'Full screen' },
  language: { zh: 'English', en: '中文' },
  // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
  languageLabel: { zh: 'English · 切换到英文', en: '中文 · Switch to Chinese' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
  keys: {
    zh: '← → 翻页 · F 全屏 · A 自动播放 · L 语言 · Esc 退出',
    en: '← → chapters · F full screen · A autoplay · L language · Esc exit',
  },
  inferred: { zh: '推断', en: 'Inferred' },
  noSite: { zh: '位置不详', en: 'No site known' },

  // --- chapter texts (built by the tour) --------------------------------------------------
  titleSubtitle: { zh: '{status} · {from}—{to}年', en: '{status} · {from}–{to}' },
  statusDraft: { zh: '征求意见稿', en: 'Draft for comment' },
  goalTarget: { zh: '{year}年目标', en: '{year} target' },
  cityWide: { zh: '广州全市 11 个区', en: 'All of Guangzhou: 11 districts' },
  areaSubtitle: { zh: '{kind} · {district}', en: '{kind} · {district}' },
  nodeSubtitle: { zh: '十三节点之 {n}（自西向东）· {district}', en: 'Node {n} of {total}, west to east · {district}' },
  nodeSubtitleNoSite: { zh: '十三节点之 {n} · {district}', en: 'Node {n} of {total} · {district}' },
  districtUnknown: { zh: '所在区不详', en: 'district unknown' },
  action: { zh: '重点行动{numeral}：{title}', en: 'Action {numeral}: {title}' },
  support: { zh: '保障措施{numeral}：{title}', en: 'Support {numeral}: {title}' },
  tasks: { zh: '任务 {n} 项', en: '{n, plural, one {# task} other {# tasks}}' },
  targets: { zh: '年度目标 {n} 项', en: '{n, plural, one {# yearly target} other {# yearly targets}}' },
  units: { zh: '责任单位 {n} 个', en: '{n, plural, one {# responsible unit} other {# responsible units}}' },
  notInTasks: { zh: '规划未在主要任务中提及此处', en: 'The plan names it in no task' },
  includes: { zh: '含{name}', en: 'Includes {name}' },
  approxArea: { zh: '近似范围：按官方面积 {n} 平方公里绘制', en: 'Approximate extent, drawn at the official {n}\u00a0km²' },
  lowConfidence: { zh: '位置为示意（可信度低），误差约 {n} 公里', en: 'Placeholder location (low confidence), within about {n}\u00a0km' },
  noSiteDistrict: {
    zh: '规划提及此节点，但没有已知的确切位置：地图显示其所在的{district}',
    en: 'The plan counts it, but no site is known: the map shows its district, {district}',
  },
  noSiteCity: {
    zh: '规划提及此节点，但没有已知的确切位置，所在区也不确定：地图显示广州全市',
    en: 'The plan counts it, but neither its site nor its district is known: the map shows all of Guangzhou',
  },
  inferredNodes: {
    zh: '规划从未列出“十三节点”：此名单取自 2021 年一篇关于广州市政府工作报告的报道',
    en: 'The plan never lists its thirteen nodes: this list follows a 2021 press report on the city’s work report',
  },
  inferredCores: {
    zh: '规划没有界定走廊“四核”：取自 2017 年广东省《广深科技创新走廊规划》',
    en: 'The plan never defines the corridor’s four cores: taken from the 2017 provincial corridor plan',
  },
  inferredRoute: {
    zh: '规划只点名走廊，没有画出路线：图上的路线与顺序是推断',
    en: 'The plan names the corridor but draws no route: the route and order shown are inferred',
  },
  coresSubtitle: { zh: '{corridor} · {n} 处', en: '{corridor} · {n, plural, one {# place} other {# places}}' },
  corridorSubtitle: { zh: '{n} 段 · {scope}', en: '{n, plural, one {# segment} other {# segments}} · {scope}' },
  scopeCity: { zh: '广州市内', en: 'within Guangzhou' },
  scopeGba: { zh: '粤港澳大湾区', en: 'Greater Bay Area' },
  route: { zh: '路线：{stops}', en: 'Route: {stops}' },
  joins: { zh: '连接 {n} 处，自{first}至{last}', en: 'Joins {n, plural, one {# place} other {# places}}, from {first} to {last}' },
  closingTitle: { zh: '{cities} · {nodes} · {n} 条走廊', en: '{cities} · {nodes} · {n, plural, one {# corridor} other {# corridors}}' },
  closingPlaces: { zh: '地图上的地点', en: 'places on the map' },
  closingNodes: { zh: '节点', en: 'nodes' },
  closingSegments: { zh: '走廊段', en: 'corridor segments' },
  closingNoSite: {
    zh: '另有 {n} 处规划提及但没有已知位置，列在探索模式的列表中',
    en: '{n, plural, one {# more place the plan names has} other {# more places the plan names have}} no known site: they are in the Explore list',
  },
  closingPlan: { zh: '{a} 项重点行动 · {t} 项年度目标 · {u} 个责任单位', en: '{a} key actions · {t} yearly targets · {u} responsible units' },
  // --- the results chapters (src/plan/resultsTour.ts) ---------------------------------------
  resultSubtitle: { zh: '成效 {n}/{total} · {year}年目标与实际', en: 'Results {n} of {total} · {year} targets against what was reported' },
  resultTarget: { zh: '目标', en: 'target' },
  resultReported: { zh: '实际', en: 'reported' },
  resultCounts: { zh: '所计为：{what}', en: 'counts {what}' },
  resultSource: { zh: '来源：', en: 'Source: ' },
  resultNoFigure: { zh: '未找到公开数据', en: 'no public figure found' },
  resultPlaces: {
    zh: '地图上本行动的 {n} 处地点，按{year}年目标完成情况标记{unsited, plural, =0 {} other {；另有 # 处没有已知位置}}',
    en: 'The map rings {n, plural, one {this action’s # place} other {this action’s # places}} by how its {year} targets stand{unsited, plural, =0 {} one {; # more has no known site} other {; # more have no known site}}',
  },
  resultNoSites: {
    zh: '规划为本行动提及 {n} 处地点，均没有已知位置：地图显示广州全市',
    en: 'The plan names {n, plural, one {# place} other {# places}} for this action, none with a known site: the map shows all of Guangzhou',
  },
  resultNoPlaces: { zh: '规划没有为本行动提及具体地点：地图显示广州全市', en: 'The plan names no place for this action: the map shows all of Guangzhou' },
  closingHint: { zh: '按 Esc 进入探索模式：点击任一地点，查看规划原文', en: 'Press Esc to explore: click any place for the plan’s own words' },
} as const satisfies Catalogue;

addCatalogue('present', present);
