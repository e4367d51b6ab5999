// What a link's ignored parameters are called in the notice: the URL parser and the store return these
// keys with their values ({key}: the parameter as typed, cut short), never sentences to translate back.
import type { Catalogue } from '../types.ts';

export const link = {
  malformedKey: { zh: '{key}：百分号编码有误', en: '{key}: malformed percent-encoding' },
  noKey: { zh: '缺少参数名的项', en: 'entry without a key' },
  unknownKey: { zh: '{key}：未知参数', en: '{key}: unknown key' },
  repeated: { zh: '{key}：重复出现，已采用最后一个值', en: '{key}: repeated, last value used' },
  itemsMalformed: {
    zh: '{key}：{n} 项百分号编码有误',
    en: '{key}: {n, plural, one {# item} other {# items}} with malformed percent-encoding',
  },
  itemsDropped: { zh: '{key}：已去掉 {n} 项无效值', en: '{key}: dropped {n} invalid {n, plural, one {item} other {items}}' },
  tooMany: { zh: '{key}：超过 {n} 项，只保留前 {n} 项', en: '{key}: more than {n} items, kept the first {n}' },
  noFeature: { zh: '{key}：没有名为 "{id}" 的地点', en: '{key}: no feature "{id}"' },
  noFocus: { zh: '{key}：没有名为 "{id}" 的行动、目标、任务或单位', en: '{key}: nothing named "{id}"' },
  unknownValues: { zh: '{key}：未知的值 {values}', en: '{key}: unknown {values}' },
  unknownValuesMore: { zh: '{key}：未知的值 {values}，另有 {more} 项', en: '{key}: unknown {values} (+{more})' },
  // A value that does not parse: one message per reason.
  emptyAfterTrim: { zh: '{key}：去掉空白后为空', en: '{key}: empty after trimming' },
  tooLong: { zh: '{key}：超过 {n} 个字符', en: '{key}: longer than {n} characters' },
  expectedFlag: { zh: '{key}：应为 1 或 0', en: '{key}: expected 1 or 0' },
  expectedChapter: { zh: '{key}：应为章节号 1–9999', en: '{key}: expected a chapter number 1–9999' },
  expectedDistrict: { zh: '{key}：应为区名，如 黄埔区', en: '{key}: expected a district name such as 黄埔区' },
  expectedLine: { zh: '{key}：应为整数 1–100000', en: '{key}: expected a whole number 1–100000' },
  expectedId: { zh: '{key}：应为由字母、数字和 - 组成的编号', en: '{key}: expected an id of letters, digits and -' },
  expectedMode: { zh: '{key}：应为 explore、districts、present 或 scorecard', en: '{key}: expected explore, districts, present or scorecard' },
  expectedStatus: { zh: '{key}：应为 met、not-met、no-figure 或 not-comparable', en: '{key}: expected met, not-met, no-figure or not-comparable' },
  expectedBasemap: { zh: '{key}：应为 offline 或 online', en: '{key}: expected offline or online' },
  expectedView: { zh: '{key}：应为三个数：经度,纬度,缩放', en: '{key}: expected three numbers lon,lat,zoom' },
  expectedLang: { zh: '{key}：应为 zh 或 en', en: '{key}: expected zh or en' },
  latRange: { zh: '{key}：纬度应在 −85 到 85 之间', en: '{key}: lat must be in [-85, 85]' },
  lonRange: { zh: '{key}：经度应在 −180 到 180 之间', en: '{key}: lon must be in [-180, 180]' },
  zoomRange: { zh: '{key}：缩放级别应在 0 到 22 之间', en: '{key}: zoom must be in [0, 22]' },
  expectedSort: { zh: '{key}：应为列名加 asc 或 desc，如 count-desc', en: '{key}: expected a column and asc or desc, such as count-desc' },
  expectedCompare: { zh: '{key}：应为两到三个区名', en: '{key}: expected two or three district names' },
  expectedRadius: { zh: '{key}：应为 0.1 到 20 之间的公里数，如 3', en: '{key}: expected a distance in km from 0.1 to 20, such as 3' },
  expectedBuffer: { zh: '{key}：应为 0.5 到 10 之间的公里数，如 2', en: '{key}: expected a distance in km from 0.5 to 10, such as 2' },
  expectedYear: { zh: '{key}：应为 2019、2020 或 2021', en: '{key}: expected 2019, 2020 or 2021' },
  invalid: { zh: '{key}：无效', en: '{key}: invalid value' },
} as const satisfies Catalogue;
