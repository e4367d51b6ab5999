// Where a place is drawn: its own small module, so the shell's test hooks and Present's camera share
// it without either carrying the tour (src/plan/tour.ts).
import type { PlaceFeature } from '../data/appData.ts';
import { boundsOf } from '../geo/bounds.ts';

/** The point a place is drawn at: its Point, or its polygon's anchor; null without a site. */
export function placeAnchor(f: PlaceFeature): [number, number] | null {
  const g = f.geometry;
  if (g?.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
  if (f.properties.anchor) return [f.properties.anchor[0], f.properties.anchor[1]];
  if (g) {
    const b = boundsOf([f]);
    return b ? [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] : null;
  }
  return null;
}
