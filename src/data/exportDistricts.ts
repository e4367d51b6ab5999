// The Districts screen's ranked table as CSV (BOM, CRLF, cells neutralised by csvLine, as every export
// of the app): one line per district in ranked order with the metric's count, the plan's places of the
// key kinds beside it and, when the user's layers are shown, their points; then the Guangzhou total,
// the places not located in a district and those outside Guangzhou. With the user's points as the
// metric the count is theirs and the key columns are the plan's places. Pure: no DOM.
import { BOM, csvLine } from './exportPlaces.ts';
import { KEY_COLUMNS, type DistrictTable, type KeyColumnId, type Tally } from '../plan/districtStats.ts';

export interface DistrictTableHeaders {
  rank: string;
  district: string;
  /** The metric's name (the count column). */
  count: string;
  cols: Record<KeyColumnId, string>;
  /** Present: a column of the user's points (left out when they are the metric). */
  user?: string;
}

export function districtTableCsv(table: DistrictTable, label: (bucket: string) => string, h: DistrictTableHeaders): string {
  const head = [h.rank, h.district, h.count, ...KEY_COLUMNS.map((c) => h.cols[c.id]), ...(h.user !== undefined ? [h.user] : [])];
  const cells = (t: Tally, rank: number | null, name: string, noUser = false) => [
    rank,
    name,
    t.count,
    ...KEY_COLUMNS.map((c) => t.cols[c.id]),
    ...(h.user !== undefined ? [noUser ? null : t.user] : []),
  ];
  const lines = [
    csvLine(head),
    ...table.rows.map((r) => csvLine(cells(r, r.rank, label(r.bucket)))),
    csvLine(cells(table.total, null, label('total'))),
    csvLine(cells(table.unlocated, null, label(table.unlocated.bucket), true)),
    csvLine(cells(table.outside, null, label(table.outside.bucket))),
  ];
  return BOM + lines.map((l) => l + '\r\n').join('');
}
