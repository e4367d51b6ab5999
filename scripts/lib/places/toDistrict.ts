// The gazetteer writes a place's district as a Guangzhou district (黄埔区), as "outside Guangzhou
// (Shenzhen)", or null; the data carry a Guangzhou district or the city's Chinese name.
import { GUANGZHOU_DISTRICT_NAMES, type District } from '../../../src/data/placeSchema.ts';

/** The gazetteer's English city names → the data's (OUTSIDE_CITIES). */
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

/** @example toDistrict('outside Guangzhou (Hong Kong)', 'city-hong-kong') // → '香港' */
export function toDistrict(d: string | null, id: string): District | null {
  if (d === null) return null;
  if ((GUANGZHOU_DISTRICT_NAMES as readonly string[]).includes(d)) return d as District;
  const m = /^outside Guangzhou \((.+)\)$/.exec(d);
  const city = m ? CITY[m[1]!] : undefined;
  if (!city) throw new Error(`${id}: cannot map district "${d}"`);
  return city;
}
