// Links each researched figure to the plan target it answers, and says how its quote writes it.
// Pure: build:outcomes reads the files and writes what this returns.
import type { SeedOutcome } from './outcomeSeeds.ts';

/** What this needs of data/plan.json: the unit of every target. */
export interface PlanTargets {
  goals: ReadonlyArray<{ targets: ReadonlyArray<{ id: string; unit: string }> }>;
  actions: ReadonlyArray<{ targets: ReadonlyArray<{ id: string; unit: string }> }>;
}

export function targetUnits(plan: PlanTargets): Map<string, string> {
  const unitOf = new Map<string, string>();
  for (const g of plan.goals) for (const t of g.targets) unitOf.set(t.id, t.unit);
  for (const a of plan.actions) for (const t of a.targets) unitOf.set(t.id, t.unit);
  return unitOf;
}

/**
 * The figure as the quote writes it: the value itself, or in 家 where the value is in 万家.
 * @example quotedForm({ value: 1.14, unit: '万家', quote: '11400家', … }) // → { number: '11400', unit: '家', factor: 10000 }
 */
export function quotedForm(s: Pick<SeedOutcome, 'value' | 'unit' | 'quote' | 'plan_target_key' | 'year'>): { number: string; unit: string; factor: number } {
  const plain = String(s.value);
  if (s.quote.includes(plain)) return { number: plain, unit: s.unit, factor: 1 };
  if (s.unit === '万家') {
    const n = String(Math.round(s.value * 10000));
    if (s.quote.includes(n)) return { number: n, unit: '家', factor: 10000 };
  }
  throw new Error(`seeds/outcomes.json: ${s.plan_target_key} ${s.year}: value ${s.value} not found in its quote`);
}

/** data/outcomes.json: every figure (O01, O02 … in seed order) with its target, quote and source. */
export function linkOutcomes(seeds: readonly SeedOutcome[], targetOf: Readonly<Record<string, string>>, unitOf: ReadonlyMap<string, string>) {
  const outcomes = seeds.map((s, i) => {
    const target = targetOf[s.plan_target_key];
    if (!target) throw new Error(`seeds/outcomes.json: no target for plan_target_key "${s.plan_target_key}"`);
    const [url, publisher] = s.source_url_or_publisher.split(' — ');
    return {
      id: `O${String(i + 1).padStart(2, '0')}`,
      target,
      year: s.year,
      value: s.value,
      unit: s.unit,
      comparable: unitOf.get(target) === s.unit,
      qualifier: s.value_qualifier,
      indicator_zh: s.indicator_zh,
      quoted: quotedForm(s),
      quote: s.quote,
      source: { title: s.source_title, where: publisher ? `${url} (${publisher})` : s.source_url_or_publisher, date: s.source_date },
      confidence: s.confidence,
      ...(s.note ? { note: s.note } : {}),
    };
  });
  return {
    provenance:
      'Actual figures for 2019–2021 from public sources (seeds/outcomes.json and seeds/outcomes-notes.md): NOT from the plan. ' +
      'Each keeps its quote and source; `comparable` is false where the source measures something else than the target (e.g. a share of GDP against an absolute value). ' +
      'Built by scripts/build-outcomes.ts.',
    outcomes,
  };
}
