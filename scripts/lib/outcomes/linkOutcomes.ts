// seeds/outcomes.json → data/outcomes.json (each figure numbered O01 … in seed order, with how its
// quote writes it) and data/searches.json (the searches as they are: only a target's panel and the
// brief read them, so they are kept out of the first load). Pure: build:outcomes reads and writes.
import type { SeedFigure, SeedOutcomes } from './outcomeSeeds.ts';

/**
 * The figure as the quote writes it: the value itself, or in 家 where the value is in 万家.
 * @example quotedForm({ value: 1.2099, unit: '万家', quote: '…12099家…' }) // → { number: '12099', unit: '家', factor: 10000 }
 */
export function quotedForm(s: Pick<SeedFigure, 'value' | 'unit' | 'quote' | 'target' | 'year'>): { number: string; unit: string; factor: number } {
  const plain = String(s.value);
  if (s.quote.includes(plain)) return { number: plain, unit: s.unit, factor: 1 };
  if (s.unit === '万家') {
    const n = String(Math.round(s.value * 10000));
    if (s.quote.includes(n)) return { number: n, unit: '家', factor: 10000 };
  }
  throw new Error(`seeds/outcomes.json: ${s.target} ${s.year}: value ${s.value} not found in its quote`);
}

export const PROVENANCE =
  'Actual figures for the plan\u2019s targets from public sources (seeds/outcomes.json, seeds/outcomes-notes.md): NOT from the plan. ' +
  'Each keeps its quote and source; `comparable` is false where the source measures something else than the target, with what it measures and why. ' +
  'data/searches.json lists, per target and year with no comparable figure, the queries tried. Built by scripts/build-outcomes.ts.';

export const SEARCHES_PROVENANCE =
  'Per target and year of the plan with no comparable figure in data/outcomes.json, the queries tried (seeds/outcomes.json): NOT from the plan. ' +
  'Apart from the figures because only a target’s panel and the brief show them (fetched when first needed). Built by scripts/build-outcomes.ts.';

export function linkOutcomes(seeds: SeedOutcomes) {
  const outcomes = seeds.figures.map((s, i) => ({
    id: `O${String(i + 1).padStart(2, '0')}`,
    target: s.target,
    year: s.year,
    ...(s.year > 2021 ? { after_period: true } : {}),
    value: s.value,
    unit: s.unit,
    qualifier: s.qualifier,
    comparable: s.comparable,
    ...(s.measures ? { measures: s.measures } : {}),
    ...(s.comparable_why_not ? { comparable_why_not: s.comparable_why_not } : {}),
    quoted: quotedForm(s),
    quote: s.quote,
    source: { title: s.source_title, outlet: s.outlet, url: s.source_url, date: s.source_date, repost: s.is_repost },
    confidence: s.confidence,
    ...(s.note ? { note: s.note } : {}),
  }));
  const searches = seeds.searches.map((s) => ({ target: s.target, year: s.year, queries: s.queries_tried, note: s.note }));
  return {
    outcomes: { provenance: PROVENANCE, searched_on: seeds.searched_on, outcomes },
    searches: { provenance: SEARCHES_PROVENANCE, searched_on: seeds.searched_on, searches },
  };
}
