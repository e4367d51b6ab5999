// The selection's and the focus's labels placed before any other (src/map/core/labelPriority.ts).
import { describe, expect, it } from 'vitest';
import { labelFirst, labelPriorityOps, filterWithPriorityOps, visibleFilterPlan } from '../../../src/map/core/labelPriority.ts';
import { filterOps, visibleFilter } from '../../../src/map/core/visibleFilter.ts';
import { ourLayers, PRIORITY_LABEL_LAYER } from '../../../src/map/style.ts';
import type { MapOp } from '../../../src/map/core/ops.ts';

const filterOf = (ops: MapOp[], layer: string) => ops.find((o) => o.op === 'filter' && o.layer === layer);

describe('labelFirst', () => {
  it('puts the selection first, then the focus, each once', () => {
    expect(labelFirst({ selected: 'p2', highlighted: new Set(['p1', 'p2', 'c1']), presenting: false })).toEqual(['p2', 'p1', 'c1']);
    expect(labelFirst({ selected: undefined, highlighted: new Set(['p1']), presenting: false })).toEqual(['p1']);
    expect(labelFirst({ selected: 'p9', highlighted: null, presenting: false })).toEqual(['p9']);
    expect(labelFirst({ selected: undefined, highlighted: null, presenting: false })).toEqual([]);
  });
  it('moves nothing in Present (its own paint labels the subject first)', () => {
    expect(labelFirst({ selected: 'p2', highlighted: new Set(['p1']), presenting: true })).toEqual([]);
  });
});

describe('labelPriorityOps', () => {
  it('with nothing first, sets exactly the style’s own filters and order (nothing re-tiled at start)', () => {
    const style = new Map(ourLayers('zh').map((l) => [l.id, l]));
    for (const o of labelPriorityOps(null, [])) {
      if (o.op === 'featureState') throw new Error('no feature state here');
      const l = style.get(o.layer) as unknown as { filter?: unknown; layout?: Record<string, unknown> };
      if (o.op === 'filter') expect(o.filter).toEqual(l.filter);
      if (o.op === 'layout') expect(o.value).toEqual(l.layout?.[o.name]);
    }
  });
  it('labels the first places in the priority layer, in order, and takes them out of the base layers', () => {
    const ops = labelPriorityOps(null, ['sel', 'f1']);
    expect(filterOf(ops, PRIORITY_LABEL_LAYER)).toEqual({
      op: 'filter',
      layer: PRIORITY_LABEL_LAYER,
      filter: ['all', ['in', ['get', 'role'], ['literal', ['point', 'area-label']]], ['in', ['get', 'id'], ['literal', ['sel', 'f1']]]],
    });
    expect(filterOf(ops, 'points-label')).toEqual({
      op: 'filter',
      layer: 'points-label',
      filter: ['all', ['==', ['get', 'role'], 'point'], ['!', ['in', ['get', 'id'], ['literal', ['sel', 'f1']]]]],
    });
    expect(filterOf(ops, 'areas-label')).toEqual({
      op: 'filter',
      layer: 'areas-label',
      filter: ['all', ['==', ['get', 'role'], 'area-label'], ['!', ['in', ['get', 'id'], ['literal', ['sel', 'f1']]]]],
    });
    expect(ops.find((o) => o.op === 'layout')).toEqual({
      op: 'layout',
      layer: PRIORITY_LABEL_LAYER,
      name: 'symbol-sort-key',
      value: ['index-of', ['get', 'id'], ['literal', ['sel', 'f1']]],
    });
  });
  it('keeps within the visible set', () => {
    const extra = visibleFilter(new Set(['a']), { places: ['a', 'b'], corridors: [] })!;
    const ops = labelPriorityOps(extra, ['a']);
    expect(filterOf(ops, PRIORITY_LABEL_LAYER)).toMatchObject({ filter: ['all', expect.anything(), extra] });
    expect(filterOf(ops, 'points-label')).toMatchObject({
      filter: ['all', ['==', ['get', 'role'], 'point'], ['all', extra, ['!', ['in', ['get', 'id'], ['literal', ['a']]]]]],
    });
  });
  it('sets each label layer once beside the other filtered layers', () => {
    const ops = filterWithPriorityOps(filterOps(null), null, ['x']);
    const labelled = ops.filter((o) => o.op === 'filter' && o.layer === 'points-label');
    expect(labelled).toHaveLength(1);
    expect(ops.some((o) => o.op === 'filter' && o.layer === 'points-circle')).toBe(true);
  });
});

describe('visibleFilterPlan', () => {
  const extra = visibleFilter(new Set(['a']), { places: ['a', 'b'], corridors: [] });
  it('outside Present: Present’s base filters back first, then the priority over them', () => {
    const plan = visibleFilterPlan(extra, false, ['a']);
    expect(plan.presentFirst).toBe(true);
    expect(plan.ops).toEqual(filterWithPriorityOps(filterOps(extra), extra, ['a']));
  });
  it('in Present: no place moves first, and Present’s label filters go over the visible set’s', () => {
    const plan = visibleFilterPlan(extra, true, ['a']);
    expect(plan.presentFirst).toBe(false);
    expect(plan.ops).toEqual(filterWithPriorityOps(filterOps(extra), extra, []));
  });
});
