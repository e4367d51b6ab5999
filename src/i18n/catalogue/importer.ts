// The import's and the layer exports' further messages: what the reader cut, merged or dropped, where
// the points fell, and the datum of an export. Loaded with the Districts screen (registered like
// districts.ts); the pipeline's messages are keys of this namespace and of districts.*.
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const importer = {
  cellsCut: {
    zh: '{n} 个值过长，已截断（名称保留 200 个字符，其他值 1000 个字符）；第一个在第 {row} 行“{col}”列。',
    en: '{n, plural, one {# value was} other {# values were}} too long and cut (names at 200 characters, other values at 1,000); the first in row {row}, column “{col}”.',
  },
  columnsDropped: {
    zh: '文件有 {n} 列：除名称和坐标列外，只保留前 {k} 列作为属性，其余 {m} 列未导入。',
    en: 'The file has {n} columns: besides the name and the coordinates, only the first {k} are kept as attributes; {m, plural, one {# column was} other {# columns were}} not imported.',
  },
  quoteSpan: {
    zh: '第 {a}–{b} 行：第 {a} 行的一个引号一直延续了 {k} 行，这些行被读成了一行（第 {row} 条记录）。是否有多余或缺失的引号？',
    en: 'Lines {a}–{b}: a quote in line {a} runs over {k, plural, one {# line} other {# lines}}, so they were read as one row (record {row}). Is a quote stray or missing?',
  },
  mostOutside: {
    zh: '{total} 个点中有 {n} 个在广州以外：坐标系或经纬度列是否选错了？',
    en: '{n} of the {total, plural, one {# point} other {# points}} are outside Guangzhou: wrong datum or wrong columns?',
  },
  featLatRangeSwapped: {
    zh: '第 {row} 个要素：纬度 {v} 超出 −90 至 90（经纬度是否填反了？GeoJSON 的顺序是 [经度, 纬度]）',
    en: 'feature {row}: the latitude {v} is outside −90 to 90 (are longitude and latitude swapped? GeoJSON writes [longitude, latitude])',
  },
  kindBinary: { zh: '二进制', en: 'binary' },
  sizeKb: { zh: '{n} KB', en: '{n} kB' },
  sizeMb: { zh: '{n} MB', en: '{n} MB' },
  tableColumns: {
    zh: '表格显示 {n} 列中的前 {k} 列（以及已选的列）；下方列表中有全部列。',
    en: 'The table shows the first {k} of the {n} columns (and the ones chosen); the lists below hold every column.',
  },
  hDatum: { zh: '坐标系', en: 'datum' },
  exportDatumNote: {
    zh: 'CSV 的经纬度采用您文件的坐标系（{d}），并在“坐标系”列中注明，可直接贴回原来的地图；GeoJSON 按标准一律为 WGS-84。',
    en: 'The CSV writes the coordinates in your file’s datum ({d}), named in its “datum” column, so they paste back into the map they came from; GeoJSON is always WGS-84, as the standard requires.',
  },
  exportCsvIn: { zh: '以 {d} 坐标导出 CSV', en: 'Export CSV in {d}' },
} as const satisfies Catalogue;

addCatalogue('importer', importer);
