// seeds/places-sites.json applied to one place: which kind of "no site" it is (not a physical site,
// site not known, address only), its district only where a source gives it (the gazetteer's
// general-knowledge district is dropped and said so), a placeholder point dropped where no source gives
// it, the campuses of a multi-campus institution and a stated district rule.
import { District, type PlaceSite, type PlaceCampus, type Source } from '../../../src/data/placeSchema.ts';
import type { Bilingual } from '../../../src/data/planSchema.ts';
import type { PlaceSites } from './placeSeeds.ts';

export interface SiteOutcome {
  district: District | null;
  site?: PlaceSite;
  campuses?: PlaceCampus[];
  district_rule?: Bilingual;
  /** Drop the gazetteer's point: why, in both languages (appended to the location note). */
  dropPoint?: Bilingual;
  /** Appended to the location note: the district now rests on the table's sources (or on none). */
  districtNote?: Bilingual;
  sources: Source[];
  notes: string[];
}

const asDistrict = (d: string, where: string): District => {
  const parsed = District.safeParse(d);
  if (!parsed.success) throw new Error(`seeds/places-sites.json: ${where}: "${d}" is no district or city of the data`);
  return parsed.data;
};

/** @param gazDistrict the district the gazetteer gives (already mapped), replaced by the table's where it has an entry. */
export function placeSite(id: string, gazDistrict: District | null, hasPoint: boolean, table: PlaceSites): SiteOutcome {
  const out: SiteOutcome = { district: gazDistrict, sources: [], notes: [] };
  const e = table.places[id];
  if (e) {
    const district = e.district === null ? null : asDistrict(e.district, `places.${id}.district`);
    if (district !== gazDistrict) {
      out.notes.push(
        district === null
          ? `The gazetteer's district ${gazDistrict} rests on no source (general knowledge or inference), so the place is counted in no district.`
          : `District ${district} from the sources of seeds/places-sites.json (the gazetteer had ${gazDistrict ?? 'none'}).`,
      );
    }
    out.district = district;
    out.districtNote =
      district === null
        ? { zh: '没有资料给出所在区，不计入任何区。', en: 'No source gives its district: counted in no district.' }
        : { zh: '所在区现已有资料为据（见资料来源）。', en: 'The district now rests on a source (see the sources).' };
    out.site = { kind: e.site, ...(e.why ? { why: e.why } : {}), ...(e.address ? { address: e.address } : {}) };
    if (e.drop_point) {
      if (!hasPoint) throw new Error(`seeds/places-sites.json: places.${id}.drop_point: the place has no point to drop`);
      out.dropPoint = e.drop_point;
    }
    out.sources.push(...e.sources);
  }
  const c = table.campuses[id];
  if (c) {
    const campuses = c.campuses.map((x, i) => ({ district: asDistrict(x.district, `campuses.${id}.${i}.district`), campus: x.campus }));
    if (campuses[0]!.district !== out.district)
      throw new Error(`seeds/places-sites.json: campuses.${id}: the first campus must be in the place's district ${out.district}`);
    out.campuses = campuses;
    out.sources.push(...c.sources);
  }
  const rule = table.district_rules[id];
  if (rule) out.district_rule = rule.rule;
  return out;
}
