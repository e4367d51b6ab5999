// One language at a time, in the data: the Chinese version of a note has no English prose, and an
// English name has no Chinese characters and no question mark (a guess is said in a note, not a name).
import type { Bilingual } from './planSchema.ts';
import { englishProse, hasCjk } from '../plan/scriptRuns.ts';

export type LanguageIssue = { field: string; message: string };

/** Problems of one bilingual text (field: where it stands, e.g. "properties.location_note"). */
export function bilingualIssues(field: string, text: Bilingual): LanguageIssue[] {
  const prose = englishProse(text.zh);
  return prose.length ? [{ field: `${field}.zh`, message: `the Chinese version has English prose: "${prose.join('", "')}"` }] : [];
}

export function englishNameIssues(field: string, name: string): LanguageIssue[] {
  const out: LanguageIssue[] = [];
  if (hasCjk(name)) out.push({ field, message: `an English name must not contain Chinese characters: "${name}"` });
  if (name.includes('?')) out.push({ field, message: `an English name must not contain a question mark (say the doubt in a note): "${name}"` });
  return out;
}
