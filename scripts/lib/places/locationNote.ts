// How a place was located, in both languages: the English built from the gazetteer's precision and
// method, the Chinese from seeds/notes-zh.json, which must translate the English as it is now.
import type { Bilingual } from '../../../src/data/planSchema.ts';
import { actionNumeralsToDigits } from '../../../src/plan/numerals.ts';
import type { Correction, GazRecord, NotesZh } from './placeSeeds.ts';

/** The text as a sentence: a full stop added when it ends without one. */
export function sentence(s: string): string {
  const t = s.trim();
  return /[.。!?]$/.test(t) ? t : `${t}.`;
}

export function locationNoteEn(r: Pick<GazRecord, 'lon' | 'lat' | 'coord_precision' | 'coord_method'>): string {
  const method = actionNumeralsToDigits(sentence(r.coord_method));
  if (r.lon === null || r.lat === null) {
    return /^none/.test(r.coord_precision)
      ? `No point${r.coord_precision === 'none (mobile)' ? ' (mobile asset)' : ''}: ${method}`
      : `No point kept (the gazetteer describes ${r.coord_precision} but gives no coordinates): ${method}`;
  }
  return `${r.coord_precision.charAt(0).toUpperCase()}${r.coord_precision.slice(1)}: ${method}`;
}

/** The note in both languages, with a correction's reason appended; fails when the Chinese is missing or stale. */
export function locationNote(
  r: Pick<GazRecord, 'id' | 'lon' | 'lat' | 'coord_precision' | 'coord_method'>,
  correction: Correction | undefined,
  notes: { zh: NotesZh['location_note']; file: string },
): Bilingual {
  const en = locationNoteEn(r);
  const zh = notes.zh[r.id];
  if (!zh) throw new Error(`${r.id}: location_note has no Chinese version in ${notes.file}`);
  if (zh.en !== en) throw new Error(`${r.id}: the Chinese location_note in ${notes.file} translates "${zh.en}", but the note is now "${en}"`);
  return correction ? { zh: `${zh.zh}${correction.why.zh}`, en: `${en} ${correction.why.en}` } : { zh: zh.zh, en };
}
