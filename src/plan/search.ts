// Find features by Chinese or English name, alias or id, ranked so the likely target is first for keyboard use.
// Matching is plain string comparison (never RegExp built from the query), so any typed text is safe.

export interface Searchable {
  id: string;
  name_zh: string;
  name_en: string;
  aliases?: readonly string[];
}

export interface SearchHit<T> {
  item: T;
  /** Match tier, higher is better: 4 exact, 3 starts with query, 2 an English word starts with it, 1 substring. */
  score: number;
  field: 'name_zh' | 'name_en' | 'alias' | 'id';
}

const MAX_QUERY = 100;
const DEFAULT_LIMIT = 20;

/** NFKC so full-width input from Chinese IMEs (ＳＣＵＴ, １２３, full-width space) matches half-width names. */
export function normalizeQuery(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when q starts at a word boundary after the first character (e.g. 'knowledge' in 'china-singapore … knowledge city'). */
function wordStartsWith(text: string, q: string): boolean {
  for (let i = text.indexOf(q, 1); i > 0; i = text.indexOf(q, i + 1)) {
    if (!WORD_CHAR.test(text.charAt(i - 1))) return true;
  }
  return false;
}

function tier(text: string, q: string): number {
  if (text === q) return 4;
  if (text.startsWith(q)) return 3;
  if (wordStartsWith(text, q)) return 2;
  if (text.includes(q)) return 1;
  return 0;
}

/**
 * Words people type for the words of our names, each reduced to one form on both sides, so that
 * "biological island" finds "Bio Island" and "laboratory" finds "… Lab". Small on purpose: only
 * variants seen in the names (see test/unit/search.test.ts).
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  biological: 'bio',
  biology: 'bio',
  bioscience: 'bio',
  biotech: 'bio',
  laboratory: 'lab',
  laboratories: 'lab',
  labs: 'lab',
  univ: 'university',
  uni: 'university',
  universities: 'university',
  centre: 'center',
  centres: 'center',
  centers: 'center',
  ctr: 'center',
  intl: 'international',
  int: 'international',
  inst: 'institute',
  institutes: 'institute',
  institution: 'institute',
  sci: 'science',
  sciences: 'science',
  scientific: 'science',
  tech: 'technology',
  technologies: 'technology',
  technological: 'technology',
  gz: 'guangzhou',
  canton: 'guangzhou',
  isle: 'island',
  islands: 'island',
  macau: 'macao',
  hongkong: 'hong',
  cities: 'city',
  zones: 'zone',
  parks: 'park',
  towns: 'town',
};

/** Whole queries that mean another phrase (abbreviations, common names). */
export const PHRASES: Readonly<Record<string, readonly string[]>> = {
  sysu: ['sun yat-sen university', '中山大学'],
  中大: ['中山大学'],
  'university city': ['university town', '大学城'],
  'bio-island': ['bio island'],
  'ai lab': ['pazhou lab', '琶洲实验室'],
  'knowledge city': ['知识城'],
};

/** Words of a text, each in its canonical synonym form. */
function words(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => SYNONYMS[w] ?? w);
}

/** Every word of the query starts some word of the text (in any order), synonyms reduced. */
function allWordsMatch(textWords: readonly string[], qWords: readonly string[]): boolean {
  return qWords.length > 0 && qWords.every((q) => textWords.some((w) => w.startsWith(q)));
}

export function search<T extends Searchable>(items: readonly T[], query: string, limit = DEFAULT_LIMIT): SearchHit<T>[] {
  // Cut by code points so a surrogate pair is never split, then trim what the cut may have left.
  const q = Array.from(normalizeQuery(query)).slice(0, MAX_QUERY).join('').trimEnd();
  const max = Math.max(0, Math.floor(limit));
  if (q === '' || !(max > 0)) return [];
  const queries = [q, ...(PHRASES[q] ?? []).map(normalizeQuery)];
  // Word matching is for several words, or one word the synonym table knows ("laboratories");
  // a lone letter such as the "c" of "[c]" would match nearly everything.
  const qRaw = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const qWords = qRaw.length >= 2 || qRaw.some((w) => SYNONYMS[w]) ? words(q) : [];

  const ranked: { hit: SearchHit<T>; len: number; index: number }[] = [];
  items.forEach((item, index) => {
    // Per item keep the best tier, then the shortest matching text (which is what ranks the item);
    // on a full tie the earlier field wins, so the Chinese name is reported before the English one.
    const fields: [SearchHit<T>['field'], string][] = [
      ['name_zh', item.name_zh],
      ['name_en', item.name_en],
      ...(item.aliases ?? []).map((a): [SearchHit<T>['field'], string] => ['alias', a]),
      ['id', item.id],
    ];
    let best: { score: number; field: SearchHit<T>['field']; len: number } | undefined;
    for (const [field, raw] of fields) {
      const text = normalizeQuery(raw);
      let score = Math.max(...queries.map((x) => tier(text, x)));
      // Words in another order or another form ("biological island" → "Bio Island"): like a substring.
      if (score === 0 && allWordsMatch(words(text), qWords)) score = 1;
      if (score > 0 && (!best || score > best.score || (score === best.score && text.length < best.len))) {
        best = { score, field, len: text.length };
      }
    }
    if (best) ranked.push({ hit: { item, score: best.score, field: best.field }, len: best.len, index });
  });

  // Better tier first; then the shorter matched name (closer to what was typed); then input order.
  ranked.sort((a, b) => b.hit.score - a.hit.score || a.len - b.len || a.index - b.index);
  return ranked.slice(0, max).map((r) => r.hit);
}

/** Searchable forms of a name's pinyin: "zhong xin guang zhou" → itself, "zhongxinguangzhou", "zxgz". */
export function pinyinForms(spaced: string): string[] {
  const words = spaced.split(' ').filter(Boolean);
  return words.length ? [spaced, words.join(''), words.map((w) => w[0]).join('')] : [];
}
