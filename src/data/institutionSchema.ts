// Zod schema of data/institutions.geojson (built by scripts/build-institutions.ts from
// seeds/institutions.json): the institutions the plan's targets count — state key labs (A1-T3),
// Guangdong provincial labs (A1-T2), national innovation centres (A5-T1/T2/T3) and national enterprise
// technology centres (A5-T4). Each has sources (address and quote); a district only where a source
// gives it; a point only where a source gives its site (basis and confidence stated), else null.
import { z } from 'zod';
import { GUANGZHOU_DISTRICT_NAMES } from './vocab.ts';
import { Bilingual } from './planSchema.ts';
import { LonLat } from './placeSchema.ts';

export const INSTITUTIONS_FILE = 'data/institutions.geojson';

/** Each kind and the plan target(s) it counts toward (data/plan.json target ids). */
export const INSTITUTION_KIND_TARGETS = {
  'state-key-lab': ['A1-T3'],
  'provincial-lab': ['A1-T2'],
  'technology-innovation-centre': ['A5-T1'],
  'industry-innovation-centre': ['A5-T2'],
  'manufacturing-innovation-centre': ['A5-T3'],
  'enterprise-technology-centre': ['A5-T4'],
} as const satisfies Record<string, readonly string[]>;
export type InstitutionKind = keyof typeof INSTITUTION_KIND_TARGETS;
export const INSTITUTION_KINDS = Object.keys(INSTITUTION_KIND_TARGETS) as [InstitutionKind, ...InstitutionKind[]];

const KEBAB = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });
const TARGET_ID = z.string().regex(/^A[1-8]-T\d+$/, { message: 'must be a target id such as "A1-T3"' });

export const InstitutionSource = z
  .object({
    url: z.string().regex(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' }),
    /** The words of the source that support the record, as written there. */
    quote: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict();
export type InstitutionSource = z.infer<typeof InstitutionSource>;

export const InstitutionProps = z
  .object({
    id: KEBAB,
    kind: z.enum(INSTITUTION_KINDS),
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    /** Toneless pinyin of name_zh (made by build:institutions), for search. */
    name_pinyin: z.string().regex(/^[a-z ]+$/, { message: 'lower-case toneless pinyin, words separated by spaces' }),
    host: Bilingual,
    /** A Guangzhou district where a source gives it (or an address in it); null: district unknown. */
    district: z.enum(GUANGZHOU_DISTRICT_NAMES).nullable(),
    /** The campus or site, named, where sourced. */
    site: Bilingual.nullable(),
    confidence: z.enum(['high', 'medium', 'low']),
    /** How the point was placed, or why there is none. */
    coord_basis: Bilingual,
    /** The year approved (or recognised), where sourced. */
    approved: z.number().int().min(1949).max(2030).nullable(),
    /** Existing before 2019 (the plan's first year), where sourced; null: not known. */
    before_2019: z.boolean().nullable(),
    year_note: Bilingual,
    targets: z.array(TARGET_ID).min(1),
    /** A counting caveat (a joint lab, a status not confirmed …). */
    caveat: Bilingual.nullable(),
    sources: z.array(InstitutionSource).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    const want: readonly string[] = INSTITUTION_KIND_TARGETS[p.kind];
    if (!p.targets.every((t) => want.includes(t))) {
      ctx.addIssue({ code: 'custom', path: ['targets'], message: `a ${p.kind} counts toward ${want.join(', ')}; found ${p.targets.join(', ')}` });
    }
    if (p.approved !== null && p.before_2019 !== null && p.approved < 2019 !== p.before_2019) {
      ctx.addIssue({ code: 'custom', path: ['before_2019'], message: `approved ${p.approved} and before_2019 ${String(p.before_2019)} disagree` });
    }
  });
export type InstitutionProps = z.infer<typeof InstitutionProps>;

export const InstitutionFeature = z
  .object({
    type: z.literal('Feature'),
    id: KEBAB,
    geometry: z
      .object({ type: z.literal('Point'), coordinates: LonLat })
      .strict()
      .nullable(),
    properties: InstitutionProps,
  })
  .strict();
export type InstitutionFeature = z.infer<typeof InstitutionFeature>;

/** A figure the sources give without a list (35 national enterprise technology centres). */
export const InstitutionTotal = z
  .object({
    target: TARGET_ID,
    value: z.number().int().positive(),
    as_of: z.string().regex(/^\d{4}(-\d{2})?$/, { message: 'must be YYYY or YYYY-MM' }),
    note: Bilingual,
    sources: z.array(InstitutionSource).min(1),
  })
  .strict();
export type InstitutionTotal = z.infer<typeof InstitutionTotal>;

export const InstitutionsFile = z
  .object({
    type: z.literal('FeatureCollection'),
    provenance: z.record(z.string(), z.unknown()),
    totals: z.array(InstitutionTotal),
    features: z.array(InstitutionFeature),
  })
  .strict();
export type InstitutionsFile = z.infer<typeof InstitutionsFile>;
