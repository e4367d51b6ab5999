// The institutions the plan's targets count (data/institutions.geojson): their kinds' names and look,
// which of them stand behind a target, and how that compares with the plan's figure. Pure.
import type { Bilingual } from '../i18n/lang.ts';
import type { InstitutionFeature, InstitutionTotal, InstitutionsFile } from '../data/institutionSchema.ts';

export { INSTITUTION_KINDS_INFO, INSTITUTION_KIND_IDS, INSTITUTION_TARGETS, countsInstitutions, type InstitutionKindInfo } from './institutionKinds.ts';
import { INSTITUTION_KINDS_INFO } from './institutionKinds.ts';

/** What stands behind one target's figure. */
export interface TargetInstitutions {
  /** The institutions the sources name for it, in the file's order. */
  known: InstitutionFeature[];
  /** Of those, the ones with a known site (drawn on the map). */
  sited: InstitutionFeature[];
  /** A total the sources give without a list (35 enterprise technology centres), if any. */
  total: InstitutionTotal | undefined;
  /** Known ones whose status in 2019–2021 a source does not confirm, or that carry a counting caveat. */
  caveats: number;
}

export function institutionsOfTarget(file: Pick<InstitutionsFile, 'features' | 'totals'>, targetId: string): TargetInstitutions {
  const known = file.features.filter((f) => f.properties.targets.includes(targetId));
  return {
    known,
    sited: known.filter((f) => f.geometry !== null),
    total: file.totals.find((t) => t.target === targetId),
    caveats: known.filter((f) => f.properties.caveat !== null).length,
  };
}

/** The first and last figure the plan gives a target (20 → 22), a range written "1–2". */
export function planRange(values: Readonly<Record<string, number | readonly [number, number]>>): { from: string; to: string } | undefined {
  const years = Object.keys(values).sort();
  if (years.length === 0) return undefined;
  const show = (v: number | readonly [number, number]) => (typeof v === 'number' ? String(v) : `${v[0]}–${v[1]}`);
  return { from: show(values[years[0]!]!), to: show(values[years[years.length - 1]!]!) };
}

/** The map's points: the sited institutions, with what the map needs to draw and name them. */
export function institutionPoints(
  features: readonly InstitutionFeature[],
  year?: number,
): GeoJSON.FeatureCollection<GeoJSON.Point, { id: string; kind: string; name_zh: string; name_en: string; color: string }> {
  return {
    type: 'FeatureCollection',
    features: features.flatMap((f) =>
      f.geometry && (year === undefined || existsBy(f.properties, year))
        ? [
            {
              type: 'Feature' as const,
              geometry: f.geometry,
              properties: {
                id: f.properties.id,
                kind: f.properties.kind,
                name_zh: f.properties.name_zh,
                name_en: f.properties.name_en,
                color: INSTITUTION_KINDS_INFO[f.properties.kind].color,
              },
            },
          ]
        : [],
    ),
  };
}

/** The Districts metrics over institutions (src/plan/districtStats.ts INSTITUTION_METRICS), named. */
export const INSTITUTION_METRIC_LABELS: Record<string, Bilingual> = {
  'inst-state-key-lab': { zh: '国家重点实验室', en: 'State key labs' },
  'inst-provincial-lab': { zh: '广东省实验室', en: 'Guangdong provincial labs' },
  'inst-innovation-centre': { zh: '国家级创新中心', en: 'National innovation centres' },
  'inst-all': { zh: '全部机构', en: 'All institutions' },
};

/**
 * Whether a source says the institution existed by the end of `year` (the year control, year= in the
 * link): approved that year or before, or existing before 2019. One whose year no source gives is not
 * shown as existing by any year (its panel says so).
 */
export function existsBy(p: { approved: number | null; before_2019: boolean | null }, year: number): boolean {
  if (p.approved !== null) return p.approved <= year;
  return p.before_2019 === true;
}
