// A corridor chapter names its two end places ("from 白鹅潭 to 空港经济区"), so the map names them
// whatever else crowds there, each on the side of it away from the rest of the route — where the
// camera leaves room for a name (src/ui/present/chapterCamera.ts).

export type EndSide = 'left' | 'right';

/**
 * The route's first and last stops, each with the side its name goes: west of the stops' mean
 * longitude, left; otherwise right. Fewer than two stops with a position: none.
 */
export function corridorEnds(stops: readonly string[], lonOf: (id: string) => number | undefined): Array<{ id: string; side: EndSide }> {
  const lons = stops.map(lonOf).filter((x): x is number => x !== undefined);
  if (stops.length < 2 || lons.length < 2) return [];
  const mean = lons.reduce((a, b) => a + b, 0) / lons.length;
  const ends = [stops[0]!, stops[stops.length - 1]!];
  return ends.flatMap((id) => {
    const lon = lonOf(id);
    return lon === undefined ? [] : [{ id, side: lon < mean ? ('left' as const) : ('right' as const) }];
  });
}
