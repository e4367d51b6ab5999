// Districts mode: an investor's points along the plan's corridors — how many lie within a chosen
// distance of each corridor segment, on the map (the buffers), in a table and as CSV / GeoJSON.
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const corridorCounts = {
  title: { zh: '走廊沿线的企业', en: 'Your companies along the corridors' },
  intro: {
    zh: '所选图层中，距各条科技创新走廊每一路段一定距离内的企业数量及占比。地图上以虚线范围画出走廊两侧的距离带。',
    en: 'How many of the chosen layer’s companies lie within a distance of each segment of the innovation corridors, and their share. The map outlines the band on either side of each corridor.',
  },
  distance: { zh: '距走廊', en: 'Distance from the corridors' },
  km: { zh: '{d} 公里', en: '{d} km' },
  running: { zh: '正在计算走廊沿线……', en: 'Counting along the corridors…' },
  progressLabel: { zh: '走廊计算进度', en: 'Corridor progress' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消走廊计算。', en: 'Corridor counts cancelled.' },
  runAgain: { zh: '重新计算', en: 'Compute again' },
  failed: { zh: '走廊计算失败：{e}', en: 'The corridor counts failed: {e}' },
  summary: {
    zh: '{n} 家企业中，{any} 家（{p}%）距至少一条走廊不超过 {d} 公里。',
    en: '{any} of your {n, plural, one {# company} other {# companies}} ({p}%) {any, plural, one {lies} other {lie}} within {d} km of a corridor.',
  },
  colCorridor: { zh: '走廊', en: 'Corridor' },
  colSegment: { zh: '路段', en: 'Segment' },
  colWithin: { zh: '{d} 公里内企业', en: 'Within {d} km' },
  colShare: { zh: '占比', en: 'Share' },
  allSegments: { zh: '全部路段（每家企业计一次）', en: 'all segments (each company once)' },
  percent: { zh: '{p}%', en: '{p}%' },
  note: {
    zh: '走廊的走向由本图推断，规划未画出路线；距离为到路段的大圆距离。',
    en: 'The corridors’ routes are this map’s inference: the plan draws none. Distances are great-circle, to each segment.',
  },
  exportCsv: { zh: '导出走廊统计（CSV）', en: 'Export corridor counts (CSV)' },
  exportGeoJson: { zh: '导出走廊距离带（GeoJSON）', en: 'Export corridor buffers (GeoJSON)' },
  hCorridor: { zh: '走廊', en: 'corridor' },
  hCorridorId: { zh: '走廊编号', en: 'corridor id' },
  hSegment: { zh: '路段', en: 'segment' },
  hSegmentId: { zh: '路段编号', en: 'segment id' },
  hDistance: { zh: '距离（公里）', en: 'distance (km)' },
  hWithin: { zh: '距离内企业数', en: 'companies within the distance' },
  hShare: { zh: '占图层企业（%）', en: 'share of the layer’s companies (%)' },
  gjMethod: {
    zh: '企业到路段的大圆距离（turf pointToLineDistance），不超过 buffer_km 即计入',
    en: 'great-circle distance from each company to the segment (turf pointToLineDistance), counted when at most buffer_km',
  },
  gjRoutes: {
    zh: 'data/corridors.geojson：走廊走向为推断，规划未画出路线',
    en: 'data/corridors.geojson: the corridors’ routes are inferred; the plan draws none',
  },
} as const satisfies Catalogue;

addCatalogue('corridorCounts', corridorCounts);
