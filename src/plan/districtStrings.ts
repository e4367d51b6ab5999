// Every string of the Districts screen, in both languages (the pattern of src/ui/i18n.ts), including
// the messages of the import parser (src/data/importUser.ts formats its problems with td()).
import type { Lang } from '../state/urlState.ts';
import { fillTemplate } from './template.ts';

const STRINGS = {
  panelLabel: { zh: '分区统计', en: 'Districts' },
  title: { zh: '按区查看：各区有什么', en: 'By district: what each district hosts' },
  intro: {
    zh: '地图按各区拥有的地点数着色。点击表格中的区，可在地图上定位并列出该区的地点；点击表头可排序。',
    en: 'The map shades each district by how many places it hosts. Click a district in the table to frame it and list its places; click a column header to sort.',
  },
  metric: { zh: '统计对象', en: 'Count' },
  metricAll: { zh: '全部地点', en: 'All places' },
  metricKinds: { zh: '按类型', en: 'By kind' },
  metricGroups: { zh: '按分组', en: 'By group' },
  metricUnknown: { zh: '链接中的统计对象“{m}”无法识别，显示全部地点。', en: 'The link asks to count “{m}”, which is unknown: showing all places.' },
  legendTitle: { zh: '图例：{m}（每区数量）', en: 'Legend: {m} per district' },
  legendMax: { zh: '最多 {n}', en: 'max {n}' },
  legendNone: { zh: '当前没有可统计的地点', en: 'Nothing to count with the current choice' },
  legendUser: { zh: '图例：您导入的点（每区数量）', en: 'Legend: your points per district' },
  filtersOn: { zh: '“探索”中的筛选同样生效：显示 {n} 处地点。', en: 'The Explore filters apply here too: {n} places shown.' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  noSiteNote: {
    zh: '其中 {n} 处规划已点名、但暂无确切位置：它们仍计入所在区，只是不在地图上画点。',
    en: '{n} of them are named by the plan with no known site: they still count in their district, they are just not drawn as points.',
  },
  noSiteNoteNone: { zh: '所有计入的地点都有确切位置。', en: 'Every counted place has a known site.' },
  tableCaption: { zh: '各区排名：{m}', en: 'Districts ranked by {m}' },
  colRank: { zh: '名次', en: '#' },
  colRankTitle: { zh: '名次', en: 'Rank' },
  colDistrict: { zh: '行政区', en: 'District' },
  colCount: { zh: '{m}', en: '{m}' },
  colLabs: { zh: '实验室与装置', en: 'Labs & facilities' },
  colLabsTitle: { zh: '实验室与大科学装置', en: 'Laboratories and big-science facilities' },
  colInstitutes: { zh: '科研院所', en: 'Institutes' },
  colInstitutesTitle: { zh: '科研院所', en: 'Research institutes' },
  colUniversities: { zh: '高校与校区', en: 'Universities' },
  colUniversitiesTitle: { zh: '高校与新校区', en: 'Universities and new campuses' },
  colNodes: { zh: '节点', en: 'Nodes' },
  colNodesTitle: { zh: '十三节点', en: 'The thirteen corridor nodes' },
  colUser: { zh: '您的点', en: 'Your points' },
  sortBy: { zh: '按“{c}”排序', en: 'Sort by {c}' },
  total: { zh: '广州合计', en: 'Guangzhou total' },
  unlocated: { zh: '未定位到区', en: 'Not located in a district' },
  outside: { zh: '广州以外', en: 'Outside Guangzhou' },
  outsideList: { zh: '广州以外：{list}', en: 'Outside Guangzhou: {list}' },
  unlocatedNote: {
    zh: '“未定位到区”：规划点名、但无法确定所在区的地点（多为市级或跨区机构）；“广州以外”：位于其他城市的地点。两者都不计入地图着色。',
    en: '“Not located in a district”: places the plan names whose district is unknown (mostly city-wide or cross-district bodies); “Outside Guangzhou”: places in other cities. Neither is shaded on the map.',
  },
  showPlaces: { zh: '列出 {d} 的地点', en: 'List the places of {d}' },
  selectedTitle: { zh: '{d}：{n} 处', en: '{d}: {n} places' },
  selectedHint: {
    zh: '按类型分组，科研院所在前。点击地点在地图上定位；在“探索”中可查看详情。',
    en: 'Grouped by kind, institutes first. Click a place to find it on the map; its details are in Explore.',
  },
  frameAgain: { zh: '在地图上定位该区', en: 'Frame the district' },
  openExplore: { zh: '在“探索”中查看所选地点', en: 'See the selected place in Explore' },
  closeDistrict: { zh: '关闭', en: 'Close' },
  nothingHere: { zh: '此处没有符合当前条件的地点。', en: 'No place here matches the current choice.' },
  yourPointsHere: { zh: '您在此区的点（{n}）', en: 'Your points here ({n})' },
  yourPointsOutside: { zh: '您在广州以外的点（{n}）', en: 'Your points outside Guangzhou ({n})' },
  moreNotShown: { zh: '……另有 {n} 个未列出', en: '… and {n} more not listed' },
  exportTitle: { zh: '导出', en: 'Export' },
  exportNote: {
    zh: '导出当前显示的 {n} 处地点（统计对象与筛选生效），包括未定位到区和广州以外的地点。无确切位置者经纬度留空。',
    en: 'Exports the {n} places shown (the count and the filters apply), including those not located in a district or outside Guangzhou. Places with no known site have empty lon/lat.',
  },
  exportCsv: { zh: '导出 CSV（Excel 可直接打开）', en: 'Export CSV (opens in Excel)' },
  exportGeoJson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  importTitle: { zh: '导入您自己的点', en: 'Import your own points' },
  importHelp: {
    zh: 'CSV（表头含 name 及 lon/lng/longitude、lat/latitude 列，WGS-84 经纬度；逗号、分号或制表符分隔）或 GeoJSON 点要素（名称取 name/名称/title）。最多 {rows} 行、{mb} MB。数据只保存在本页内存中，不会上传，也不写入链接。',
    en: 'CSV (a header with name and lon/lng/longitude and lat/latitude columns, WGS-84; comma, semicolon or tab separated) or GeoJSON Point features (name from name/名称/title). Up to {rows} rows and {mb} MB. The data stays in this page’s memory: never uploaded, never put in the link.',
  },
  importLabel: { zh: '选择 CSV 或 GeoJSON 文件', en: 'Choose a CSV or GeoJSON file' },
  importReading: { zh: '正在读取……', en: 'Reading…' },
  importSummary: {
    zh: '“{f}”：导入 {n} 个点，其中 {m} 个在广州以外；跳过 {k} 行。',
    en: '“{f}”: points imported: {n} (outside Guangzhou: {m}); rows skipped: {k}.',
  },
  importProblems: { zh: '跳过的行及原因（{n}）', en: 'Skipped rows and why ({n})' },
  importNotes: { zh: '说明', en: 'Notes' },
  importEncoding: { zh: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取。', en: 'The file is not UTF-8; it was read as GB18030 (GBK).' },
  importNotDrawn: {
    zh: '导入的点按区计数（见表格“您的点”一列），本版本暂不在地图上画出。区界精度约 100 米，紧靠区界的点可能归入相邻区。',
    en: 'Imported points are counted by district (the “Your points” column); this version does not draw them on the map. Boundaries are precise to about 100 m: a point right at a boundary may fall in the neighbouring district.',
  },
  shadeByUser: { zh: '按您的点为地图着色', en: 'Shade the map by your points' },
  clearImport: { zh: '清除导入的数据', en: 'Clear the imported data' },
  importFailed: { zh: '无法读取文件：{e}', en: 'The file could not be read: {e}' },
  // --- messages of the import parser (src/data/importUser.ts) --------------------------------------
  impTooBig: { zh: '文件过大（{size} MB），上限 {mb} MB，未导入。', en: 'The file is too large ({size} MB); the limit is {mb} MB. Nothing was imported.' },
  impEmpty: { zh: '文件是空的。', en: 'The file is empty.' },
  impNoHeader: {
    zh: '找不到经纬度列：表头需要 lon（或 lng、longitude、经度）与 lat（或 latitude、纬度）列。找到的列：{cols}',
    en: 'No coordinate columns: the header needs lon (or lng, longitude) and lat (or latitude) columns. Columns found: {cols}',
  },
  impNoName: { zh: '表头没有 name 列：点以行号命名。', en: 'The header has no name column: points are named by their row.' },
  impCapped: { zh: '只读取前 {max} 行，其余 {n} 行未导入。', en: 'Only the first {max} rows were read; {n} more were not imported.' },
  impLonMissing: { zh: '第 {row} 行：经度为空', en: 'row {row}: the longitude is empty' },
  impLatMissing: { zh: '第 {row} 行：纬度为空', en: 'row {row}: the latitude is empty' },
  impLonNaN: { zh: '第 {row} 行：经度“{v}”不是数字', en: 'row {row}: the longitude “{v}” is not a number' },
  impLatNaN: { zh: '第 {row} 行：纬度“{v}”不是数字', en: 'row {row}: the latitude “{v}” is not a number' },
  impLonRange: { zh: '第 {row} 行：经度 {v} 超出 −180 至 180', en: 'row {row}: the longitude {v} is outside −180 to 180' },
  impLatRange: { zh: '第 {row} 行：纬度 {v} 超出 −90 至 90', en: 'row {row}: the latitude {v} is outside −90 to 90' },
  impSwapped: { zh: '（经纬度是否填反了？）', en: ' (are longitude and latitude swapped?)' },
  impBadQuote: { zh: '第 {row} 行：引号未闭合，该行及其后内容无法读取', en: 'row {row}: a quote is not closed; the rest of the file could not be read' },
  impBadJson: { zh: '不是有效的 JSON：{e}', en: 'Not valid JSON: {e}' },
  impNotGeoJson: {
    zh: '不是 GeoJSON：需要 FeatureCollection、Feature 或 Point。',
    en: 'Not GeoJSON: a FeatureCollection, a Feature or a Point is needed.',
  },
  impFeatNotPoint: { zh: '第 {row} 个要素：几何类型 {t} 不是点（Point），已跳过', en: 'feature {row}: its geometry is {t}, not a Point; skipped' },
  impFeatNoGeom: { zh: '第 {row} 个要素：没有几何，已跳过', en: 'feature {row}: it has no geometry; skipped' },
  impFeatBadCoords: { zh: '第 {row} 个要素：坐标不是 [经度, 纬度] 数字对', en: 'feature {row}: its coordinates are not a [lon, lat] pair of numbers' },
  impFeatLonRange: { zh: '第 {row} 个要素：经度 {v} 超出 −180 至 180', en: 'feature {row}: the longitude {v} is outside −180 to 180' },
  impFeatLatRange: { zh: '第 {row} 个要素：纬度 {v} 超出 −90 至 90', en: 'feature {row}: the latitude {v} is outside −90 to 90' },
  impFeatCapped: { zh: '只读取前 {max} 个要素，其余 {n} 个未导入。', en: 'Only the first {max} features were read; {n} more were not imported.' },
  impUnnamedRow: { zh: '（第 {row} 行）', en: '(row {row})' },
  impUnnamedFeature: { zh: '（第 {row} 个要素）', en: '(feature {row})' },
  impNone: { zh: '文件中没有可用的点。', en: 'The file holds no usable point.' },
  impCrashed: { zh: '读取时出错：{e}', en: 'An error occurred while reading: {e}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type DistrictStringKey = keyof typeof STRINGS;

/** A string of the Districts screen in a language, with {var} placeholders filled in. */
export function td(lang: Lang, key: DistrictStringKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[key][lang], vars, lang);
}

/** English names of the cities outside Guangzhou that places name as their `district`. */
export const CITY_EN: Readonly<Record<string, string>> = {
  深圳: 'Shenzhen', 香港: 'Hong Kong', 澳门: 'Macao', 东莞: 'Dongguan', 珠海: 'Zhuhai', 中山: 'Zhongshan',
  佛山: 'Foshan', 上海: 'Shanghai', 北京: 'Beijing', 江门: 'Jiangmen', 惠州: 'Huizhou', 肇庆: 'Zhaoqing',
};
