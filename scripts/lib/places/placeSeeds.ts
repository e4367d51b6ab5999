// The shapes of what build:places reads from seeds/: the gazetteer (kept as received; only the fields
// the build uses are read), our Chinese notes, and the editorial tables that add to or correct it.
import { z } from 'zod';
import { Bilingual } from '../../../src/data/planSchema.ts';
import { PlaceKind } from '../../../src/data/placeSchema.ts';

const KEBAB = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a kebab-case place id' });
const Both = Bilingual.strict();

/** A source as the gazetteer cites it: a title (and where in it, a URL), or only a title. */
export const GazSource = z.object({
  /** For an area's `source` to name it. */
  id: z.string().optional(),
  title: z.string().min(1),
  url: z.string().nullable().optional(),
  where: z.string().optional(),
});
export type GazSource = z.infer<typeof GazSource>;

export const GazRecord = z.object({
  id: KEBAB,
  name_zh: z.string().min(1),
  named_in_plan: z.boolean(),
  name_en: z.string().min(1),
  name_en_status: z.enum(['official', 'official (later name)', 'translation']),
  kind: PlaceKind,
  /** A Guangzhou district, "outside Guangzhou (<city>)", or null. */
  district: z.string().nullable(),
  district_other: z.array(z.string()),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  coord_precision: z.string().min(1),
  uncertainty_km: z.number().nullable(),
  extent: z.unknown(),
  confidence: z.enum(['high', 'medium', 'low']),
  coord_method: z.string().min(1),
  sources: z.array(z.union([GazSource, z.string().min(1)])).min(1),
  notes: z.string().optional(),
});
export type GazRecord = z.infer<typeof GazRecord>;
export const Gazetteer = z.array(GazRecord);

/** seeds/notes-zh.json: our Chinese versions of the gazetteer's English texts. */
export const NotesZh = z
  .object({
    about: z.string(),
    /** Per place: the English note it translates (the build fails when that changes), and the Chinese. */
    location_note: z.record(z.string(), z.object({ en: z.string(), zh: z.string() }).strict()),
    /** English source title → Chinese. */
    source_title: z.record(z.string(), z.string()),
  })
  .strict();
export type NotesZh = z.infer<typeof NotesZh>;

export const PlacesAdded = z.object({ about: z.string(), records: z.array(GazRecord) }).strict();

export const PlaceTerms = z
  .object({
    about: z.string(),
    /** How the plan names every node. */
    nodes: z.array(z.string().min(1)).min(1),
    places: z.record(KEBAB, z.object({ terms: z.array(z.string().min(1)).min(1), why: z.string().min(1), context_only: z.literal(true).optional() }).strict()),
  })
  .strict();
export type PlaceTerms = z.infer<typeof PlaceTerms>;

export const PlaceGroups = z
  .object({
    about: z.string(),
    three_cities_one_zone: z.array(KEBAB).min(1),
    /** Place id → the 2017 core it stands for. */
    corridor_cores: z.record(KEBAB, Both),
    notes: z.object({ 'three-cities-one-zone': Both, 'thirteen-nodes': Both, 'corridor-cores': Both, context: Both }).strict(),
  })
  .strict();
export type PlaceGroups = z.infer<typeof PlaceGroups>;

const Area = z
  .object({
    area_km2: z.number().positive(),
    /** The id of one of the record's sources, or a source of its own. */
    source: z.union([z.string().min(1), z.object({ title: z.string().min(1), url: z.string().regex(/^https?:\/\/\S+$/) }).strict()]),
    note: z.string().min(1),
  })
  .strict();
export type Area = z.infer<typeof Area>;
export const PlaceAreas = z.object({ about: z.string(), areas: z.record(KEBAB, Area), kept_as_points: z.record(KEBAB, z.string().min(1)) }).strict();
export type PlaceAreas = z.infer<typeof PlaceAreas>;

const Correction = z
  .object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90), uncertainty_km: z.number().positive(), why: Both })
  .strict();
export type Correction = z.infer<typeof Correction>;
export const PlaceCorrections = z
  .object({
    about: z.string(),
    points: z.record(KEBAB, Correction),
    name_en: z.record(KEBAB, z.object({ name_en: z.string().min(1), why: z.string().min(1) }).strict()),
  })
  .strict();
export type PlaceCorrections = z.infer<typeof PlaceCorrections>;

const Segment = z.tuple([KEBAB, KEBAB]);
export const CorridorRoutes = z
  .object({
    about: z.string(),
    gz_section: z
      .object({
        off_belt: z.array(KEBAB).min(1),
        /** {off_belt}: the off-belt places' names. */
        note: Both,
        /** Appended when members have no location; {skipped}: their names. */
        not_drawn: Both,
      })
      .strict(),
    routes: z.record(z.enum(['sui-shen-gang', 'sui-zhu-ao', 'guang-fo']), z.object({ segments: z.array(Segment).min(1), note: Both }).strict()),
  })
  .strict();
export type CorridorRoutes = z.infer<typeof CorridorRoutes>;

const SiteSource = z
  .object({
    title: Both,
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
      .optional(),
  })
  .strict();
/** seeds/places-sites.json: which kind of "no site" each unsited (or placeholder) place is, multi-campus counting, and the Bio Island rule. */
export const PlaceSites = z
  .object({
    about: z.string(),
    places: z.record(
      KEBAB,
      z
        .object({
          site: z.enum(['not-physical', 'unknown', 'address']),
          /** The district a source gives, or null: the gazetteer's (unsourced) district is then dropped. */
          district: z.string().min(1).nullable(),
          why: Both.optional(),
          address: Both.optional(),
          /** The gazetteer's placeholder point is dropped, and why. */
          drop_point: Both.optional(),
          sources: z.array(SiteSource),
        })
        .strict()
        .superRefine((e, ctx) => {
          if (e.site === 'not-physical' && !e.why) ctx.addIssue({ code: 'custom', path: ['why'], message: 'a place that is not a physical site says why' });
          if ((e.site === 'address') !== (e.address !== undefined))
            ctx.addIssue({ code: 'custom', path: ['address'], message: 'an address, and only for site "address"' });
          if ((e.district !== null || e.site !== 'unknown') && e.sources.length === 0)
            ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a sourced district, address or verdict cites its sources' });
        }),
    ),
    /** Multi-campus institutions: every campus (the first in the place's own district), counted in each district. */
    campuses: z.record(
      KEBAB,
      z.object({ campuses: z.array(z.object({ district: z.string().min(1), campus: Both }).strict()).min(2), sources: z.array(SiteSource).min(1) }).strict(),
    ),
    /** Places whose administrative district differs from the zone that runs them: the rule used to count them, stated. */
    district_rules: z.record(KEBAB, z.object({ rule: Both }).strict()),
  })
  .strict();
export type PlaceSites = z.infer<typeof PlaceSites>;
