// npm run build:places — builds data/places.geojson and data/corridors.geojson from
// seeds/gazetteer.json, the plan's text (seeds/plan-2019-2021.txt) and the task line ranges of
// data/plan.json, then writes each task's `places` back into data/plan.json. Deterministic.
//
// Env: PLAN_FILE=<path>  read (and write) this plan file instead of data/plan.json
//      NO_PLAN_WRITE=1   do not write the plan file back (places/corridors are still written)
//      OUT_DIR=<dir>     write places/corridors here instead of data/
//      NOTES_ZH_FILE=<path> read the Chinese notes from here instead of seeds/notes-zh.json
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { createHash } from 'node:crypto';
import { dirname, join, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { circle, distance, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { Plan, type Bilingual } from '../src/data/planSchema.ts';
import { makeSeedText } from '../src/data/seedText.ts';
import { containingNames, linkPlaces, termLines, tasksOfLines } from '../src/data/placeLinks.ts';
import {
  CORRIDOR_DEFS,
  GUANGZHOU_DISTRICT_NAMES,
  PlaceProps,
  CorridorProps,
  type CorridorId,
  type District,
  type LonLat,
  type PlaceGroup,
  type Source,
} from '../src/data/placeSchema.ts';
import { validatePlaces } from '../src/data/validatePlaces.ts';
import { formatProblem } from '../src/data/problem.ts';
import { actionNumeralsToDigits } from '../src/plan/numerals.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const abs = (p: string) => (isAbsolute(p) ? p : join(ROOT, p));
const GAZETTEER = 'seeds/gazetteer.json';
/** Our Chinese versions of the gazetteer's English texts (the gazetteer itself stays as received). */
const NOTES_ZH = process.env.NOTES_ZH_FILE || 'seeds/notes-zh.json';
const SEED = 'seeds/plan-2019-2021.txt';
const DISTRICTS = 'data/districts.geojson';
const PLAN_FILE = process.env.PLAN_FILE || 'data/plan.json';
const NO_PLAN_WRITE = !!process.env.NO_PLAN_WRITE;
const OUT_DIR = process.env.OUT_DIR || 'data';
const CIRCLE_STEPS = 64;

// ------------------------------------------------------------------------------------------ input
interface GazSource {
  id?: string;
  title: string;
  url?: string | null;
  where?: string;
}
interface GazRecord {
  id: string;
  name_zh: string;
  named_in_plan: boolean;
  name_en: string;
  name_en_status: 'official' | 'official (later name)' | 'translation';
  kind: string;
  district: string | null;
  district_other: string[];
  lon: number | null;
  lat: number | null;
  coord_precision: string;
  uncertainty_km: number | null;
  extent: unknown;
  confidence: 'high' | 'medium' | 'low';
  coord_method: string;
  sources: Array<GazSource | string>;
  notes?: string;
}

const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');
const gazBytes = readFileSync(abs(GAZETTEER));
const seedBytes = readFileSync(abs(SEED));
const gazetteer = JSON.parse(gazBytes.toString('utf8')) as GazRecord[];
const notesZhBytes = readFileSync(abs(NOTES_ZH));
const notesZh = JSON.parse(notesZhBytes.toString('utf8')) as {
  location_note: Record<string, { en: string; zh: string }>;
  source_title: Record<string, string>;
};
const seed = makeSeedText(seedBytes.toString('utf8'));
const planMtime = statSync(abs(PLAN_FILE)).mtimeMs;
const rawPlan = JSON.parse(readFileSync(abs(PLAN_FILE), 'utf8')) as Record<string, unknown>;
const plan = Plan.parse(rawPlan);
if (!existsSync(abs(DISTRICTS))) throw new Error(`${DISTRICTS} is missing: it is needed to check where approximate areas spill`);
const districts = JSON.parse(readFileSync(abs(DISTRICTS), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

// ------------------------------------------------------------------------------------------ tables
const PLAN_TITLE = '广州市建设科技创新强市三年行动计划（2019—2021年）（征求意见稿）';
const PLAN_SOURCE: Source = { title: { zh: `${PLAN_TITLE}——${SEED}`, en: `${PLAN_TITLE} — ${SEED}` } };

/** Records the gazetteer missed: things the plan names as places/zones (see gazetteer-notes §3 for deliberate omissions). */
const ADDED: GazRecord[] = [
  {
    id: 'research-results-transfer-special-cooperation-zone',
    name_zh: '科研成果转化创新特别合作区',
    named_in_plan: true,
    name_en: 'Special cooperation zone for transferring research results and innovation (pilot sought)',
    name_en_status: 'translation',
    kind: 'zone',
    district: null,
    district_other: [],
    lon: null,
    lat: null,
    coord_precision: 'none',
    uncertainty_km: null,
    extent: null,
    confidence: 'low',
    coord_method: 'The plan only seeks national and provincial support for a pilot "在穗" (in Guangzhou), naming no district or site.',
    sources: [{ title: PLAN_TITLE, where: SEED }],
    notes:
      'Added beyond the gazetteer: a zone the plan names (Action 三, 打通科技成果转移转化路径) that the gazetteer neither recorded nor listed among its deliberate omissions (gazetteer-notes §3). A proposed policy pilot without a site.',
  },
];

/**
 * Phrases of the plan that name a place, when they are not just its name_zh; and why. contextOnly:
 * the plan names the place in no way (not even by an abbreviation): it is drawn only as context.
 */
const TERMS: Record<string, { terms: string[]; why: string; contextOnly?: true }> = {
  'cas-ia-guangzhou-ai-advanced-computing': {
    terms: ['中科院自动化研究所广州人工智能与先进计算研究院', '广州人工智能与先进计算研究院'],
    why: 'Action 五 names the same institute in short as 广州人工智能与先进计算研究院.',
  },
  'city-shenzhen': {
    terms: ['深圳', '穗深港'],
    why: 'plan_terms: 深圳 (in "广州—深圳—香港—澳门", "广州—深圳双引擎" and "与深圳的科技创新合作") and 穗深港 (深 = Shenzhen, in 穗深港科技创新走廊).',
  },
  'city-hong-kong': {
    terms: ['广州—深圳—香港—澳门', '穗深港'],
    why: 'plan_terms: the corridor phrases "广州—深圳—香港—澳门" and 穗深港 (港 = Hong Kong). 香港 alone is not used as a term: elsewhere it stands only inside 香港科技大学… (the university, not the city); nor 穗港澳/港澳, which also stand inside 粤港澳.',
  },
  'city-macao': {
    terms: ['广州—深圳—香港—澳门', '穗珠澳'],
    why: 'plan_terms: the corridor phrases "广州—深圳—香港—澳门" and 穗珠澳 (澳 = Macao). 港澳 is not used: it also stands inside 粤港澳.',
  },
  'city-dongguan': {
    terms: ['穗深港'],
    why: 'The plan never names 东莞; plan_terms = 穗深港 because Dongguan lies on that corridor between Guangzhou and Shenzhen (the 2017 provincial corridor runs through it), which is why it is drawn.',
    contextOnly: true,
  },
  'city-zhuhai': {
    terms: ['穗珠澳'],
    why: 'The plan writes only 珠 (in 穗珠澳科技创新走廊), never 珠海; plan_terms = 穗珠澳.',
  },
  'city-zhongshan': {
    terms: ['穗珠澳'],
    why: 'The plan never names the city of 中山 (中山 stands only inside 中山大学); plan_terms = 穗珠澳 because Zhongshan lies on that corridor between Guangzhou and Zhuhai, which is why it is drawn.',
    contextOnly: true,
  },
  'city-foshan': {
    terms: ['广佛'],
    why: 'The plan writes only 佛 (in 广佛科技创新产业示范区 and 广佛强强联合), never 佛山; plan_terms = 广佛.',
  },
};
const NODE_TERMS = ['十三节点'];

const THREE_CITIES_ONE_ZONE = [
  'zhongxin-guangzhou-knowledge-city',
  'guangzhou-science-city',
  'guangzhou-nansha-science-city',
  'pazhou-gba-ai-digital-economy-pilot-zone',
  'guangzhou-university-town',
];
/** The four Guangzhou cores of the Dec 2017 provincial 广深科技创新走廊规划, as records. */
const CORRIDOR_CORES: Record<string, Bilingual> = {
  'guangzhou-university-town': {
    zh: '广州大学城—国际创新城（番禺南岸的国际创新城规划未提及）',
    en: '广州大学城—国际创新城 (国际创新城, on the Panyu south bank, is not named in the plan)',
  },
  'pazhou-gba-ai-digital-economy-pilot-zone': { zh: '广州琶洲互联网创新集聚区', en: '广州琶洲互联网创新集聚区' },
  'zhongxin-guangzhou-knowledge-city': { zh: '广州中新知识城', en: '广州中新知识城' },
  'guangzhou-science-city': { zh: '广州科学城', en: '广州科学城' },
};
const GROUP_NOTES: Record<PlaceGroup, Bilingual> = {
  'three-cities-one-zone': {
    zh: '三城一区按规划的提法（行动一）：中新广州知识城、广州科学城、广州南沙科学城和琶洲粤港澳大湾区人工智能与数字经济试验区，规划注明后者含广州大学城（含广州大学城）。',
    en: '三城一区 as the plan names them (Action 1): 中新广州知识城, 广州科学城, 广州南沙科学城 and 琶洲粤港澳大湾区人工智能与数字经济试验区, which the plan says includes 广州大学城 (含广州大学城).',
  },
  'thirteen-nodes': {
    zh: '规划从未列出十三节点：成员按 2021 年南方都市报关于 2021 年广州市政府工作报告的报道所列（https://ppfocus.com/0/sc255b8b9.html）——这是最可能的解读，未逐项核实。',
    en: 'The plan never lists its 十三节点: membership follows the list in a 2021 南方都市报 report about the 2021 Guangzhou government work report (https://ppfocus.com/0/sc255b8b9.html) — the most likely reading, not verified item by item.',
  },
  'corridor-cores': {
    zh: '规划从未界定走廊的四核：这里取 2017 年 12 月广东省《广深科技创新走廊规划》中广州的四个核心（广州大学城—国际创新城、广州琶洲互联网创新集聚区、广州中新知识城、广州科学城）——属推断。',
    en: 'The plan never defines the corridor\'s 四核: taken as the four Guangzhou cores of the Dec 2017 provincial 《广深科技创新走廊规划》 (广州大学城—国际创新城, 广州琶洲互联网创新集聚区, 广州中新知识城, 广州科学城) — an inference.',
  },
  context: {
    zh: '作为走廊背景绘出的粤港澳大湾区城市，不是广州的地点。',
    en: 'A Greater Bay Area city drawn as context for the corridors; not a Guangzhou place.',
  },
};

/**
 * Areas drawn as approximate circles of their officially stated size, r = sqrt(A/π), around the
 * gazetteer point. Only where a source states the size; the source is named.
 */
const AREAS: Record<string, { area_km2: number; source: string | GazSource; note: string }> = {
  'zhongxin-guangzhou-knowledge-city': {
    area_km2: 123,
    source: 'ssgkc_hp',
    note: '123 km² is the original site (2010) as stated in 2018; later plans cite about 232–253 km².',
  },
  'guangzhou-science-city': {
    area_km2: 37.47,
    source: 'sci_city_topper',
    note: '37.47 km² is the size of the 1999 plan, before the 2020 expansion study (about 145 km²).',
  },
  'guangzhou-nansha-science-city': {
    area_km2: 99,
    source: 'nansha_sci_2021',
    note: '99 km² is the 2021 figure (明珠湾片区 91 km² + 庆盛 8 km²); the science city is discontiguous and was smaller in 2019, so the circle only indicates size.',
  },
  'pazhou-gba-ai-digital-economy-pilot-zone': {
    area_km2: 48,
    source: {
      title:
        '中国科学网 (repost) 2020-01-15 “广州将建设国家AI和数字经济试验区”: 《广州人工智能与数字经济试验区建设总体方案》 — 琶洲核心片区（含广州大学城，共48平方公里）',
      url: 'http://www.minimouse.com.cn/plan/2020/0115/73625.html',
    },
    note: '48 km² is stated for the 琶洲核心片区 including 广州大学城 (the zone as this plan defines it), in the provincial 总体方案 of January 2020; the circle is centred on Pazhou, so it shows the size, not the shape, and overlaps the 广州大学城 polygon.',
  },
  'guangzhou-university-town': {
    area_km2: 17.9,
    source: 'hemc_wiki',
    note: '17.9 km² is Xiaoguwei Island, where the gazetteer point is; with the south-bank phase II the University Town is about 43.3 km².',
  },
  'node-guangzhou-international-bio-island': {
    area_km2: 1.8,
    source: 'wiki_guanzhou_island',
    note: 'The island is elongated (about 2.8 × 0.9 km); the circle has its stated area, not its shape.',
  },
  'baiyun-lake-digital-tech-city': {
    area_km2: 28,
    source: 'byh_2020',
    note: 'About 28 km², bounded by 流溪河, 珠江西航道, 机场高速 and 黄石西路 (2020); the circle has the stated area, not that shape.',
  },
  'guangzhou-international-finance-city': {
    area_km2: 8,
    source: {
      title:
        '中国科学网 (repost) 2020-01-15 “广州将建设国家AI和数字经济试验区”: 《广州人工智能与数字经济试验区建设总体方案》 — 广州国际金融城片区（8平方公里）',
      url: 'http://www.minimouse.com.cn/plan/2020/0115/73625.html',
    },
    note: '8 km² is stated for the 广州国际金融城片区 of the 2020 pilot-zone 总体方案; the centre point itself is only approximate (general knowledge).',
  },
  'hkust-guangzhou': {
    area_km2: 1.13,
    source: 'hkust_gz',
    note: '1.13 km² is phase I of the campus.',
  },
};
/** Extents with a size in the gazetteer that are deliberately kept as points, and why. */
const KEPT_AS_POINTS: Record<string, string> = {
  'node-tianhe-smart-city': 'The gazetteer\'s 35.89 km² (a later definition incl. 天河智谷) is not stated by any of its sources, so the place stays a point.',
  'sun-yat-sen-university': 'The South Campus size (~1.2 km²) is not stated by the record\'s sources, so the university stays a point.',
  'wushan-shipai-higher-education-area': 'The ~28 km² in the gazetteer belongs to the later, larger 环五山创新策源区, not to this area, so it stays a point.',
  'cetc-south-china-electronics-park': 'The park\'s 763 mu is sourced, but its point is only a sub-district placeholder, so an area there would pretend a precision it does not have; it stays a point with its uncertainty.',
};

/**
 * Corrections of gazetteer points a close reading found wrong: the new point, its uncertainty and
 * why (appended to the location note in both languages). The gazetteer itself stays as received.
 */
interface Correction {
  lon: number;
  lat: number;
  uncertainty_km: number;
  why: Bilingual;
}
const CORRECTIONS: Record<string, Correction> = {
  'guangzhou-sci-tech-education-city': {
    lon: 113.696,
    lat: 23.275,
    uncertainty_km: 2,
    why: {
      en: 'Corrected: that POI (113.806, 23.264) lies in 荔城, about 11 km east of the campus in 朱村街 that the record itself (增城 (朱村街), 科德大道) and its source (搜狐焦点: 科教城 (增城朱村)) name; the point is moved near 朱村 station (Line 21), about 113.696, 23.275, uncertain within 2 km.',
      zh: '已更正：该兴趣点（113.806, 23.264）位于荔城，距本条记录（增城（朱村街），科德大道）及其资料来源（搜狐焦点：科教城（增城朱村））所指的朱村街校区约 11 公里；点位已移到地铁21号线朱村站附近，约 113.696, 23.275，误差半径 2 公里。',
    },
  },
};
/** English names of the gazetteer that carry Chinese, a question mark or a wrong acronym: the name used instead, and why. */
const NAME_EN: Record<string, { name_en: string; why: string }> = {
  'wealth-town': {
    name_en: 'Wealth Town',
    why: 'name_en "Wealth Town (温泉财富小镇?)" shortened to the plan\'s name: the gazetteer\'s guess of 从化温泉财富小镇 is unverified (see the location note).',
  },
  'venture-capital-town': {
    name_en: 'Venture Capital Town',
    why: 'name_en "Venture Capital Town (广州创投小镇)" without the Chinese name (shown apart as name_zh).',
  },
  'zhongxin-guangzhou-knowledge-city': {
    name_en: 'China-Singapore Guangzhou Knowledge City (formerly Sino-Singapore Guangzhou Knowledge City)',
    why: 'name_en without the acronym SSGKC, which abbreviates the former name (Sino-Singapore …), not the current one.',
  },
};

// ---------------------------------------------------------------------------------- conversions
const CITY: Record<string, District> = {
  Shenzhen: '深圳',
  'Hong Kong': '香港',
  Macao: '澳门',
  Dongguan: '东莞',
  Zhuhai: '珠海',
  Zhongshan: '中山',
  Foshan: '佛山',
  Shanghai: '上海',
  Beijing: '北京',
};
function toDistrict(d: string | null, id: string): District | null {
  if (d === null) return null;
  if ((GUANGZHOU_DISTRICT_NAMES as readonly string[]).includes(d)) return d as District;
  const m = /^outside Guangzhou \((.+)\)$/.exec(d);
  const city = m ? CITY[m[1]!] : undefined;
  if (!city) throw new Error(`${id}: cannot map district "${d}"`);
  return city;
}

/** A source title in both languages: Latin text needs its Chinese version in seeds/notes-zh.json. */
function bilingualTitle(en: string, where: string): Bilingual {
  const zh = notesZh.source_title[en];
  if (zh !== undefined) return { zh, en };
  if (/[A-Za-z]/.test(en)) throw new Error(`${where}: source "${en}" has no Chinese version in ${NOTES_ZH} (source_title)`);
  return { zh: en, en };
}
function toSource(s: GazSource | string, where: string): Source {
  if (typeof s === 'string') return { title: bilingualTitle(s, where) };
  let title = s.title;
  if (s.where) title += ` — ${s.where}`;
  const url = typeof s.url === 'string' && /^https?:\/\/\S+$/.test(s.url) ? s.url : undefined;
  if (typeof s.url === 'string' && !url) title += ` — ${s.url}`;
  return url ? { title: bilingualTitle(title, where), url } : { title: bilingualTitle(title, where) };
}
function uniqueSources(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.title.en}|${s.url ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.。!?]$/.test(t) ? t : `${t}.`;
}
function locationNoteEn(r: GazRecord): string {
  const method = actionNumeralsToDigits(sentence(r.coord_method));
  if (r.lon === null || r.lat === null) {
    return /^none/.test(r.coord_precision)
      ? `No point${r.coord_precision === 'none (mobile)' ? ' (mobile asset)' : ''}: ${method}`
      : `No point kept (the gazetteer describes ${r.coord_precision} but gives no coordinates): ${method}`;
  }
  return `${r.coord_precision.charAt(0).toUpperCase()}${r.coord_precision.slice(1)}: ${method}`;
}

/** The location note in both languages; the Chinese one must translate the current English one. */
function locationNote(r: GazRecord, correction: Correction | undefined): Bilingual {
  const en = locationNoteEn(r);
  const zh = notesZh.location_note[r.id];
  if (!zh) throw new Error(`${r.id}: location_note has no Chinese version in ${NOTES_ZH}`);
  if (zh.en !== en) throw new Error(`${r.id}: the Chinese location_note in ${NOTES_ZH} translates "${zh.en}", but the note is now "${en}"`);
  return correction ? { zh: `${zh.zh}${correction.why.zh}`, en: `${en} ${correction.why.en}` } : { zh: zh.zh, en };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

// ------------------------------------------------------------------------------------- places
const records = [...gazetteer, ...ADDED];
const ids = new Set<string>();
for (const r of records) {
  if (ids.has(r.id)) throw new Error(`duplicate id ${r.id}`);
  ids.add(r.id);
}
const nodes = records.filter((r) => r.kind === 'node').map((r) => r.id);
if (nodes.length !== 13) throw new Error(`expected 13 node records, found ${nodes.length}`);
for (const id of [...THREE_CITIES_ONE_ZONE, ...Object.keys(CORRIDOR_CORES), ...Object.keys(AREAS), ...Object.keys(TERMS), ...Object.keys(CORRECTIONS), ...Object.keys(NAME_EN)]) {
  if (!ids.has(id)) throw new Error(`table names unknown record ${id}`);
}

const termsOf = (r: GazRecord): string[] => (r.kind === 'node' ? NODE_TERMS : TERMS[r.id]?.terms ?? [r.name_zh]);
const linkInputs = records.map((r) => ({ id: r.id, name_zh: r.name_zh, plan_terms: termsOf(r) }));
// A hit inside another place's name does not count (广州大学 in 广州大学城). Context cities are
// named by corridor phrases inside compound words on purpose (广佛 in 广佛科技创新产业示范区), so not for them.
const contained = containingNames(linkInputs);
const exclusions = Object.fromEntries(records.map((r) => [r.id, r.kind === 'context-city' ? [] : contained[r.id] ?? []]));
const { links, taskPlaces } = linkPlaces(
  plan,
  seed,
  linkInputs.map((p) => ({ id: p.id, plan_terms: p.plan_terms, exclude: exclusions[p.id] })),
);

/** Where the vertices of an approximate circle fall among the districts (data/districts.geojson). */
function spillNote(vertices: LonLat[], district: District | null): string {
  if (!district || !(GUANGZHOU_DISTRICT_NAMES as readonly string[]).includes(district)) return '';
  const count = new Map<string, number>();
  for (const v of vertices) {
    const hit = districts.features.find((f) => booleanPointInPolygon(v, f as Feature<Polygon | MultiPolygon>));
    const name = hit ? String(hit.properties?.name_zh) : 'no Guangzhou district (water or a neighbouring city)';
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const home = count.get(district) ?? 0;
  if (home === vertices.length) return ` All its vertices lie in ${district} (data/districts.geojson).`;
  const others = [...count.entries()].filter(([n]) => n !== district).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    ` Of its ${vertices.length} vertices ${home} lie in ${district}, ` +
    others.map(([n, c]) => `${c} in ${n}`).join(', ') +
    ' (data/districts.geojson): the circle of the stated size spills beyond the district; only its centre is checked against it.'
  );
}

interface Built {
  feature: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: LonLat } | { type: 'Polygon'; coordinates: LonLat[][] } | null;
    properties: PlaceProps;
  };
  attach: LonLat | null;
}

const built: Built[] = records.map((record) => {
  let r = record;
  const district = toDistrict(r.district, r.id);
  const l = links[r.id]!;
  if (l.lines.length === 0) throw new Error(`${r.id}: none of ${termsOf(r).join(' / ')} stands in the plan`);
  const named = l.lines.some(([a, b]) => {
    const start = seed.lineOf.findIndex((x) => x >= a);
    let end = start;
    while (end < seed.lineOf.length && seed.lineOf[end]! <= b) end++;
    return seed.flat.slice(start, end).includes(r.name_zh);
  });
  const notes: string[] = [];
  if (r.notes) notes.push(sentence(r.notes));
  if (TERMS[r.id]) notes.push(TERMS[r.id]!.why);
  if (named !== r.named_in_plan) notes.push(`named_in_plan corrected to ${named} (the gazetteer had ${r.named_in_plan}): "${r.name_zh}" ${named ? 'stands' : 'does not stand'} in the plan where it is meant.`);
  if ((exclusions[r.id] ?? []).length > 0) notes.push(`Hits inside ${exclusions[r.id]!.join(', ')} (another place) are not counted.`);

  const groups: PlaceGroup[] = [];
  const groupNotes: Bilingual[] = [];
  if (THREE_CITIES_ONE_ZONE.includes(r.id)) groups.push('three-cities-one-zone');
  if (r.kind === 'node') groups.push('thirteen-nodes');
  if (CORRIDOR_CORES[r.id]) groups.push('corridor-cores');
  if (r.kind === 'context-city') groups.push('context');
  for (const g of groups) groupNotes.push(GROUP_NOTES[g]);
  const core = CORRIDOR_CORES[r.id];
  if (core) groupNotes.push({ zh: `此处代表 2017 年的核心${core.zh}。`, en: `Here it stands for the 2017 core ${core.en}.` });

  let sources = r.sources.map((s) => toSource(s, r.id));
  const correction = CORRECTIONS[r.id];
  if (correction) {
    notes.push(`Point corrected from the gazetteer's ${r.lon}, ${r.lat} to ${correction.lon}, ${correction.lat} (uncertainty ${r.uncertainty_km} → ${correction.uncertainty_km} km): see the location note.`);
    r = { ...r, lon: correction.lon, lat: correction.lat, uncertainty_km: correction.uncertainty_km };
  }
  const nameEn = NAME_EN[r.id];
  if (nameEn) notes.push(nameEn.why);
  let geometry: Built['feature']['geometry'] = null;
  let attach: LonLat | null = null;
  let uncertainty = r.uncertainty_km;
  const extra: Partial<PlaceProps> = {};
  if (r.lon === null || r.lat === null) {
    if (uncertainty !== null) notes.push(`The gazetteer's uncertainty_km (${uncertainty}) belonged to a point it no longer gives; dropped with the point.`);
    uncertainty = null;
  } else {
    const pt: LonLat = [r.lon, r.lat];
    attach = pt;
    const area = AREAS[r.id];
    if (area) {
      const src = typeof area.source === 'string' ? r.sources.find((s): s is GazSource => typeof s !== 'string' && s.id === area.source) : area.source;
      if (!src) throw new Error(`${r.id}: no source ${String(area.source)}`);
      const areaSource = toSource(src, r.id);
      if (typeof area.source !== 'string') sources = [...sources, areaSource];
      const rKm = Math.sqrt(area.area_km2 / Math.PI);
      const ring = circle(pt, rKm, { steps: CIRCLE_STEPS, units: 'kilometers' }).geometry.coordinates[0]!.map(
        (c) => [round6(c[0]!), round6(c[1]!)] as LonLat,
      );
      ring[ring.length - 1] = [ring[0]![0], ring[0]![1]];
      geometry = { type: 'Polygon', coordinates: [ring] };
      notes.push(
        `Approximate area: a ${CIRCLE_STEPS}-vertex circle of the stated ${area.area_km2} km² (r = ${rKm.toFixed(2)} km) around the gazetteer point, which is kept as the anchor. ${area.note}` +
          spillNote(ring.slice(0, -1), district),
      );
      extra.anchor = pt;
      extra.extent = 'approximate';
      extra.area_km2 = area.area_km2;
      extra.area_source = areaSource;
    } else {
      geometry = { type: 'Point', coordinates: pt };
      if (KEPT_AS_POINTS[r.id]) notes.push(KEPT_AS_POINTS[r.id]!);
    }
  }

  const props: PlaceProps = {
    id: r.id,
    kind: r.kind as PlaceProps['kind'],
    name_zh: r.name_zh,
    name_en: nameEn?.name_en ?? r.name_en,
    name_en_status: r.name_en_status,
    name_pinyin: toPinyin(r.name_zh),
    plan_terms: termsOf(r),
    named_in_plan: named,
    ...(TERMS[r.id]?.contextOnly ? { context_only: true as const } : {}),
    district,
    district_other: r.district_other,
    actions: l.actions,
    tasks: l.tasks,
    lines: l.lines,
    confidence: r.confidence,
    uncertainty_km: uncertainty,
    location_note: locationNote(record, correction),
    groups,
    ...(groupNotes.length ? { group_note: { zh: groupNotes.map((n) => n.zh).join(''), en: groupNotes.map((n) => n.en).join(' ') } } : {}),
    ...extra,
    sources: uniqueSources(sources),
    ...(notes.length ? { notes: notes.join(' ') } : {}),
  };
  const checked = PlaceProps.safeParse(props);
  if (!checked.success) throw new Error(`${r.id}: ${JSON.stringify(checked.error.issues)}`);
  return { feature: { type: 'Feature', id: r.id, geometry, properties: props }, attach };
});
const byId = new Map(built.map((b) => [b.feature.id, b]));

// ---------------------------------------------------------------------------------- corridors
const km = (a: LonLat, b: LonLat) => distance(a, b, { units: 'kilometers' });
const attachOf = (id: string): LonLat => {
  const a = byId.get(id)?.attach;
  if (!a) throw new Error(`corridor end ${id} has no geometry`);
  return a;
};

/** Places of the Guangzhou section: the four corridor cores and the 13 nodes that have a geometry. */
const gzMembers = built
  .filter((b) => b.attach && (b.feature.properties.groups.includes('corridor-cores') || b.feature.properties.groups.includes('thirteen-nodes')))
  .map((b) => b.feature.id);
/** Off the riverside belt: north (天河智慧城, 科学城, 知识城, 空港) and south (广州南站). */
const OFF_BELT = [
  'node-tianhe-smart-city',
  'guangzhou-science-city',
  'zhongxin-guangzhou-knowledge-city',
  'node-airport-economic-zone',
  'node-guangzhou-south-station-business-district',
];
const spine = gzMembers
  .filter((id) => !OFF_BELT.includes(id))
  .sort((a, b) => attachOf(a)[0] - attachOf(b)[0] || a.localeCompare(b));
const gzSegments: Array<[string, string]> = [];
for (let i = 1; i < spine.length; i++) gzSegments.push([spine[i - 1]!, spine[i]!]);
// Branches: repeatedly join the off-belt place nearest to the network, to its nearest network place.
const network = new Set(spine);
let rest = gzMembers.filter((id) => !network.has(id));
while (rest.length > 0) {
  let best: { from: string; to: string; d: number } | null = null;
  for (const to of rest) {
    for (const from of network) {
      const d = km(attachOf(from), attachOf(to));
      if (!best || d < best.d - 1e-9 || (Math.abs(d - best.d) <= 1e-9 && `${to}|${from}` < `${best.to}|${best.from}`)) best = { from, to, d };
    }
  }
  gzSegments.push([best!.from, best!.to]);
  network.add(best!.to);
  rest = rest.filter((id) => id !== best!.to);
}
const skippedGz = built
  .filter((b) => !b.attach && (b.feature.properties.groups.includes('corridor-cores') || b.feature.properties.groups.includes('thirteen-nodes')))
  .map((b) => b.feature.id);

const nameOf = (id: string, lang: 'zh' | 'en') => {
  const p = byId.get(id)!.feature.properties;
  return lang === 'zh' ? p.name_zh : p.name_en;
};
const names = (ids: string[], lang: 'zh' | 'en') => ids.map((id) => nameOf(id, lang)).join(lang === 'zh' ? '、' : ', ');
const ROUTES: Record<CorridorId, { segments: Array<[string, string]>; note: Bilingual }> = {
  'gz-section': {
    segments: gzSegments,
    note: {
      en:
        'Route inferred, not given by the plan: it joins the corridor\'s four cores (the 2017 provincial cores, an inference) and the 十三节点 that have a location. ' +
        'Spine: the places on the east-bound Pearl River belt that reports describe for the nodes (从荔湾、天河到黄埔再往增城, 南方日报 2021), ordered west to east by longitude; ' +
        `branches: the places off the belt (${names(OFF_BELT, 'en')}) joined one by one, nearest first, to the nearest place already joined (great-circle distance). ` +
        (skippedGz.length ? `Not drawn (no location): ${names(skippedGz, 'en')}.` : ''),
      zh:
        '线路为推断，规划并未给出：连接走廊的四核（取 2017 年省级规划的核心，属推断）和有位置的十三节点。' +
        '主线：报道所描述的节点所在的珠江东向发展带上的地点（从荔湾、天河到黄埔再往增城，南方日报 2021），按经度自西向东排列；' +
        `支线：发展带以外的地点（${names(OFF_BELT, 'zh')}）按距离由近及远逐个接到已连接的最近地点（大圆距离）。` +
        (skippedGz.length ? `未绘出（无位置）：${names(skippedGz, 'zh')}。` : ''),
    },
  },
  'sui-shen-gang': {
    segments: [
      ['guangzhou-science-city', 'city-dongguan'],
      ['city-dongguan', 'city-shenzhen'],
      ['city-shenzhen', 'city-hong-kong'],
    ],
    note: {
      en: 'Route inferred: Guangzhou → 东莞 → 深圳 → 香港. The Guangzhou end is 广州科学城: the eastern corridor core nearest Dongguan and the main park of 广州高新区, where the 2017 provincial corridor leaves Guangzhou towards 松山湖 (Dongguan) and Shenzhen. City ends are city centres.',
      zh: '线路为推断：广州 → 东莞 → 深圳 → 香港。广州一端取广州科学城：它是离东莞最近的东部走廊核心、广州高新区的主园区，2017 年省级规划的走廊从这里离开广州，通往东莞松山湖和深圳。城市一端取城市中心。',
    },
  },
  'sui-zhu-ao': {
    segments: [
      ['guangzhou-nansha-science-city', 'city-zhongshan'],
      ['city-zhongshan', 'city-zhuhai'],
      ['city-zhuhai', 'city-macao'],
    ],
    note: {
      en: 'Route inferred: Guangzhou → 中山 → 珠海 → 澳门 along the west bank of the Pearl River estuary. The Guangzhou end is 广州南沙科学城, the plan\'s science city facing Zhongshan, Zhuhai and Macao (Nansha was not a 2017 corridor core, so this line is not joined to the Guangzhou section). City ends are city centres.',
      zh: '线路为推断：沿珠江口西岸，广州 → 中山 → 珠海 → 澳门。广州一端取广州南沙科学城，即规划中面向中山、珠海和澳门的科学城（南沙不是 2017 年的走廊核心，所以这条线不与广州段相连）。城市一端取城市中心。',
    },
  },
  'guang-fo': {
    segments: [['baiyun-lake-digital-tech-city', 'city-foshan']],
    note: {
      en: 'Link inferred: the plan plans the 广佛科技创新产业示范区 "依托白云湖数字科技城等创新平台" (Action 7), so the link runs from 白云湖数字科技城 to Foshan\'s city centre. The zone itself has no site of its own (its placeholder sits at 白云湖数字科技城), so it is not a separate vertex.',
      zh: '连线为推断：规划提出广佛科技创新产业示范区“依托白云湖数字科技城等创新平台”（行动七），所以连线从白云湖数字科技城通往佛山市中心。示范区本身没有独立选址（占位点就在白云湖数字科技城），所以不单设顶点。',
    },
  },
};

const corridorFeatures = (Object.keys(ROUTES) as CorridorId[]).flatMap((corridor) => {
  const def = CORRIDOR_DEFS[corridor];
  const lines = termLines(seed, def.terms);
  const { tasks, actions } = tasksOfLines(plan, lines);
  return ROUTES[corridor].segments.map(([from, to], i) => {
    const order = i + 1;
    const id = `${corridor}-${String(order).padStart(2, '0')}`;
    const props: CorridorProps = {
      id,
      corridor,
      name_zh: def.name_zh,
      name_en: def.name_en,
      from,
      to,
      order,
      actions,
      tasks,
      lines,
      note: ROUTES[corridor].note,
    };
    const checked = CorridorProps.safeParse(props);
    if (!checked.success) throw new Error(`${id}: ${JSON.stringify(checked.error.issues)}`);
    return { type: 'Feature' as const, id, geometry: { type: 'LineString' as const, coordinates: [attachOf(from), attachOf(to)] }, properties: props };
  });
});

// ---------------------------------------------------------------------------------- output
const counts = (xs: string[]) => Object.fromEntries([...new Set(xs)].sort().map((k) => [k, xs.filter((x) => x === k).length]));
const placesOut = {
  type: 'FeatureCollection',
  provenance: {
    built_by: 'scripts/build-places.ts (npm run build:places); deterministic',
    inputs: {
      gazetteer: { file: GAZETTEER, sha256: sha256(gazBytes), records: gazetteer.length },
      notes_zh: { file: NOTES_ZH, sha256: sha256(notesZhBytes), what: 'our Chinese versions of the location notes and source titles' },
      seed: { file: SEED, sha256: sha256(seedBytes) },
      plan: 'data/plan.json: the line ranges of actions[].tasks[] and supports[].tasks[]',
      districts: `${DISTRICTS}: only to report how far approximate circles spill beyond their district`,
    },
    records: `Every record of ${GAZETTEER} (feature id = gazetteer id), plus ${ADDED.length} the gazetteer missed (${ADDED.map((r) => r.id).join(', ')}; source: the plan). Items deliberately left out by the gazetteer (its notes §3: corridors, concepts, events, generic items, funds, alliances) stay out.`,
    geometry:
      'WGS-84 lon/lat from the gazetteer. A record without lon/lat has geometry null (its district is kept) and uncertainty_km null; low-confidence points keep uncertainty_km (drawn as a zone). No point is invented.',
    areas: `Polygons are approximate: a ${CIRCLE_STEPS}-vertex circle (turf circle) of the officially stated area, r = sqrt(A/π), around the gazetteer point, which is kept as properties.anchor; area_km2 and area_source give the stated size and where it is stated. Only where a source states a size: ${Object.keys(AREAS).join(', ')}.`,
    links:
      'plan_terms = the literal phrases of the plan naming the place (usually name_zh; 十三节点 for the 13 nodes; corridor phrases for context cities, see notes). lines = every occurrence (seed text joined without white space and page-number lines; a hit inside another place\'s name does not count); tasks = the tasks of data/plan.json whose lines hold an occurrence; actions = their A-ids (supports S1–S3 are not actions). The same links are written to data/plan.json as each task\'s places.',
    groups: GROUP_NOTES,
    counts: { features: built.length, by_kind: counts(built.map((b) => b.feature.properties.kind)) },
  },
  features: built.map((b) => b.feature),
};
const corridorsOut = {
  type: 'FeatureCollection',
  provenance: {
    built_by: 'scripts/build-places.ts (npm run build:places); deterministic',
    geometry: 'One LineString per segment (from → to); its ends are exactly the places\' coordinates in data/places.geojson (the Point, or the anchor of an approximate area). Places without geometry are skipped.',
    routes: 'The plan names the corridors but draws no route: every route and order here is an inference, explained in each feature\'s note.',
    links: 'lines = where the plan names the corridor (terms: ' + Object.entries(CORRIDOR_DEFS).map(([k, d]) => `${k}: ${d.terms.join(' / ')}`).join('; ') + '); tasks/actions as for places.',
  },
  features: corridorFeatures,
};

// the plan, with each task's places
const withPlaces = JSON.parse(JSON.stringify(rawPlan)) as { actions: Array<{ tasks: Array<{ id: string; places: string[] }> }>; supports: Array<{ tasks: Array<{ id: string; places: string[] }> }> };
for (const parent of [...withPlaces.actions, ...withPlaces.supports]) for (const t of parent.tasks) t.places = taskPlaces[t.id] ?? [];
const planAfter = Plan.parse(withPlaces);

const problems = validatePlaces(placesOut, corridorsOut, districts, planAfter, seed);
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
writeFileSync(abs(join(OUT_DIR, 'places.geojson')), json(placesOut));
writeFileSync(abs(join(OUT_DIR, 'corridors.geojson')), json(corridorsOut));
if (!NO_PLAN_WRITE) {
  // read-modify-write: refuse if someone else changed the plan file meanwhile
  if (statSync(abs(PLAN_FILE)).mtimeMs !== planMtime) throw new Error(`${PLAN_FILE} changed while building; not written — run again`);
  writeFileSync(abs(PLAN_FILE), json(withPlaces));
}

console.log(
  `build:places: ${built.length} places (${built.filter((b) => !b.feature.geometry).length} without geometry, ` +
    `${built.filter((b) => b.feature.geometry?.type === 'Polygon').length} approximate areas), ${corridorFeatures.length} corridor segments → ${OUT_DIR}/; ` +
    (NO_PLAN_WRITE ? `${PLAN_FILE} not written (NO_PLAN_WRITE)` : `task places written to ${PLAN_FILE}`),
);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`build:places: ${problems.length} problem(s)`);
  process.exit(1);
}

/** Toneless pinyin of a Chinese name, for search (built here so the app ships no dictionary). */
function toPinyin(zh: string): string {
  return pinyin(zh.replace(/臵/g, '置'), { toneType: 'none', nonZh: 'removed', v: true }).replace(/\s+/g, ' ').trim();
}
