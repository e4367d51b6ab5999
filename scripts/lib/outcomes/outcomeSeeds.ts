// The shape of seeds/outcomes.json: researched actual figures (each with the quote it stands in) and,
// per target and year where no comparable figure was found, the queries tried. Checked when
// build:outcomes reads it.
import { z } from 'zod';

const TargetId = z.string().regex(/^(G\d+|A[1-8])-T\d+$/, { message: 'must be a target id such as "A3-T1" or "G1-T1"' });
const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
/** How a source states a figure. */
export const Qualifier = z.enum(['=', 'about (rounded)', '> (突破)', '> (超过)', 'cumulative approvals']);

export const SeedFigure = z
  .object({
    target: TargetId,
    /** The year the figure describes (after 2021: after the plan period, shown apart). */
    year: z.number().int().min(2019).max(2030),
    value: z.number(),
    unit: z.string().min(1),
    qualifier: Qualifier,
    /** The researcher's fuller wording of the qualifier, kept for the record. */
    qualifier_as_researched: z.string().optional(),
    comparable: z.boolean(),
    /** What a non-comparable figure measures instead, and why it cannot be set beside the target. */
    measures: Bilingual.optional(),
    comparable_why_not: Bilingual.optional(),
    /** The source's own words; the value must stand in it. */
    quote: z.string().min(1),
    source_title: z.string().min(1),
    /** The outlet's name (an issuing body, a newspaper, or the site of a repost). */
    outlet: z.string().min(1),
    source_url: z.string().url(),
    source_date: z.string().min(1),
    is_repost: z.boolean(),
    publisher_note: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => f.comparable || (f.measures && f.comparable_why_not), {
    message: 'a figure that is not comparable says what it measures and why (measures, comparable_why_not)',
  });
export type SeedFigure = z.infer<typeof SeedFigure>;

export const SeedSearch = z
  .object({ target: TargetId, year: z.number().int().min(2019).max(2021), queries_tried: z.array(z.string().min(1)).min(1), note: z.string().min(1) })
  .strict();
export type SeedSearch = z.infer<typeof SeedSearch>;

export const SeedOutcomes = z
  .object({ about: z.string().min(1), searched_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), figures: z.array(SeedFigure), searches: z.array(SeedSearch) })
  .strict();
export type SeedOutcomes = z.infer<typeof SeedOutcomes>;
