// One gazetteer record → one feature of data/places.geojson: its district, plan links, groups,
// geometry (a point, an approximate circle of its stated area, or none), notes and sources, with
// every correction and judgement said in its notes. Also the point corridor segments attach to.
// The record is whole here; build:places writes its sources and notes apart (splitPlaceSources.ts).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Bilingual } from '../../../src/data/planSchema.ts';
import { PlaceProps, PlaceSources, type LonLat } from '../../../src/data/placeSchema.ts';
import type { Links } from '../../../src/data/placeLinks.ts';
import type { SeedText } from '../../../src/data/seedText.ts';
import type { GazRecord, GazSource, NotesZh, PlaceAreas, PlaceCorrections, PlaceGroups, PlaceSites, PlaceTerms } from './placeSeeds.ts';
import { placeSite } from './placeSite.ts';
import { toDistrict } from './toDistrict.ts';
import { termsOf, nameStandsIn } from './linkRecords.ts';
import { placeGroups } from './placeGroups.ts';
import { toSource, uniqueSources, type SourceTitles } from './placeSources.ts';
import { locationNote, sentence } from './locationNote.ts';
import { areaCircle, CIRCLE_STEPS } from './areaCircle.ts';
import { spillNote } from './spillNote.ts';
import { toPinyin } from './toPinyin.ts';

export interface PlaceTables {
  terms: PlaceTerms;
  groups: PlaceGroups;
  areas: PlaceAreas;
  corrections: PlaceCorrections;
  sites: PlaceSites;
}

export interface PlaceContext {
  tables: PlaceTables;
  seed: SeedText;
  links: Readonly<Record<string, Links>>;
  /** Per record: the other places' names inside which a hit does not count. */
  exclusions: Readonly<Record<string, readonly string[]>>;
  titles: SourceTitles;
  notesZh: { zh: NotesZh['location_note']; file: string };
  districts: FeatureCollection<Polygon | MultiPolygon>;
}

/** A place with everything the build knows of it: data/places.geojson's properties and its entry of data/place-sources.json. */
export type PlaceRecord = PlaceProps & Omit<PlaceSources, 'id'>;

export interface BuiltPlace {
  feature: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: LonLat } | { type: 'Polygon'; coordinates: LonLat[][] } | null;
    properties: PlaceRecord;
  };
  /** Where corridor segments end: the point, or the anchor of an area; null without a site. */
  attach: LonLat | null;
}

export function placeFeature(record: GazRecord, ctx: PlaceContext): BuiltPlace {
  const { terms, areas, corrections } = ctx.tables;
  let r = record;
  const site = placeSite(r.id, toDistrict(r.district, r.id), r.lon !== null && r.lat !== null, ctx.tables.sites);
  const district = site.district;
  const l = ctx.links[r.id]!;
  if (l.lines.length === 0) throw new Error(`${r.id}: none of ${termsOf(r, terms).join(' / ')} stands in the plan`);
  const named = nameStandsIn(ctx.seed, l.lines, r.name_zh);
  const excluded = ctx.exclusions[r.id] ?? [];
  const notes: string[] = [];
  if (r.notes) notes.push(sentence(r.notes));
  if (terms.places[r.id]) notes.push(terms.places[r.id]!.why);
  if (named !== r.named_in_plan)
    notes.push(
      `named_in_plan corrected to ${named} (the gazetteer had ${r.named_in_plan}): "${r.name_zh}" ${named ? 'stands' : 'does not stand'} in the plan where it is meant.`,
    );
  if (excluded.length > 0) notes.push(`Hits inside ${excluded.join(', ')} (another place) are not counted.`);

  const { groups, notes: groupNotes } = placeGroups(r, ctx.tables.groups);

  let sources = r.sources.map((s) => toSource(s, r.id, ctx.titles));
  const correction = corrections.points[r.id];
  if (correction) {
    notes.push(
      `Point corrected from the gazetteer's ${r.lon}, ${r.lat} to ${correction.lon}, ${correction.lat} (uncertainty ${r.uncertainty_km} → ${correction.uncertainty_km} km): see the location note.`,
    );
    r = { ...r, lon: correction.lon, lat: correction.lat, uncertainty_km: correction.uncertainty_km };
  }
  if (site.dropPoint) {
    notes.push(`The gazetteer's placeholder point ${r.lon}, ${r.lat} (${r.coord_precision}) is dropped: see the location note.`);
    r = { ...r, lon: null, lat: null };
  }
  notes.push(...site.notes);
  const nameEn = corrections.name_en[r.id];
  if (nameEn) notes.push(nameEn.why);
  let geometry: BuiltPlace['feature']['geometry'] = null;
  let attach: LonLat | null = null;
  let uncertainty = r.uncertainty_km;
  const extra: Partial<PlaceProps> = {};
  if (r.lon === null || r.lat === null) {
    if (uncertainty !== null) notes.push(`The gazetteer's uncertainty_km (${uncertainty}) belonged to a point it no longer gives; dropped with the point.`);
    uncertainty = null;
  } else {
    const pt: LonLat = [r.lon, r.lat];
    attach = pt;
    const area = areas.areas[r.id];
    if (area) {
      const src = typeof area.source === 'string' ? r.sources.find((s): s is GazSource => typeof s !== 'string' && s.id === area.source) : area.source;
      if (!src) throw new Error(`${r.id}: no source ${String(area.source)}`);
      const areaSource = toSource(src, r.id, ctx.titles);
      if (typeof area.source !== 'string') sources = [...sources, areaSource];
      const { ring, rKm } = areaCircle(pt, area.area_km2);
      geometry = { type: 'Polygon', coordinates: [ring] };
      notes.push(
        `Approximate area: a ${CIRCLE_STEPS}-vertex circle of the stated ${area.area_km2} km² (r = ${rKm.toFixed(2)} km) around the gazetteer point, which is kept as the anchor. ${area.note}` +
          spillNote(ring.slice(0, -1), district, ctx.districts),
      );
      extra.anchor = pt;
      extra.extent = 'approximate';
      extra.area_km2 = area.area_km2;
      extra.area_source = areaSource;
    } else {
      geometry = { type: 'Point', coordinates: pt };
      if (areas.kept_as_points[r.id]) notes.push(areas.kept_as_points[r.id]!);
    }
  }

  const props: PlaceRecord = {
    id: r.id,
    kind: r.kind,
    name_zh: r.name_zh,
    name_en: nameEn?.name_en ?? r.name_en,
    name_en_status: r.name_en_status,
    name_pinyin: toPinyin(r.name_zh),
    plan_terms: termsOf(r, terms),
    named_in_plan: named,
    ...(terms.places[r.id]?.context_only ? { context_only: true as const } : {}),
    district,
    district_other: r.district_other,
    ...(site.site ? { site: site.site } : {}),
    ...(site.campuses ? { campuses: site.campuses } : {}),
    ...(site.district_rule ? { district_rule: site.district_rule } : {}),
    actions: l.actions,
    tasks: l.tasks,
    lines: l.lines,
    confidence: r.confidence,
    uncertainty_km: uncertainty,
    location_note: withDropped(withDropped(locationNote(record, correction, ctx.notesZh), site.dropPoint), site.districtNote),
    groups,
    ...(groupNotes.length ? { group_note: joinNotes(groupNotes) } : {}),
    ...extra,
    sources: uniqueSources([...sources, ...site.sources]),
    ...(notes.length ? { notes: notes.join(' ') } : {}),
  };
  const { sources: kept, notes: said, ...core } = props;
  const checked = PlaceProps.safeParse(core);
  if (!checked.success) throw new Error(`${r.id}: ${JSON.stringify(checked.error.issues)}`);
  const cited = PlaceSources.safeParse({ id: r.id, sources: kept, ...(said ? { notes: said } : {}) });
  if (!cited.success) throw new Error(`${r.id}: ${JSON.stringify(cited.error.issues)}`);
  return { feature: { type: 'Feature', id: r.id, geometry, properties: props }, attach };
}

/** Notes of several groups as one: Chinese sentences run on, English ones with a space. */
const joinNotes = (notes: readonly Bilingual[]): Bilingual => ({ zh: notes.map((n) => n.zh).join(''), en: notes.map((n) => n.en).join(' ') });

/** The location note with why the point was dropped appended. */
const withDropped = (note: Bilingual, why: Bilingual | undefined): Bilingual => (why ? { zh: `${note.zh}${why.zh}`, en: `${note.en} ${why.en}` } : note);
