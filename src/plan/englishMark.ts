// Where a phrase stands in a passage of the English translation, so the English quote marks what the
// Chinese one marks (src/ui/PlanPassage.tsx). The translation words a name or an indicator its own way
// ("National laboratories (preparing to build)" is "1 national laboratory" in the text; "Value added of
// strategic emerging industries" is "strategic emerging industries add value"), so after an exact match
// the closest short run of the text holding most of the phrase's words is taken. Pure.

/** The plan's shared terms as the translation writes them (a place not named itself is marked by its term). */
export const PLAN_TERM_EN: Readonly<Record<string, readonly string[]>> = {
  十三节点: ['thirteen nodes'],
  三城一区: ['three cities, one zone', 'three cities and one zone'],
  穗深港: ['Guangzhou-Shenzhen-Hong Kong'],
  穗珠澳: ['Guangzhou-Zhuhai-Macao'],
  广佛: ['Guangzhou-Foshan'],
};

/** Words that say nothing about which phrase is meant. */
const STOP = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'in',
  'as',
  'to',
  'for',
  'by',
  'with',
  'its',
  'their',
  'or',
  'on',
  'at',
  'from',
  'into',
  'formerly',
  'later',
]);

/** One word as compared: lower case, British spelling as the translation's, plural and -ed dropped. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/centre/g, 'center');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

const tokens = (s: string) => [...s.matchAll(/[A-Za-z0-9]+/g)].map((m) => ({ stem: stem(m[0]), start: m.index, end: m.index + m[0].length }));

/**
 * The variants of an English name worth looking for: the whole name, the name without its
 * parenthesis, and what the parenthesis holds ("formerly X", "later: X", another name).
 */
export function nameVariants(name: string): string[] {
  const out = [name];
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare && bare !== name) out.push(bare);
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    const inner = m[1]!.replace(/^(formerly|later:?|also|or)\s+/i, '').trim();
    if (inner.split(/\s+/).length >= 2) out.push(inner);
  }
  return out;
}

/** Dashes and quotes as plain ASCII, so "Guangzhou–Foshan" finds "Guangzhou-Foshan". */
const plain = (s: string) =>
  s
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();

/**
 * Where the best of `phrases` stands in `text`: [start, end) in `text`, or undefined. An exact match
 * (case, dashes and quotes aside) wins; else the shortest run of at most about twice the phrase's
 * length that holds the largest share of its words: two or more, and half of them or at least three.
 */
export function markEnglish(text: string, phrases: readonly string[]): [number, number] | undefined {
  const hay = plain(text);
  for (const p of phrases) {
    const i = p.trim() ? hay.indexOf(plain(p.trim())) : -1;
    if (i >= 0) return [i, i + p.trim().length];
  }
  const words = tokens(text);
  let best: { covered: number; share: number; span: number; start: number; end: number } | undefined;
  for (const p of phrases) {
    // A parenthesis says more than the text does ("(preparing to build)"): looked for without it.
    const want = new Set(
      tokens(p.replace(/\s*\([^)]*\)\s*/g, ' '))
        .map((t) => t.stem)
        .filter((w) => !STOP.has(w)),
    );
    if (want.size < 2) continue;
    const maxSpan = want.size * 2 + 3;
    for (let i = 0; i < words.length; i++) {
      if (!want.has(words[i]!.stem)) continue;
      const seen = new Set<string>();
      // A run stops at a gap of more than three words that are not the phrase's (small words aside).
      let gap = 0;
      for (let j = i; j < words.length && j - i < maxSpan; j++) {
        if (!want.has(words[j]!.stem)) {
          if (!STOP.has(words[j]!.stem) && ++gap > 3) break;
          continue;
        }
        gap = 0;
        seen.add(words[j]!.stem);
        const covered = seen.size;
        const share = covered / want.size;
        if (covered < 2 || (share < 0.5 && covered < 3)) continue;
        const span = j - i + 1;
        const better = !best || share > best.share || (share === best.share && (covered > best.covered || (covered === best.covered && span < best.span)));
        if (better) best = { covered, share, span, start: words[i]!.start, end: words[j]!.end };
      }
    }
  }
  return best ? [best.start, best.end] : undefined;
}

/**
 * What the English quote of a place's passage marks: its name (and the name's variants) when the plan
 * names it, else the term it stands under (十三节点: "thirteen nodes"), as the Chinese quote does.
 */
export function placeHighlightEn(p: { readonly named_in_plan: boolean; readonly name_en: string; readonly plan_terms: readonly string[] }): string[] {
  const term = p.plan_terms[0];
  if (p.named_in_plan || !term) return nameVariants(p.name_en);
  return [...(PLAN_TERM_EN[term] ?? []), ...nameVariants(p.name_en)];
}
