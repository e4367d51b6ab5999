// data/outcomes.json: actual 2019–2021 figures from public sources, to set beside the plan's targets.
// Not from the plan: each record carries its own quote and source, and says whether it measures the
// same thing as the target (comparable) or only something near it.
import { z } from 'zod';
import type { Plan, Target } from './planSchema.ts';
import { zodProblems, type Problem } from './problem.ts';

export const Outcome = z
  .object({
    id: z.string().regex(/^O\d{2}$/),
    /** The plan target it answers (G1-T1, A3-T1 …). */
    target: z.string().regex(/^(A[1-8]|G[1-3])-T\d+$/),
    year: z.union([z.literal(2019), z.literal(2020), z.literal(2021)]),
    /** In the target's unit when comparable, else in `unit`. */
    value: z.number(),
    unit: z.string().min(1),
    /** Same indicator and unit as the target: the two can be set side by side. */
    comparable: z.boolean(),
    /** How the source states it: "=", "about (rounded)", "> (突破)", "cumulative approvals". */
    qualifier: z.string().min(1),
    indicator_zh: z.string().min(1),
    /** The figure exactly as the quote writes it, and how it became `value` when the units differ. */
    quoted: z.object({ number: z.string().regex(/^\d+(\.\d+)?$/), unit: z.string().min(1), factor: z.number().positive() }).strict(),
    quote: z.string().min(1),
    source: z.object({ title: z.string().min(1), where: z.string().min(1), date: z.string().min(1) }).strict(),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  })
  .strict();
export type Outcome = z.infer<typeof Outcome>;

export const Outcomes = z.object({ provenance: z.string().min(1), outcomes: z.array(Outcome) }).strict();
export type Outcomes = z.infer<typeof Outcomes>;

function targetsById(plan: Plan): Map<string, Target> {
  const m = new Map<string, Target>();
  for (const g of plan.goals) for (const t of g.targets) m.set(t.id, t);
  for (const a of plan.actions) for (const t of a.targets) m.set(t.id, t);
  return m;
}

export function validateOutcomes(raw: unknown, plan: Plan, file = 'data/outcomes.json'): Problem[] {
  const r = Outcomes.safeParse(raw);
  if (!r.success) return zodProblems(file, r.error.issues, raw);
  const problems: Problem[] = [];
  const add = (id: string, field: string, message: string) => problems.push({ file, id, field, message });
  const targets = targetsById(plan);
  const seen = new Set<string>();
  for (const o of r.data.outcomes) {
    if (seen.has(o.id)) add(o.id, 'id', `id "${o.id}" is used more than once`);
    seen.add(o.id);
    const t = targets.get(o.target);
    if (!t) add(o.id, 'target', `no plan target "${o.target}"`);
    else if (o.comparable && o.unit !== t.unit) add(o.id, 'unit', `a comparable figure must be in the target's unit "${t.unit}", found "${o.unit}"`);
    // The figure must stand in its quote, as a whole number, and convert to `value`.
    const at = o.quote.indexOf(o.quoted.number);
    const whole = at >= 0 && !/[0-9.]/.test(o.quote[at - 1] ?? '') && !/[0-9]/.test(o.quote[at + o.quoted.number.length] ?? '');
    if (!whole) add(o.id, 'quoted.number', `expected ${o.quoted.number} to stand in the quote`);
    if (Math.abs(Number(o.quoted.number) / o.quoted.factor - o.value) > 1e-9) {
      add(o.id, 'value', `${o.quoted.number} ${o.quoted.unit} ÷ ${o.quoted.factor} is not ${o.value}`);
    }
  }
  return problems;
}
