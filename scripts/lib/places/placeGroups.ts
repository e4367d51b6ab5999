// The groups a place belongs to and the notes that say where each membership comes from.
import type { Bilingual } from '../../../src/data/planSchema.ts';
import type { PlaceGroup } from '../../../src/data/placeSchema.ts';
import type { GazRecord, PlaceGroups } from './placeSeeds.ts';

export function placeGroups(r: Pick<GazRecord, 'id' | 'kind'>, table: PlaceGroups): { groups: PlaceGroup[]; notes: Bilingual[] } {
  const groups: PlaceGroup[] = [];
  if (table.three_cities_one_zone.includes(r.id)) groups.push('three-cities-one-zone');
  if (r.kind === 'node') groups.push('thirteen-nodes');
  if (table.corridor_cores[r.id]) groups.push('corridor-cores');
  if (r.kind === 'context-city') groups.push('context');
  const notes = groups.map((g) => table.notes[g]);
  const core = table.corridor_cores[r.id];
  if (core) notes.push({ zh: `此处代表 2017 年的核心${core.zh}。`, en: `Here it stands for the 2017 core ${core.en}.` });
  return { groups, notes };
}
