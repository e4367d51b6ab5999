// A district (or a city outside Guangzhou) as the UI language names it: 黄埔区 / Huangpu District.

/** English names of the cities outside Guangzhou that places name as their `district`. */
export const CITY_EN: Readonly<Record<string, string>> = {
  深圳: 'Shenzhen',
  香港: 'Hong Kong',
  澳门: 'Macao',
  东莞: 'Dongguan',
  珠海: 'Zhuhai',
  中山: 'Zhongshan',
  佛山: 'Foshan',
  上海: 'Shanghai',
  北京: 'Beijing',
  江门: 'Jiangmen',
  惠州: 'Huizhou',
  肇庆: 'Zhaoqing',
};

/** The 11 districts' English names, as data/districts.geojson writes them (checked by a test). */
export const DISTRICT_EN: Readonly<Record<string, string>> = {
  荔湾区: 'Liwan District',
  越秀区: 'Yuexiu District',
  海珠区: 'Haizhu District',
  天河区: 'Tianhe District',
  白云区: 'Baiyun District',
  黄埔区: 'Huangpu District',
  番禺区: 'Panyu District',
  花都区: 'Huadu District',
  南沙区: 'Nansha District',
  从化区: 'Conghua District',
  增城区: 'Zengcheng District',
};

/** The name in the language; an unknown name is shown as it is (never dropped). */
export function districtLabel(zh: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return zh;
  return DISTRICT_EN[zh] ?? CITY_EN[zh] ?? zh;
}
