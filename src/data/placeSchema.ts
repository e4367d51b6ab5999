// Zod schemas of data/places.geojson and data/corridors.geojson (built by scripts/build-places.ts).
// A place is a gazetteer record traced to the plan: the phrases that name it (plan_terms), where they
// stand (lines) and the plan tasks/actions those lines belong to. A corridor is one segment (from → to)
// of a corridor the plan names; its route is an inference, said so in `note`.
import { z } from 'zod';
import { GUANGZHOU_DISTRICT_NAMES, CORRIDOR_IDS, SITE_KINDS, isGuangzhouDistrict, isGuangzhouPlace, type SiteKind } from './vocab.ts';
export { GUANGZHOU_DISTRICT_NAMES, CORRIDOR_IDS, SITE_KINDS, isGuangzhouDistrict, isGuangzhouPlace, type SiteKind };
import { Bilingual, Lines } from './planSchema.ts';

export const PLACE_KINDS = [
  'core-area',
  'node',
  'zone',
  'lab',
  'big-science-facility',
  'institute',
  'university',
  'campus',
  'tech-transfer',
  'talent',
  'innovation-centre',
  'industrial-park',
  'finance',
  'exchange',
  'court',
  'other',
  'context-city',
] as const;
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** Places outside Guangzhou carry their city's Chinese name as `district`. */
export const OUTSIDE_CITIES = ['深圳', '香港', '澳门', '东莞', '珠海', '中山', '佛山', '上海', '北京'] as const;
export const District = z.enum([...GUANGZHOU_DISTRICT_NAMES, ...OUTSIDE_CITIES]);
export type District = z.infer<typeof District>;

export const PLACE_GROUPS = ['three-cities-one-zone', 'thirteen-nodes', 'corridor-cores', 'context'] as const;
export const PlaceGroup = z.enum(PLACE_GROUPS);
export type PlaceGroup = z.infer<typeof PlaceGroup>;

export const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LonLat = z.infer<typeof LonLat>;

export const Source = z
  .object({
    /** As cited (en: the gazetteer's words; zh: our Chinese version, seeds/notes-zh.json). */
    title: Bilingual,
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
      .optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

const ACTION_ID = z.string().regex(/^A[1-8]$/, { message: 'must be an action id A1…A8' });
const TASK_ID = z.string().regex(/^(A[1-8]|S[1-3])-\d+$/, { message: 'must be a task id such as "A1-1" or "S2-3"' });
const KEBAB = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });

/** Which kind of "no site" a place without a sourced site is (seeds/places-sites.json). */
export const PlaceSite = z
  .object({
    /** not-physical: not a place at all (why says so); unknown: no source gives its site; address: a sourced address, not geocoded. */
    kind: z.enum(SITE_KINDS),
    why: Bilingual.optional(),
    address: Bilingual.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'not-physical' && !s.why) ctx.addIssue({ code: 'custom', path: ['why'], message: 'a place that is not a physical site says why' });
    if ((s.kind === 'address') !== (s.address !== undefined))
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'an address, and only for site kind "address"' });
  });
export type PlaceSite = z.infer<typeof PlaceSite>;

/** A campus in another district that the place is also counted in (multi-campus institutions). */
export const PlaceCampus = z.object({ district: District, campus: Bilingual }).strict();
export type PlaceCampus = z.infer<typeof PlaceCampus>;

export const PlaceProps = z
  .object({
    /** = the gazetteer id (kebab-case); also the feature's `id`. */
    id: KEBAB,
    kind: PlaceKind,
    /** As the plan writes it (装臵 kept). */
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    name_en_status: z.enum(['official', 'official (later name)', 'translation']),
    /** Toneless pinyin of name_zh (pinyin-pro at build time), for search. */
    name_pinyin: z.string().regex(/^[a-z ]+$/, { message: 'lower-case toneless pinyin, words separated by spaces' }),
    /** The literal phrases of the plan that name the place (usually [name_zh]). */
    plan_terms: z.array(z.string().min(1)).min(1),
    /** Does name_zh itself stand in the plan? */
    named_in_plan: z.boolean(),
    /** The plan names it in no way: drawn only as context (a city on a corridor the plan names). */
    context_only: z.literal(true).optional(),
    /** A Guangzhou district (黄埔区 …), a city outside Guangzhou (深圳 …), or null when unresolved. */
    district: District.nullable(),
    district_other: z.array(z.string().min(1)),
    /** Places with no sourced site: which kind of "no site". */
    site: PlaceSite.optional(),
    /** The campus in `district`, and campuses in other districts it is also counted in. */
    campuses: z.array(PlaceCampus).min(2).optional(),
    /** How the place is counted by district when its administrative district and the zone that runs it differ. */
    district_rule: Bilingual.optional(),
    actions: z.array(ACTION_ID),
    tasks: z.array(TASK_ID),
    /** Where the plan_terms stand in seeds/plan-2019-2021.txt. */
    lines: z.array(Lines).min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    uncertainty_km: z.number().positive().nullable(),
    /** How the point was placed (gazetteer coord_precision / coord_method), in both languages. */
    location_note: Bilingual,
    groups: z.array(PlaceGroup),
    /** Provenance of the group membership. */
    group_note: Bilingual.optional(),
    /** For a Polygon: the point corridor segments attach to (the gazetteer point). */
    anchor: LonLat.optional(),
    /** The polygon is an approximate shape, not a true boundary. */
    extent: z.literal('approximate').optional(),
    /** The officially stated size of an approximate polygon, and where it is stated. */
    area_km2: z.number().positive().optional(),
    area_source: Source.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.extent === 'approximate' && (p.area_km2 === undefined || p.area_source === undefined)) {
      issue('area_km2', 'an approximate extent needs area_km2 and area_source (its stated size and source)');
    }
    if ((p.area_km2 !== undefined || p.area_source !== undefined) && p.extent !== 'approximate') {
      issue('extent', 'area_km2/area_source are only for approximate polygons (extent: "approximate")');
    }
    if ((p.kind === 'context-city') !== p.groups.includes('context')) {
      issue('groups', 'a context-city is in group "context", and only a context-city is');
    }
    if ((p.kind === 'node') !== p.groups.includes('thirteen-nodes')) {
      issue('groups', 'a node is in group "thirteen-nodes", and only a node is');
    }
    if (p.groups.length > 0 && p.group_note === undefined) issue('group_note', 'a place in a group says where the membership comes from');
    if (new Set(p.groups).size !== p.groups.length) issue('groups', 'groups must not repeat');
    if (p.context_only && (p.named_in_plan || p.kind !== 'context-city'))
      issue('context_only', 'only a context-city whose name the plan does not write is context_only');
    if (new Set(p.tasks).size !== p.tasks.length) issue('tasks', 'tasks must not repeat');
    if (p.campuses && p.campuses[0]!.district !== p.district) issue('campuses', "the first campus is in the place's own district");
    if (p.campuses && new Set(p.campuses.map((c) => c.district)).size !== p.campuses.length) issue('campuses', 'one campus per district');
    if (new Set(p.actions).size !== p.actions.length) issue('actions', 'actions must not repeat');
  });
export type PlaceProps = z.infer<typeof PlaceProps>;

/**
 * What only a place's panel, its brief and the places export read: the sources of its record, site
 * and area, and the build's notes on how it was placed. In data/place-sources.json (one entry per
 * place, same order), fetched when first needed, not at first load (docs/performance.md).
 */
export const PlaceSources = z
  .object({
    /** The place's id in data/places.geojson. */
    id: KEBAB,
    sources: z.array(Source).min(1),
    notes: z.string().min(1).optional(),
  })
  .strict();
export type PlaceSources = z.infer<typeof PlaceSources>;

export const PlaceSourcesFile = z.object({ provenance: z.string().min(1), places: z.array(PlaceSources) }).strict();
export type PlaceSourcesFile = z.infer<typeof PlaceSourcesFile>;

export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: LonLat }).strict();
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(LonLat).min(4)).min(1) }).strict();
export const LineStringGeometry = z.object({ type: z.literal('LineString'), coordinates: z.array(LonLat).min(2) }).strict();

export const PlaceFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.union([PointGeometry, PolygonGeometry, z.null()]),
    properties: PlaceProps,
  })
  .strict();
export type PlaceFeature = z.infer<typeof PlaceFeature>;

export const PlacesFile = z
  .object({
    type: z.literal('FeatureCollection'),
    provenance: z.record(z.string(), z.unknown()),
    features: z.array(PlaceFeature),
  })
  .strict();
export type PlacesFile = z.infer<typeof PlacesFile>;

export const CorridorId = z.enum(CORRIDOR_IDS);
export type CorridorId = z.infer<typeof CorridorId>;

/** How each corridor is named, and the phrases of the plan that name it (its `lines` are where they stand). */
export const CORRIDOR_DEFS: Record<CorridorId, { name_zh: string; name_en: string; terms: readonly string[] }> = {
  'gz-section': {
    name_zh: '广深港澳科技创新走廊广州段',
    name_en: 'Guangzhou section of the Guangzhou–Shenzhen–Hong Kong–Macao S&T innovation corridor',
    terms: ['广深港澳科技创新走廊', '科技创新走廊广州段'],
  },
  'sui-shen-gang': {
    name_zh: '穗深港科技创新走廊',
    name_en: 'Guangzhou–Shenzhen–Hong Kong S&T innovation corridor',
    terms: ['穗深港科技创新走廊'],
  },
  'sui-zhu-ao': {
    name_zh: '穗珠澳科技创新走廊',
    name_en: 'Guangzhou–Zhuhai–Macao S&T innovation corridor',
    terms: ['穗珠澳科技创新走廊'],
  },
  'guang-fo': {
    name_zh: '广佛科技创新产业示范区',
    name_en: 'Guangzhou–Foshan S&T innovation industry demonstration zone (link)',
    terms: ['广佛'],
  },
};

export const CorridorProps = z
  .object({
    /** <corridor>-NN, NN = order. */
    id: z.string().regex(/^(gz-section|sui-shen-gang|sui-zhu-ao|guang-fo)-\d{2}$/, {
      message: 'must look like "gz-section-01"',
    }),
    corridor: CorridorId,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    /** Place ids of the segment's ends. */
    from: KEBAB,
    to: KEBAB,
    /** Position of the segment within its corridor, from 1. */
    order: z.number().int().min(1),
    actions: z.array(ACTION_ID),
    tasks: z.array(TASK_ID),
    /** Where the plan names the corridor. */
    lines: z.array(Lines).min(1),
    /** How the route and order were chosen: an inference, not the plan's (both languages). */
    note: Bilingual,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.id.startsWith(`${c.corridor}-`) || Number(c.id.slice(c.corridor.length + 1)) !== c.order) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be "${c.corridor}-" + the two-digit order (${String(c.order).padStart(2, '0')})` });
    }
    if (c.from === c.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'a segment must join two different places' });
  });
export type CorridorProps = z.infer<typeof CorridorProps>;

export const CorridorFeature = z.object({ type: z.literal('Feature'), id: z.string(), geometry: LineStringGeometry, properties: CorridorProps }).strict();
export type CorridorFeature = z.infer<typeof CorridorFeature>;

export const CorridorsFile = z
  .object({
    type: z.literal('FeatureCollection'),
    provenance: z.record(z.string(), z.unknown()),
    features: z.array(CorridorFeature),
  })
  .strict();
export type CorridorsFile = z.infer<typeof CorridorsFile>;
