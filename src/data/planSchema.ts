// Zod schema of data/plan.json: the plan as data. The rest of the code trusts these types.
import { z } from 'zod';

/** 1-based, inclusive line range into seeds/plan-2019-2021.txt. */
export const Lines = z.tuple([z.number().int().min(1), z.number().int().min(1)]).refine(([a, b]) => a <= b, { message: 'line range must have from <= to' });
export type Lines = z.infer<typeof Lines>;

export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
// The schema checks the shape; the type is the app's one bilingual text (src/i18n/lang.ts).
export type Bilingual = import('../i18n/lang.ts').Bilingual;

/** A value as the plan writes it: a number, or a range such as 1～2 written as [1, 2]. */
export const Value = z.union([z.number(), z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, { message: 'range must have min < max' })]);
export type Value = z.infer<typeof Value>;

/** How the plan qualifies a figure, in its own words. */
export const Qualifier = z.enum(['达', '超过', '力争', '累计', '以上', '突破', '左右', '争取', '争创']);
export type Qualifier = z.infer<typeof Qualifier>;

import { YEARS, type Year } from './vocab.ts';
export { YEARS, type Year };

const perYear = <T extends z.ZodType>(t: T) => z.object({ '2019': t.optional(), '2020': t.optional(), '2021': t.optional() }).strict();

export const Target = z
  .object({
    id: z.string().regex(/^(A[1-8]|G[1-3])-T\d+$/),
    indicator: Bilingual,
    unit: z.string().min(1),
    /** The yearly targets (2019—2021年分年度目标), or the goal year for overall goals. */
    values: perYear(Value),
    qualifiers: perYear(z.array(Qualifier)),
    /** Where each yearly value is written. */
    yearLines: perYear(Lines),
    /** The end-of-2021 figure as the 工作目标 paragraph states it, when it does. */
    goal: z
      .object({ value: Value, qualifiers: z.array(Qualifier), lines: Lines })
      .strict()
      .optional(),
    /** Span covering every line above. */
    lines: Lines,
  })
  .strict();
export type Target = z.infer<typeof Target>;

export const Instrument = z
  .object({
    id: z.string().regex(/^(A[1-8]|S[1-3])-\d+-I\d+$/),
    /** What the money or rate is for. */
    description: Bilingual,
    kind: z.enum(['fund', 'grant', 'reward', 'subsidy', 'cap', 'share', 'duration']),
    /** One or more figures as written, e.g. [50, 50, 30] for national / provincial / municipal. */
    values: z.array(Value).min(1),
    unit: z.enum(['万元', '%', '年']),
    /** The plan's qualifying words (每年, 左右, 最高不超过, 不超过, 不高于, 不少于 …). */
    qualifier: z.string().optional(),
    /** Per what: a year, a project, an enterprise … */
    per: Bilingual.optional(),
    lines: Lines,
  })
  .strict();
export type Instrument = z.infer<typeof Instrument>;

export const Task = z
  .object({
    id: z.string().regex(/^(A[1-8]|S[1-3])-\d+$/),
    title: Bilingual,
    /** The 责任单位 list exactly as the plan writes it (inside the parentheses). */
    responsibleAsWritten: z.string().min(1),
    responsible: z.array(z.string()).min(1),
    places: z.array(z.string()),
    instruments: z.array(Instrument),
    lines: Lines,
  })
  .strict();
export type Task = z.infer<typeof Task>;

export const Action = z
  .object({
    id: z.string().regex(/^A[1-8]$/),
    numeral: z.string().min(1),
    title: Bilingual,
    /** Lines of the 工作目标 paragraph and of the 分年度目标 block. */
    goalLines: Lines,
    yearlyLines: Lines,
    targets: z.array(Target).min(1),
    tasks: z.array(Task).min(1),
    lines: Lines,
  })
  .strict();
export type Action = z.infer<typeof Action>;

export const Support = z
  .object({
    id: z.string().regex(/^S[1-3]$/),
    numeral: z.string().min(1),
    title: Bilingual,
    tasks: z.array(Task).min(1),
    lines: Lines,
  })
  .strict();
export type Support = z.infer<typeof Support>;

export const Measure = z.object({ id: z.string().regex(/^M[1-4]$/), numeral: z.string(), title: Bilingual, lines: Lines }).strict();
export type Measure = z.infer<typeof Measure>;

export const Goal = z
  .object({
    id: z.string().regex(/^G[1-3]$/),
    year: z.number().int(),
    title: Bilingual,
    /** The ——-lines of each step, in the plan's words and in English. */
    statements: z.array(z.object({ text: Bilingual, lines: Lines }).strict()),
    targets: z.array(Target),
    /** Fields of the 超两千亿级 industry clusters (step one only). */
    industryClusters: z.array(Bilingual).optional(),
    lines: Lines,
  })
  .strict();
export type Goal = z.infer<typeof Goal>;

export const Unit = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: Bilingual,
    /** Every other way the plan writes this unit (e.g. 发展改革委, 市发展和改革委). */
    aliases: z.array(z.string()),
    level: z.enum(['municipal', 'district', 'other']),
    /** For a district government: the district it governs (Chinese name, e.g. 黄埔区). */
    district: z.string().optional(),
  })
  .strict()
  .refine((u) => (u.level === 'district') === (u.district !== undefined), {
    message: 'a district-level unit names its district, and only such a unit does',
    path: ['district'],
  });
export type Unit = z.infer<typeof Unit>;

export const Plan = z
  .object({
    source: z
      .object({
        file: z.literal('seeds/plan-2019-2021.txt'),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        title: Bilingual,
        status: z.literal('征求意见稿'),
        period: z.tuple([z.literal(2019), z.literal(2021)]),
      })
      .strict(),
    overview: z.object({ title: Bilingual, lines: Lines }).strict(),
    goals: z.array(Goal).length(3),
    actions: z.array(Action).length(8),
    supports: z.array(Support).length(3),
    measures: z.array(Measure),
    units: z.array(Unit).min(1),
  })
  .strict();
export type Plan = z.infer<typeof Plan>;
