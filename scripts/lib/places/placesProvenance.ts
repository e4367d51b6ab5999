// The "provenance" member of data/places.geojson and data/corridors.geojson: what they are built
// from (with digests), how records become features, and the counts.
import { CORRIDOR_DEFS } from '../../../src/data/placeSchema.ts';
import type { Bilingual } from '../../../src/data/planSchema.ts';
import { CIRCLE_STEPS } from './areaCircle.ts';

const BUILT_BY = 'scripts/build-places.ts (npm run build:places); deterministic';

export interface PlacesInputs {
  gazetteer: { file: string; sha256: string; records: number };
  notesZh: { file: string; sha256: string };
  seed: { file: string; sha256: string };
  districtsFile: string;
  /** Ids of the records added to the gazetteer. */
  added: readonly string[];
  /** Ids of the places drawn as approximate areas. */
  areas: readonly string[];
  groupNotes: Readonly<Record<string, Bilingual>>;
  kinds: readonly string[];
}

export function placesProvenance(p: PlacesInputs) {
  const counts = (xs: readonly string[]) => Object.fromEntries([...new Set(xs)].sort().map((k) => [k, xs.filter((x) => x === k).length]));
  return {
    built_by: BUILT_BY,
    inputs: {
      gazetteer: { file: p.gazetteer.file, sha256: p.gazetteer.sha256, records: p.gazetteer.records },
      notes_zh: { file: p.notesZh.file, sha256: p.notesZh.sha256, what: 'our Chinese versions of the location notes and source titles' },
      seed: { file: p.seed.file, sha256: p.seed.sha256 },
      plan: 'data/plan.json: the line ranges of actions[].tasks[] and supports[].tasks[]',
      districts: `${p.districtsFile}: only to report how far approximate circles spill beyond their district`,
    },
    records: `Every record of ${p.gazetteer.file} (feature id = gazetteer id), plus ${p.added.length} the gazetteer missed (${p.added.join(', ')}; source: the plan). Items deliberately left out by the gazetteer (its notes §3: corridors, concepts, events, generic items, funds, alliances) stay out.`,
    geometry:
      'WGS-84 lon/lat from the gazetteer. A record without lon/lat has geometry null (its district is kept) and uncertainty_km null; low-confidence points keep uncertainty_km (drawn as a zone). No point is invented.',
    areas: `Polygons are approximate: a ${CIRCLE_STEPS}-vertex circle (turf circle) of the officially stated area, r = sqrt(A/π), around the gazetteer point, which is kept as properties.anchor; area_km2 and area_source give the stated size and where it is stated. Only where a source states a size: ${p.areas.join(', ')}.`,
    links:
      "plan_terms = the literal phrases of the plan naming the place (usually name_zh; 十三节点 for the 13 nodes; corridor phrases for context cities, see notes). lines = every occurrence (seed text joined without white space and page-number lines; a hit inside another place's name does not count); tasks = the tasks of data/plan.json whose lines hold an occurrence; actions = their A-ids (supports S1–S3 are not actions). The same links are written to data/plan.json as each task's places.",
    groups: p.groupNotes,
    counts: { features: p.kinds.length, by_kind: counts(p.kinds) },
  };
}

export function corridorsProvenance() {
  return {
    built_by: BUILT_BY,
    geometry:
      "One LineString per segment (from → to); its ends are exactly the places' coordinates in data/places.geojson (the Point, or the anchor of an approximate area). Places without geometry are skipped.",
    routes: "The plan names the corridors but draws no route: every route and order here is an inference, explained in each feature's note.",
    links:
      'lines = where the plan names the corridor (terms: ' +
      Object.entries(CORRIDOR_DEFS)
        .map(([k, d]) => `${k}: ${d.terms.join(' / ')}`)
        .join('; ') +
      '); tasks/actions as for places.',
  };
}
