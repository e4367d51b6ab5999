// data/outcomes.json: actual figures from public sources, to set beside the plan's targets; and
// data/searches.json: the searches that found none (read only by a target's panel and the brief, so
// kept out of the first load and fetched when first needed: docs/performance.md). Not from the plan: each figure carries its own quote and source, and says
// whether it measures the same thing as the target (comparable) or what it measures instead and why.
import { z } from 'zod';
import type { Plan, Target } from './planSchema.ts';
import { zodProblems, type Problem } from './problem.ts';

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const Outcome = z
  .object({
    id: z.string().regex(/^O\d{2}$/),
    /** The plan target it answers (G1-T1, A3-T1 …). */
    target: z.string().regex(/^(A[1-8]|G[1-3])-T\d+$/),
    /** The year the figure describes; after 2021 it is after the plan period (and says so). */
    year: z.number().int().min(2019).max(2030),
    after_period: z.literal(true).optional(),
    /** In the target's unit when comparable, else in `unit`. */
    value: z.number(),
    unit: z.string().min(1),
    /** How the source states it. */
    qualifier: z.enum(['=', 'about (rounded)', '> (突破)', '> (超过)', 'cumulative approvals']),
    /** Same indicator and unit as the target: the two can be set side by side. */
    comparable: z.boolean(),
    measures: Bilingual.optional(),
    comparable_why_not: Bilingual.optional(),
    /** The figure exactly as the quote writes it, and how it became `value` when the units differ. */
    quoted: z.object({ number: z.string().regex(/^\d+(\.\d+)?$/), unit: z.string().min(1), factor: z.number().positive() }).strict(),
    quote: z.string().min(1),
    source: z.object({ title: z.string().min(1), outlet: z.string().min(1), url: z.string().url(), date: z.string().min(1), repost: z.boolean() }).strict(),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  })
  .strict();
export type Outcome = z.infer<typeof Outcome>;

/** Where no comparable figure was found for a target in a year: the queries tried. */
export const Search = z
  .object({
    target: z.string().regex(/^(A[1-8]|G[1-3])-T\d+$/),
    year: z.number().int().min(2019).max(2021),
    queries: z.array(z.string().min(1)).min(1),
    note: z.string().min(1),
  })
  .strict();
export type Search = z.infer<typeof Search>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Outcomes = z.object({ provenance: z.string().min(1), searched_on: Day, outcomes: z.array(Outcome) }).strict();
export type Outcomes = z.infer<typeof Outcomes>;

export const SearchesFile = z.object({ provenance: z.string().min(1), searched_on: Day, searches: z.array(Search) }).strict();
export type SearchesFile = z.infer<typeof SearchesFile>;

export const OUTCOME_FILES = { outcomes: 'data/outcomes.json', searches: 'data/searches.json' } as const;

export function targetsById(plan: Plan): Map<string, Target> {
  const m = new Map<string, Target>();
  for (const g of plan.goals) for (const t of g.targets) m.set(t.id, t);
  for (const a of plan.actions) for (const t of a.targets) m.set(t.id, t);
  return m;
}

/** Both files together: a yearly value of the plan needs a comparable figure in one or a search in the other. */
export function validateOutcomes(raw: unknown, rawSearches: unknown, plan: Plan, files: { outcomes: string; searches: string } = OUTCOME_FILES): Problem[] {
  const r = Outcomes.safeParse(raw);
  const rs = SearchesFile.safeParse(rawSearches);
  if (!r.success || !rs.success)
    return [
      ...(r.success ? [] : zodProblems(files.outcomes, r.error.issues, raw)),
      ...(rs.success ? [] : zodProblems(files.searches, rs.error.issues, rawSearches)),
    ];
  const problems: Problem[] = [];
  const add = (id: string, field: string, message: string, file: string = files.outcomes) => problems.push({ file, id, field, message });
  if (rs.data.searched_on !== r.data.searched_on)
    add('-', 'searched_on', `expected the day of ${files.outcomes} (${r.data.searched_on}): both files come from one search`, files.searches);
  const targets = targetsById(plan);
  const seen = new Set<string>();
  /** target|year pairs with a comparable figure in the plan period. */
  const found = new Set<string>();
  for (const o of r.data.outcomes) {
    if (seen.has(o.id)) add(o.id, 'id', `id "${o.id}" is used more than once`);
    seen.add(o.id);
    const t = targets.get(o.target);
    if (!t) add(o.id, 'target', `no plan target "${o.target}"`);
    else if (o.comparable && o.unit !== t.unit) add(o.id, 'unit', `a comparable figure must be in the target's unit "${t.unit}", found "${o.unit}"`);
    if (!o.comparable && (!o.measures || !o.comparable_why_not))
      add(o.id, 'comparable_why_not', 'a figure that is not comparable says what it measures and why');
    if (o.year > 2021 !== (o.after_period === true)) add(o.id, 'after_period', `a figure of ${o.year} is ${o.year > 2021 ? '' : 'not '}after the plan period`);
    // The figure must stand in its quote, as a whole number, and convert to `value`.
    const at = o.quote.indexOf(o.quoted.number);
    const whole = at >= 0 && !/[0-9.]/.test(o.quote[at - 1] ?? '') && !/[0-9]/.test(o.quote[at + o.quoted.number.length] ?? '');
    if (!whole) add(o.id, 'quoted.number', `expected ${o.quoted.number} to stand in the quote`);
    if (Math.abs(Number(o.quoted.number) / o.quoted.factor - o.value) > 1e-9) {
      add(o.id, 'value', `${o.quoted.number} ${o.quoted.unit} ÷ ${o.quoted.factor} is not ${o.value}`);
    }
    if (o.comparable && o.year <= 2021) found.add(`${o.target}|${o.year}`);
  }
  // Every yearly value of the plan has a comparable figure or a record of the search that found none.
  const searched = new Set<string>();
  for (const s of rs.data.searches) {
    const key = `${s.target}|${s.year}`;
    const t = targets.get(s.target);
    if (!t) add(key, 'target', `no plan target "${s.target}"`, files.searches);
    else if (t.values[String(s.year) as '2019'] === undefined) add(key, 'year', `the plan sets no ${s.year} value for ${s.target}`, files.searches);
    if (searched.has(key)) add(key, 'target', 'searched twice', files.searches);
    searched.add(key);
  }
  for (const [id, t] of targets) {
    for (const y of ['2019', '2020', '2021'] as const) {
      if (t.values[y] === undefined) continue;
      const key = `${id}|${y}`;
      if (!found.has(key) && !searched.has(key))
        add(key, 'searches', `no comparable figure for ${id} in ${y}, and no record of the search in ${files.searches}`, files.searches);
    }
  }
  return problems;
}
