// The one-page brief (src/ui/brief/): its toolbar, its sections and what it says when a list is cut to
// fit the sheet. Registered when the brief's chunk loads.
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const brief = {
  dialog: { zh: '打印简报', en: 'Print brief' },
  paper: { zh: '纸张', en: 'Paper' },
  a4: { zh: 'A4 竖版', en: 'A4 portrait' },
  a3: { zh: 'A3 横版', en: 'A3 landscape' },
  print: { zh: '打印…', en: 'Print…' },
  printHint: { zh: '在打印对话框中选择“另存为 PDF”即可得到 PDF 文件。', en: 'Choose “Save as PDF” in the print dialog for a PDF file.' },
  close: { zh: '关闭', en: 'Close' },
  drawingMap: { zh: '正在按打印分辨率绘制地图…', en: 'Drawing the map at print resolution…' },
  mapFailed: { zh: '地图无法绘制，简报其余部分不受影响：', en: 'The map could not be drawn; the rest of the brief is unaffected: ' },
  fitClipped: {
    zh: '内容超出一页：部分列表已截短，完整内容请扫码查看。',
    en: 'More than one page holds: some lists are cut short; scan the code for everything.',
  },
  // What the subject is (the line over the title).
  kindPlace: { zh: '地点', en: 'Place' },
  kindDistrict: { zh: '行政区', en: 'District' },
  kindAction: { zh: '重点行动', en: 'Key action' },
  kindTarget: { zh: '行动目标', en: 'Target' },
  kindTask: { zh: '主要任务', en: 'Task' },
  kindUnit: { zh: '责任单位', en: 'Responsible unit' },
  // The summary under the title.
  summary2021: {
    zh: '2021 年：{n} 项目标中 {met} 项已达成，{notMet} 项未达成，{none} 项无数据，{other} 项口径不同',
    en: '2021: {met} of {n, plural, one {# target} other {# targets}} met, {notMet} not met, {none} with no figure, {other} not comparable',
  },
  noTargets: { zh: '没有与此相关的年度目标。', en: 'No yearly targets concern this.' },
  // Sections.
  targets: { zh: '年度目标与完成情况', en: 'Targets and status' },
  colTarget: { zh: '目标', en: 'Target' },
  planned: { zh: '规划', en: 'plan' },
  reported: { zh: '实际', en: 'reported' },
  tasks: { zh: '相关任务', en: 'Linked tasks' },
  lead: { zh: '牵头', en: 'lead' },
  partner: { zh: '参与', en: 'partner' },
  units: { zh: '责任单位', en: 'Responsible units' },
  partners: { zh: '共同承担任务的单位', en: 'Units it shares tasks with' },
  unitTasks: { zh: '{n} 项任务，牵头 {l} 项', en: '{n} tasks, leads {l}' },
  unitTasksNoLead: { zh: '{n} 项任务', en: '{n} tasks' },
  places: { zh: '地图上的地点（{n}）', en: 'Places on the map ({n})' },
  corridorSegments: { zh: '另有走廊段 {n} 段', en: 'and {n, plural, one {# corridor segment} other {# corridor segments}}' },
  corridorSegmentsOnly: { zh: '走廊段 {n} 段', en: '{n, plural, one {# corridor segment} other {# corridor segments}}' },
  noPlaces: { zh: '规划未把此项与地图上的地点相连。', en: 'The plan links this to no place on the map.' },
  planWords: { zh: '规划原文', en: "The plan's words" },
  lines: { zh: '第 {a}–{b} 行', en: 'lines {a}–{b}' },
  unofficialTranslation: { zh: '非官方译文，以中文原文为准', en: 'unofficial translation, the Chinese original is authoritative' },
  sources: { zh: '实际数据来源', en: 'Sources of the reported figures' },
  placeSources: { zh: '位置来源', en: 'Location sources' },
  noSources: {
    zh: '这些目标均未找到公开数据；检索记录见链接中的页面。',
    en: 'No public figure was found for these targets; the searches tried are listed behind the link.',
  },
  more: { zh: '另有 {n} 项未列出，完整内容请扫码查看', en: '{n} more not listed: scan the code for all' },
  // The map's legend.
  legendSubject: { zh: '高亮：此项涉及的地点与走廊；其余淡化', en: 'Highlighted: the places and corridors this concerns; the rest faded' },
  legendPlace: { zh: '粗圆环或粗边线：此地点', en: 'Bold ring or outline: this place' },
  legendDistrict: { zh: '深色粗边界：此行政区', en: 'Bold dark outline: this district' },
  legendLow: { zh: '空心点与虚线圈：位置可信度低（圈为误差范围）', en: 'Hollow dot with dotted ring: low-confidence location (the ring is its uncertainty)' },
  north: { zh: '北', en: 'N' },
  // The foot of the page.
  qrCaption: { zh: '扫码打开此视图', en: 'Scan to open this view' },
  printed: { zh: '打印日期：{date}', en: 'Printed {date}' },
  planSource: {
    zh: '规划：广州市建设科技创新强市三年行动计划（2019—2021年）（征求意见稿），行号指原文文本。',
    en: 'Plan: the three-year action plan for Guangzhou as a strong city of S&T innovation, 2019–2021 (draft for comment); line numbers refer to its text.',
  },
  statusNote: {
    zh: '状态：✓ 已达成 · ✗ 未达成 · – 无数据 · ≠ 口径不同；实际数据来自公开来源，不是规划内容。',
    en: 'Status: ✓ met · ✗ not met · – no figure · ≠ not comparable; reported figures come from public sources, not from the plan.',
  },
} as const satisfies Catalogue;

addCatalogue('brief', brief);
