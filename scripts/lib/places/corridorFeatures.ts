// The corridor segments of data/corridors.geojson: one LineString per segment between its places'
// points, each linked to the plan where the plan names its corridor (CORRIDOR_DEFS' terms).
import { CORRIDOR_DEFS, CorridorProps, type LonLat } from '../../../src/data/placeSchema.ts';
import { termLines, tasksOfLines, type PlanTasks } from '../../../src/data/placeLinks.ts';
import type { SeedText } from '../../../src/data/seedText.ts';
import type { Route } from './corridorRoutes.ts';

export function corridorFeatures(routes: readonly Route[], plan: PlanTasks, seed: SeedText, attachOf: (id: string) => LonLat) {
  return routes.flatMap(({ corridor, segments, note }) => {
    const def = CORRIDOR_DEFS[corridor];
    const lines = termLines(seed, def.terms);
    const { tasks, actions } = tasksOfLines(plan, lines);
    return segments.map(([from, to], i) => {
      const order = i + 1;
      const id = `${corridor}-${String(order).padStart(2, '0')}`;
      const props: CorridorProps = { id, corridor, name_zh: def.name_zh, name_en: def.name_en, from, to, order, actions, tasks, lines, note };
      const checked = CorridorProps.safeParse(props);
      if (!checked.success) throw new Error(`${id}: ${JSON.stringify(checked.error.issues)}`);
      return { type: 'Feature' as const, id, geometry: { type: 'LineString' as const, coordinates: [attachOf(from), attachOf(to)] }, properties: props };
    });
  });
}
