// The visible set as the map's filter (src/map/core/visibleFilter.ts).
import { describe, expect, it } from 'vitest';
import { filterOps, visibleFilter } from '../../../src/map/core/visibleFilter.ts';
import { FILTERED_LAYERS } from '../../../src/map/style.ts';

const ids = { places: ['a', 'b'], corridors: ['c1'] };

describe('visibleFilter', () => {
  it('is null when every place and corridor is shown (no filter: the worker does not re-tile)', () => {
    expect(visibleFilter(new Set(['a', 'b', 'c1']), ids)).toBeNull();
    expect(visibleFilter(new Set(['a', 'b', 'c1', 'unsited']), ids)).toBeNull();
  });

  it('keeps exactly the shown ids when something is left out', () => {
    expect(visibleFilter(new Set(['a', 'c1']), ids)).toEqual(['in', ['get', 'id'], ['literal', ['a', 'c1']]]);
    expect(visibleFilter(new Set(), ids)).toEqual(['in', ['get', 'id'], ['literal', []]]);
  });
});

describe('filterOps', () => {
  it('sets every filtered layer: its role alone, or its role and the visible set', () => {
    const none = filterOps(null);
    expect(none.map((o) => o.op === 'filter' && o.layer)).toEqual([...FILTERED_LAYERS]);
    expect(none.find((o) => o.op === 'filter' && o.layer === 'points-circle')).toEqual({
      op: 'filter',
      layer: 'points-circle',
      filter: ['==', ['get', 'role'], 'point'],
    });
    // Corridors have no role: no filter at all.
    expect(none.find((o) => o.op === 'filter' && o.layer === 'corridors-line')).toEqual({ op: 'filter', layer: 'corridors-line', filter: null });

    const extra = visibleFilter(new Set(['a']), ids)!;
    const some = filterOps(extra);
    expect(some.find((o) => o.op === 'filter' && o.layer === 'points-circle')).toEqual({
      op: 'filter',
      layer: 'points-circle',
      filter: ['all', ['==', ['get', 'role'], 'point'], extra],
    });
    expect(some.find((o) => o.op === 'filter' && o.layer === 'corridors-line')).toEqual({ op: 'filter', layer: 'corridors-line', filter: extra });
  });
});
