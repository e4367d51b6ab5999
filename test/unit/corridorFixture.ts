// Three corridor segments for the corridor counts' tests (corridorBuffer, exportCorridorCounts): two of
// corridor "a" (east along 23.1° N, then north-east, sharing an end at 113.4° E), one of "b" far south.
import type { CorridorSegmentInput } from '../../src/geo/corridorBuffer.ts';

export const segments: CorridorSegmentInput[] = [
  {
    id: 'a-01',
    corridor: 'a',
    coords: [
      [113.3, 23.1],
      [113.4, 23.1],
    ],
  },
  {
    id: 'a-02',
    corridor: 'a',
    coords: [
      [113.4, 23.1],
      [113.5, 23.2],
    ],
  },
  {
    id: 'b-01',
    corridor: 'b',
    coords: [
      [113.3, 22.8],
      [113.4, 22.8],
    ],
  },
];
