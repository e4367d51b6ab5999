// The plan's fixed vocabularies (years, districts, corridors) without their schemas: what the app's
// first screen needs of src/data/*Schema.ts without loading zod (the schemas import these from here).

export const YEARS = ['2019', '2020', '2021'] as const;
export type Year = (typeof YEARS)[number];

/** The 11 districts of Guangzhou as they have stood since 2014 (萝岗 merged into 黄埔; 从化, 增城 made districts). */
export const GUANGZHOU_DISTRICTS = [
  { adcode: '440103', name_zh: '荔湾区', name_en: 'Liwan District' },
  { adcode: '440104', name_zh: '越秀区', name_en: 'Yuexiu District' },
  { adcode: '440105', name_zh: '海珠区', name_en: 'Haizhu District' },
  { adcode: '440106', name_zh: '天河区', name_en: 'Tianhe District' },
  { adcode: '440111', name_zh: '白云区', name_en: 'Baiyun District' },
  { adcode: '440112', name_zh: '黄埔区', name_en: 'Huangpu District' },
  { adcode: '440113', name_zh: '番禺区', name_en: 'Panyu District' },
  { adcode: '440114', name_zh: '花都区', name_en: 'Huadu District' },
  { adcode: '440115', name_zh: '南沙区', name_en: 'Nansha District' },
  { adcode: '440117', name_zh: '从化区', name_en: 'Conghua District' },
  { adcode: '440118', name_zh: '增城区', name_en: 'Zengcheng District' },
] as const;

// Derived, not written twice; typed as the tuple of the names so z.enum and District keep them.
type NamesZh<T extends readonly unknown[]> = { readonly [K in keyof T]: T[K] extends { name_zh: infer N } ? N : never };
/** Their Chinese names, in the same order: a place's `district` in Guangzhou, data/districts.geojson's name_zh. */
export const GUANGZHOU_DISTRICT_NAMES = GUANGZHOU_DISTRICTS.map((d) => d.name_zh) as unknown as NamesZh<typeof GUANGZHOU_DISTRICTS>;

export function isGuangzhouDistrict(d: string | null): boolean {
  return d !== null && (GUANGZHOU_DISTRICT_NAMES as readonly string[]).includes(d);
}
/** A place in Guangzhou: a Guangzhou district, or an unresolved one (null). */
export function isGuangzhouPlace(d: string | null): boolean {
  return d === null || isGuangzhouDistrict(d);
}

export const CORRIDOR_IDS = ['gz-section', 'sui-shen-gang', 'sui-zhu-ao', 'guang-fo'] as const;

/** Which kind of "no site" a place without a sourced site is: not a place at all, site unknown, an address only. */
export const SITE_KINDS = ['not-physical', 'unknown', 'address'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
