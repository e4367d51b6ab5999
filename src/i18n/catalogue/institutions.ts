// The institutions the plan's targets count: an institution's panel, the list behind a target's
// figure, and the Districts metrics over them. Comes with the institutions chunk.
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const institutions = {
  panelLabel: { zh: '机构', en: 'Institution' },
  host: { zh: '依托单位', en: 'Host' },
  district: { zh: '所在区', en: 'District' },
  districtUnknown: { zh: '区未知：来源未给出', en: 'District unknown: no source gives it' },
  site: { zh: '地点', en: 'Site' },
  noSite: { zh: '无确切位置：列出，但不在地图上画点', en: 'No known site: listed, not drawn on the map' },
  placed: { zh: '定位方式', en: 'How it is placed' },
  approved: { zh: '批准年份', en: 'Year approved' },
  notSourced: { zh: '未见来源', en: 'not sourced' },
  before2019: { zh: '2019年前已有', en: 'existing before 2019' },
  countsToward: { zh: '计入目标', en: 'Counts toward' },
  caveat: { zh: '计数说明', en: 'Counting caveat' },
  sources: { zh: '来源（网址与原文）', en: 'Sources (address and quote)' },
  sameSite: { zh: '同一地点的其他机构', en: 'Also at this site' },
  close: { zh: '关闭', en: 'Close' },
  notFound: { zh: '链接中的机构“{id}”不存在。', en: 'The link names an institution “{id}” that does not exist.' },
  loading: { zh: '正在加载机构数据……', en: 'Loading the institutions…' },
  behind: { zh: '这一数字背后的机构', en: 'The institutions behind this figure' },
  planFigure: {
    zh: '行动计划：{from} → {to} 家。来源可查的有 {n} 家，其中 {m} 家在地图上；其余列出，不画点。',
    en: 'The plan: {from} → {to}. {n, plural, one {# is} other {# are}} known from sources, {m} of them on the map; the rest are listed, not drawn.',
  },
  short: {
    zh: '已知 {n} 家，少于行动计划计入的 {from} 家：其余未见来源。',
    en: '{n} known, fewer than the {from} the plan counts: the others are not found in sources.',
  },
  total: {
    zh: '来源给出总数 {v} 家（{d}），只点名其中 {n} 家：总数不画成点。',
    en: 'Sources give a total of {v} ({d}) and name only {n}: a total is not drawn as points.',
  },
  caveats: {
    zh: '其中 {n} 家有计数说明（合建、状态未证实等），见各自的面板。',
    en: '{n, plural, one {# of them has} other {# of them have}} a counting caveat (a joint lab, a status not confirmed …): see its panel.',
  },
  noneKnown: { zh: '来源中未找到这一目标的机构。', en: 'No institution for this target was found in sources.' },
  onMap: { zh: '在地图上', en: 'on the map' },
  notOnMap: { zh: '无确切位置', en: 'no known site' },
  showLayer: { zh: '在地图上显示机构', en: 'Show the institutions on the map' },
  // Districts mode
  metricGroup: { zh: '目标计入的机构', en: 'Institutions the targets count' },
  noSiteNote: {
    zh: '其中 {n} 家有来源给出的区、但无确切位置：计入该区，不画点。“未定位”一行是来源未给出区的机构。',
    en: '{n, plural, one {# of them has} other {# of them have}} a sourced district but no known site: counted there, not drawn. The “not located” row holds institutions whose district no source gives.',
  },
  listTitle: { zh: '{d}：{n} 家机构', en: '{d}: {n, plural, one {# institution} other {# institutions}}' },
  exportTitle: { zh: '导出机构', en: 'Export the institutions' },
  exportNote: {
    zh: '导出当前统计的 {n} 家机构（含来源）。',
    en: 'Exports the {n, plural, one {# institution} other {# institutions}} counted now, with sources.',
  },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
} as const satisfies Catalogue;

addCatalogue('institutions', institutions);
