// The places the bench selects in turn: those with a site and a name of their own, named as the
// side panel shows them (the PDF's look-alike characters corrected, src/plan/artefacts.ts).
import type { FeatureCollection } from 'geojson';
import { fixArtefacts } from '../../../src/plan/artefacts.ts';

export function selectablePlaces(places: FeatureCollection): Array<{ id: string; name: string }> {
  return places.features
    .filter((f) => f.geometry?.type === 'Point')
    .map((f) => ({ id: String(f.properties?.['id']), name: fixArtefacts(String(f.properties?.['name_zh'])) }))
    .filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
}
