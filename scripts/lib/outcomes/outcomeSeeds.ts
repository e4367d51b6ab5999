// The shapes of seeds/outcomes.json (researched actual figures) and seeds/outcomes-targets.json (the
// target each one answers), checked when build:outcomes reads them.
import { z } from 'zod';

export const SeedOutcome = z
  .object({
    indicator_zh: z.string().min(1),
    /** Names the plan target the figure answers (a key of seeds/outcomes-targets.json). */
    plan_target_key: z.string().min(1),
    year: z.number().int(),
    value: z.number(),
    value_qualifier: z.string().min(1),
    unit: z.string().min(1),
    source_title: z.string().min(1),
    /** "<url> — <publisher>", or only one of them. */
    source_url_or_publisher: z.string().min(1),
    source_date: z.string().min(1),
    /** The source's own words; the value must stand in it. */
    quote: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  })
  .strict();
export type SeedOutcome = z.infer<typeof SeedOutcome>;
export const SeedOutcomes = z.array(SeedOutcome);

export const OutcomeTargets = z
  .object({
    about: z.string(),
    /** plan_target_key → target id in data/plan.json. */
    targets: z.record(z.string().min(1), z.string().regex(/^(G\d+|A[1-8])-T\d+$/, { message: 'must be a target id such as "A3-T1" or "G1-T1"' })),
  })
  .strict();
