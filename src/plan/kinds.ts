// The kinds of place and their look: one table shared by the map style and the legend.
export interface KindInfo {
  zh: string;
  en: string;
  color: string;
  /** One character drawn inside the symbol, so kinds differ by more than colour (Chinese UI). */
  glyph: string;
  /** The same for the English UI: a Latin letter or a sign, never a Chinese character. */
  glyph_en: string;
}

export const KINDS = {
  'core-area': { zh: '三城一区', en: 'Science city / pilot zone', color: '#c2410c', glyph: '城', glyph_en: 'S' },
  node: { zh: '十三节点', en: 'Corridor node', color: '#7c3aed', glyph: '节', glyph_en: 'N' },
  zone: { zh: '功能区', en: 'Zone', color: '#0f766e', glyph: '区', glyph_en: 'Z' },
  lab: { zh: '实验室', en: 'Laboratory', color: '#dc2626', glyph: '实', glyph_en: 'L' },
  'big-science-facility': { zh: '大科学装置', en: 'Big-science facility', color: '#9f1239', glyph: '装', glyph_en: 'F' },
  institute: { zh: '科研院所', en: 'Research institute', color: '#2563eb', glyph: '研', glyph_en: 'I' },
  university: { zh: '高校', en: 'University', color: '#0369a1', glyph: '学', glyph_en: 'U' },
  campus: { zh: '新校区', en: 'New campus', color: '#0891b2', glyph: '校', glyph_en: 'C' },
  'tech-transfer': { zh: '成果转化', en: 'Technology transfer', color: '#16a34a', glyph: '转', glyph_en: 'T' },
  talent: { zh: '人才与孵化', en: 'Talent & incubation', color: '#ca8a04', glyph: '才', glyph_en: 'H' },
  'innovation-centre': { zh: '创新中心', en: 'Innovation centre', color: '#db2777', glyph: '创', glyph_en: 'V' },
  'industrial-park': { zh: '产业园区', en: 'Industrial park', color: '#65a30d', glyph: '园', glyph_en: 'P' },
  finance: { zh: '金融', en: 'Finance', color: '#b45309', glyph: '金', glyph_en: '¥' },
  exchange: { zh: '交易所', en: 'Exchange', color: '#a16207', glyph: '易', glyph_en: 'E' },
  court: { zh: '法院', en: 'Court', color: '#475569', glyph: '法', glyph_en: 'J' },
  other: { zh: '其他机构', en: 'Other body', color: '#64748b', glyph: '他', glyph_en: 'O' },
  'context-city': { zh: '湾区城市', en: 'Bay Area city', color: '#334155', glyph: '市', glyph_en: 'B' },
} as const satisfies Record<string, KindInfo>;

export type Kind = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as Kind[];

/** The symbol character of a kind in the UI language. */
export function glyphOf(kind: Kind, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? KINDS[kind].glyph : KINDS[kind].glyph_en;
}

export const GROUPS = {
  'three-cities-one-zone': { zh: '三城一区', en: 'Three cities, one zone' },
  'thirteen-nodes': { zh: '十三节点', en: 'Thirteen nodes' },
  'corridor-cores': { zh: '走廊四核', en: 'Corridor cores' },
  context: { zh: '湾区城市', en: 'Bay Area context' },
} as const;
export type Group = keyof typeof GROUPS;
export const GROUP_IDS = Object.keys(GROUPS) as Group[];

/** Districts mode: the outline of the districts compared side by side, on the map and beside the table (no kind uses it). */
export const COMPARE_LINE = '#1a1aff';

export const CORRIDORS = {
  'gz-section': { zh: '广深港澳科技创新走廊广州段', en: 'Guangzhou section of the GZ–SZ–HK–Macao corridor', color: '#c2410c' },
  'sui-shen-gang': { zh: '穗深港科技创新走廊', en: 'Guangzhou–Shenzhen–Hong Kong corridor', color: '#7c3aed' },
  'sui-zhu-ao': { zh: '穗珠澳科技创新走廊', en: 'Guangzhou–Zhuhai–Macao corridor', color: '#0891b2' },
  'guang-fo': { zh: '广佛科技创新产业示范区', en: 'Guangzhou–Foshan link', color: '#16a34a' },
} as const;
export type CorridorId = keyof typeof CORRIDORS;
