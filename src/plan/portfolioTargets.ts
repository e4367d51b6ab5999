// What an investor's companies are measured to: sets of the plan's places, each a kind of target
// (hubs, labs, institutes). A set is a function of the app's data, so another layer of sited records
// (data/institutions.geojson, say) joins with one line in TARGET_SETS: `fromFeatures('institution', …)`.
// Pure: no DOM, no map.
import type { AppData, PlaceFeature } from '../data/appData.ts';
import { siteOf } from '../data/exportPlaces.ts';
import type { PortfolioTarget } from '../geo/portfolio.ts';
import type { MessageKey } from '../i18n/index.ts';

/** A target with its names (the worker needs only PortfolioTarget's fields). */
export interface NamedTarget extends PortfolioTarget {
  name_zh: string;
  name_en: string;
}

export interface TargetSet {
  id: string;
  /** Its label in the chooser and its short name in tables and exports. */
  label: MessageKey;
  short: MessageKey;
  of(data: AppData): NamedTarget[];
}

/** Any sited records with an id, names and a district: one target each, at its point (an area's anchor). */
export function fromFeatures(
  set: string,
  features: ReadonlyArray<
    Pick<PlaceFeature, 'geometry'> & {
      properties: { id: string; name_zh: string; name_en: string; district?: string | null; anchor?: readonly number[] | null };
    }
  >,
): NamedTarget[] {
  return features.flatMap((f) => {
    const s = siteOf(f as PlaceFeature);
    const p = f.properties;
    return s ? [{ id: p.id, set, lon: s[0], lat: s[1], district: p.district ?? null, name_zh: p.name_zh, name_en: p.name_en }] : [];
  });
}

const placesWhere = (set: string, keep: (f: PlaceFeature) => boolean) => (data: AppData) => fromFeatures(set, data.places.filter(keep));

export const TARGET_SETS: readonly TargetSet[] = [
  {
    id: 'hub',
    label: 'portfolio.setHub',
    short: 'portfolio.setHubShort',
    of: placesWhere('hub', (f) => f.properties.groups.includes('three-cities-one-zone') || f.properties.groups.includes('thirteen-nodes')),
  },
  {
    id: 'lab',
    label: 'portfolio.setLab',
    short: 'portfolio.setLabShort',
    of: placesWhere('lab', (f) => f.properties.kind === 'lab' || f.properties.kind === 'big-science-facility'),
  },
  {
    id: 'institute',
    label: 'portfolio.setInstitute',
    short: 'portfolio.setInstituteShort',
    of: placesWhere('institute', (f) => f.properties.kind === 'institute'),
  },
];

/** The targets of the chosen sets, each place once (the first set that has it). */
export function targetsOf(data: AppData, sets: readonly string[], all: readonly TargetSet[] = TARGET_SETS): NamedTarget[] {
  const seen = new Set<string>();
  return all
    .filter((s) => sets.includes(s.id))
    .flatMap((s) => s.of(data))
    .filter((t) => {
      if (seen.has(t.id)) return false;
      seen.add(t.id);
      return true;
    });
}
