// seeds/institutions.json (checked records: sources, district, site) → data/institutions.geojson.
// Pure and deterministic: a record keeps its fields; `point` becomes the geometry (null: no known site,
// listed, never placed at a made-up point). The seed's shape is checked as it is read (seedTable.ts).
import { z } from 'zod';
import { type InstitutionProps, InstitutionTotal, type InstitutionFeature, type InstitutionsFile } from '../../../src/data/institutionSchema.ts';
import { LonLat } from '../../../src/data/placeSchema.ts';
import { toPinyin } from '../places/toPinyin.ts';

export const INSTITUTIONS_SEED = 'seeds/institutions.json';

export const InstitutionSeed = z
  .object({
    about: z.string().min(1),
    records: z.array(z.object({ point: LonLat.nullable() }).passthrough()),
    totals: z.array(InstitutionTotal),
    /** Leads from the research that were not kept, and why (kept here, not shipped). */
    not_kept: z.array(z.object({ name_zh: z.string().min(1), why: z.string().min(1) }).strict()),
  })
  .strict();
export type InstitutionSeed = z.infer<typeof InstitutionSeed>;

export function buildInstitutions(seed: InstitutionSeed, provenance: { seed: string; sha256: string }): InstitutionsFile {
  const features = seed.records.map((r): InstitutionFeature => {
    const { point, ...rest } = r;
    // The props are checked again, whole, by validateInstitutions; here they only pass through.
    // name_pinyin is made here (search in pinyin, as for the places).
    const properties = { ...rest, name_pinyin: toPinyin(String(rest.name_zh)) } as unknown as InstitutionProps;
    return { type: 'Feature', id: properties.id, geometry: point ? { type: 'Point', coordinates: point } : null, properties };
  });
  return {
    type: 'FeatureCollection',
    provenance: {
      seed: provenance.seed,
      sha256: provenance.sha256,
      about: seed.about,
      sited: features.filter((f) => f.geometry).length,
      unsited: features.filter((f) => !f.geometry).length,
      not_kept: seed.not_kept.length,
    },
    totals: seed.totals,
    features,
  };
}
