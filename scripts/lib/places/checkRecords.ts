// The records build:places starts from (the gazetteer and the records added to it) must have unique
// ids, thirteen nodes, and every table must name only records that exist.
import type { GazRecord } from './placeSeeds.ts';

/** A table's ids, and where it is, for the message. */
export interface TableIds {
  file: string;
  entry: string;
  ids: readonly string[];
}

export function checkRecords(records: ReadonlyArray<Pick<GazRecord, 'id' | 'kind'>>, tables: readonly TableIds[]): void {
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new Error(`duplicate id ${r.id}`);
    ids.add(r.id);
  }
  const nodes = records.filter((r) => r.kind === 'node').length;
  if (nodes !== 13) throw new Error(`expected 13 node records, found ${nodes}`);
  for (const t of tables) {
    for (const id of t.ids)
      if (!ids.has(id)) throw new Error(`${t.file}: ${t.entry}: names ${id}, which is no record of the gazetteer or of seeds/places-added.json`);
  }
}
