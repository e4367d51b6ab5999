// Figures of the plan for a reader: in Chinese exactly as the plan writes them (its own unit and
// qualifiers), in English with the qualifiers translated and 亿/万 converted (1200 亿元 → CNY 120
// billion, 1.2 万家 → 12,000 firms). Pure: the panels, the tour and the tests share it.
import type { Value } from '../data/planSchema.ts';

type Lang = 'zh' | 'en';

/** The plan's qualifying words in English, and whether they go after the figure (in English: after; in Chinese: zhAfter). */
const QUALIFIERS_EN: Record<string, { en: string; after?: true; zhAfter?: true }> = {
  达: { en: '' }, // "reach": the figure itself says it
  力争: { en: 'strive for' },
  争取: { en: 'aim for' },
  争创: { en: 'strive to win' },
  超过: { en: 'over' },
  突破: { en: 'over' },
  累计: { en: 'cumulative' },
  以上: { en: 'or more', after: true, zhAfter: true },
  左右: { en: 'about', zhAfter: true },
  // instruments
  每年: { en: 'per year', after: true },
  最高不超过: { en: 'at most' },
  不超过: { en: 'at most' },
  不高于: { en: 'no more than' },
  不少于: { en: 'at least' },
  连续滚动: { en: 'rolling' },
};

/** A qualifier in English ('' for 达, the word itself when unknown: nothing is silently dropped). */
export function qualifierEn(q: string): string {
  return QUALIFIERS_EN[q]?.en ?? q;
}

/** How an English reader gets a unit of the plan: multiply by factor, then write it in words. */
interface EnUnit {
  factor: number;
  /** For a table column: the unit of the converted numbers. */
  column: string;
  /** For prose: the converted amount as a number text and a template ("CNY # billion", "# firms"). */
  words: (n: number) => [string, string];
}
const num = (n: number, maxFrac = 2) => n.toLocaleString('en-US', { maximumFractionDigits: maxFrac });
/** Yuan as CNY with million/billion (the plan's 亿 = 100 million, 万 = 10,000). */
function yuan(y: number): [string, string] {
  if (Math.abs(y) >= 1e9) return [num(y / 1e9), 'CNY # billion'];
  if (Math.abs(y) >= 1e6) return [num(y / 1e6), 'CNY # million'];
  return [num(y), 'CNY #'];
}
const plain = (unit: string): EnUnit => ({ factor: 1, column: unit, words: (n) => [num(n), unit ? `# ${unit}` : '#'] });
const EN_UNITS: Record<string, EnUnit> = {
  亿元: { factor: 0.1, column: 'CNY billion', words: (n) => yuan(n * 1e9) },
  万元: { factor: 1e4, column: 'CNY', words: (n) => yuan(n) },
  万家: { factor: 1e4, column: 'firms', words: (n) => [num(n), '# firms'] },
  万人: { factor: 1e4, column: 'people', words: (n) => [num(n), '# people'] },
  人: plain('people'),
  家: plain(''), // a count of labs, firms …: the indicator names what is counted
  个: plain(''),
  年: plain('years'),
  '%': { factor: 1, column: '%', words: (n) => [num(n), '#%'] },
  '% of GDP': { factor: 1, column: '% of GDP', words: (n) => [num(n), '#% of GDP'] },
};
/** Units of other sources (data/outcomes.json) that the plan does not use, in Chinese. */
const ZH_UNITS: Record<string, string> = { '% of GDP': '%（占地区生产总值比重）' };
const zhUnit = (unit: string) => ZH_UNITS[unit] ?? unit;
const enUnit = (unit: string): EnUnit => EN_UNITS[unit] ?? plain(unit);
/** Avoids 1.2 × 10000 = 12000.000000000002. */
const scale = (n: number, f: number) => Math.round(n * f * 1e6) / 1e6;

/** The unit of a table column of this unit's figures ('' when a count needs none). */
export function columnUnit(unit: string, lang: Lang): string {
  return lang === 'zh' ? zhUnit(unit) : enUnit(unit).column;
}

/** A figure in a table column of columnUnit (no unit): 1200 亿元 → "1200" (zh), "120" (en). */
export function columnValue(v: Value | undefined, unit: string, lang: Lang): string {
  if (v === undefined) return '–';
  const f = lang === 'zh' ? 1 : enUnit(unit).factor;
  const one = (n: number) => (lang === 'zh' ? String(n) : num(scale(n, f), 6));
  return typeof v === 'number' ? one(v) : `${one(v[0])}–${one(v[1])}`;
}

/** Qualifiers of one figure in the reader's language, joined ('力争·以上' / 'strive for, or more'). */
export function qualifierLabel(qualifiers: readonly string[], lang: Lang): string {
  if (lang === 'zh') return qualifiers.join('·');
  return qualifiers.map(qualifierEn).filter(Boolean).join(', ');
}

/**
 * A whole figure as a phrase: zh as the plan writes it ("超过1.2万家", "65%左右"), en converted
 * ("over 12,000 firms", "about 65%", "strive for CNY 120 billion or more").
 */
export function formatFigure(v: Value, unit: string, qualifiers: readonly string[], lang: Lang): string {
  // 零的突破: the plan's way of saying "the first one" (a breakthrough from zero)
  if (v === 0 && qualifiers.includes('突破')) return lang === 'zh' ? '实现零的突破' : 'a first one (a breakthrough from zero)';
  if (lang === 'zh') {
    const n = typeof v === 'number' ? String(v) : `${v[0]}～${v[1]}`;
    const after = qualifiers.filter((q) => QUALIFIERS_EN[q]?.zhAfter);
    const before = qualifiers.filter((q) => !QUALIFIERS_EN[q]?.zhAfter);
    return `${before.join('')}${n}${zhUnit(unit)}${after.join('')}`;
  }
  const u = enUnit(unit);
  const fill = ([n, tpl]: [string, string]) => tpl.replace('#', n);
  let amount: string;
  if (typeof v === 'number') amount = fill(u.words(scale(v, u.factor)));
  else {
    // a range: "CNY 100–200 million" when both ends have the same words, else each in full
    const lo = u.words(scale(v[0], u.factor));
    const hi = u.words(scale(v[1], u.factor));
    amount = lo[1] === hi[1] ? hi[1].replace('#', `${lo[0]}–${hi[0]}`) : `${fill(lo)}–${fill(hi)}`;
  }
  const before = qualifiers
    .filter((q) => !QUALIFIERS_EN[q]?.after)
    .map(qualifierEn)
    .filter(Boolean);
  const after = qualifiers
    .filter((q) => QUALIFIERS_EN[q]?.after)
    .map(qualifierEn)
    .filter(Boolean);
  return [...before, amount, ...after].join(' ');
}
