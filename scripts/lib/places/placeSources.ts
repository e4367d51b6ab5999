// A place's sources as the data carry them: a title in both languages (the Chinese from
// seeds/notes-zh.json when the title has Latin text) and a URL when the gazetteer gives a real one.
import type { Bilingual } from '../../../src/data/planSchema.ts';
import type { Source } from '../../../src/data/placeSchema.ts';
import type { GazSource } from './placeSeeds.ts';

export interface SourceTitles {
  /** English (or mixed) title → its Chinese version. */
  zh: Readonly<Record<string, string>>;
  /** Where those come from, for the error message. */
  file: string;
}

/** A source title in both languages: Latin text needs its Chinese version. */
export function bilingualTitle(en: string, where: string, titles: SourceTitles): Bilingual {
  const zh = titles.zh[en];
  if (zh !== undefined) return { zh, en };
  if (/[A-Za-z]/.test(en)) throw new Error(`${where}: source "${en}" has no Chinese version in ${titles.file} (source_title)`);
  return { zh: en, en };
}

/** A gazetteer source as the data's Source: where in it joins the title, and so does a URL that is not one. */
export function toSource(s: GazSource | string, where: string, titles: SourceTitles): Source {
  if (typeof s === 'string') return { title: bilingualTitle(s, where, titles) };
  let title = s.title;
  if (s.where) title += ` — ${s.where}`;
  const url = typeof s.url === 'string' && /^https?:\/\/\S+$/.test(s.url) ? s.url : undefined;
  if (typeof s.url === 'string' && !url) title += ` — ${s.url}`;
  return url ? { title: bilingualTitle(title, where, titles), url } : { title: bilingualTitle(title, where, titles) };
}

/** The sources without repeats (same English title and URL), first kept. */
export function uniqueSources(list: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.title.en}|${s.url ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
