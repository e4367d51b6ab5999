// A district (or a city outside Guangzhou) as the UI language names it: 黄埔区 / Huangpu District.
import { CITY_EN } from './districtStrings.ts';

/** The 11 districts' English names, as data/districts.geojson writes them (checked by a test). */
export const DISTRICT_EN: Readonly<Record<string, string>> = {
  荔湾区: 'Liwan District', 越秀区: 'Yuexiu District', 海珠区: 'Haizhu District', 天河区: 'Tianhe District',
  白云区: 'Baiyun District', 黄埔区: 'Huangpu District', 番禺区: 'Panyu District', 花都区: 'Huadu District',
  南沙区: 'Nansha District', 从化区: 'Conghua District', 增城区: 'Zengcheng District',
};

/** The name in the language; an unknown name is shown as it is (never dropped). */
export function districtLabel(zh: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return zh;
  return DISTRICT_EN[zh] ?? CITY_EN[zh] ?? zh;
}
