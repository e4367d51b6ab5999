// The shape of seeds/districts-source.json: which package files the boundaries come from, the old
// units merged into today's districts, and the package's licence as its README states it.
import { z } from 'zod';
import { GBA_CITIES, GUANGZHOU_DISTRICTS } from '../../../src/data/districtSchema.ts';

const GEOJSON_FILE = z.string().regex(/^[a-z0-9_]+\.geojson$/, { message: 'must be a file name such as "guang3_dong1_fo2_shan1.geojson"' });
const ADCODE = z.string().regex(/^\d{6}$/, { message: 'must be a six-digit adcode' });
const CITY_IDS: readonly string[] = GBA_CITIES.map((c) => c.id);

export const DistrictsSource = z
  .object({
    about: z.string(),
    package: z.string().min(1),
    /** The version whose files this build was checked against; another one only warns. */
    checked_version: z.string().min(1),
    repository: z.string().regex(/^https:\/\/\S+$/, { message: 'must be an https URL' }),
    /** The package's folder of decoded shapes, one file per city. */
    folder: z.string().min(1),
    guangzhou: GEOJSON_FILE,
    /** One file for each city of GBA_CITIES (src/data/districtSchema.ts). */
    cities: z.record(z.string(), GEOJSON_FILE).superRefine((cities, ctx) => {
      for (const id of Object.keys(cities))
        if (!CITY_IDS.includes(id)) ctx.addIssue({ code: 'custom', path: [id], message: `not a city of GBA_CITIES (${CITY_IDS.join(', ')})` });
      for (const id of CITY_IDS) if (!(id in cities)) ctx.addIssue({ code: 'custom', path: [id], message: 'this city of GBA_CITIES has no file' });
    }),
    /** Old unit's adcode → the current district it is dissolved into, and why. */
    merge_into: z.record(
      ADCODE,
      z
        .object({
          into: ADCODE.refine((a) => GUANGZHOU_DISTRICTS.some((d) => d.adcode === a), { message: 'must be the adcode of a current Guangzhou district' }),
          why: z.string().min(1),
        })
        .strict(),
    ),
    license: z.string().min(1),
    license_note: z.string().min(1),
  })
  .strict();
export type DistrictsSource = z.infer<typeof DistrictsSource>;
