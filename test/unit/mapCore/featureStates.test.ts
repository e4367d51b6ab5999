// Feature state as a diff against what was set last (src/map/core/featureStates.ts).
import { describe, expect, it } from 'vitest';
import { featureStateOps, remember, wantedStates, type StateInputs } from '../../../src/map/core/featureStates.ts';

const ids = {
  places: ['p1', 'p2'],
  corridors: ['c1'],
  districts: [
    { adcode: '440112', name_zh: '黄埔区' },
    { adcode: '440115', name_zh: '南沙区' },
  ],
};
const nothing: StateInputs = { selected: undefined, highlighted: null, highlightedDistrict: undefined, choropleth: null };

/** Runs the diff like the adapter: ops out, then remembered. */
const step = (memo: Map<string, string>, inputs: StateInputs) => {
  const ops = featureStateOps(memo, wantedStates(ids, inputs));
  remember(memo, ops);
  return ops.map((o) => o.op === 'featureState' && `${o.source}/${o.id} ${JSON.stringify(o.state)}`);
};

describe('wantedStates', () => {
  it('selects, highlights the focus and dims the rest (never the selection)', () => {
    const w = wantedStates(ids, { ...nothing, selected: 'p2', highlighted: new Set(['p1']) });
    expect(w.map((o) => [o.source, o.id, o.state])).toEqual([
      ['places', 'p1', { sel: false, hl: true, dim: false, hover: false, mark: 0 }],
      ['places', 'p2', { sel: true, hl: false, dim: false, hover: false, mark: 0 }],
      ['corridors', 'c1', { sel: false, hl: false, dim: true, hover: false }],
      ['districts', '440112', { hl: false, cmp: false, choro: false, share: 0 }],
      ['districts', '440115', { hl: false, cmp: false, choro: false, share: 0 }],
    ]);
  });

  it('outlines a district and shades the choropleth by share', () => {
    const w = wantedStates(ids, { ...nothing, highlightedDistrict: '南沙区', choropleth: new Map([['黄埔区', 0.75]]) });
    expect(w.filter((o) => o.source === 'districts').map((o) => o.state)).toEqual([
      { hl: false, cmp: false, choro: true, share: 0.75 },
      { hl: true, cmp: false, choro: true, share: 0 },
    ]);
  });

  it('outlines every compared district', () => {
    const w = wantedStates(ids, { ...nothing, highlightedDistrict: '黄埔区', comparedDistricts: new Set(['黄埔区', '南沙区']) });
    expect(w.filter((o) => o.source === 'districts').map((o) => o.state.cmp)).toEqual([true, true]);
  });
});

describe('the scorecard marks', () => {
  it('marks places by code and sets them back to 0 when the marks go', () => {
    const memo = new Map<string, string>();
    expect(
      step(memo, {
        ...nothing,
        marks: new Map([
          ['p1', 1],
          ['p2', 3],
          ['c1', 2],
        ]),
      }),
    ).toEqual([
      'places/p1 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":1}',
      'places/p2 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":3}',
    ]);
    expect(step(memo, { ...nothing, marks: new Map([['p1', 2]]) })).toEqual([
      'places/p1 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":2}',
      'places/p2 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":0}',
    ]);
    expect(step(memo, { ...nothing, marks: null })).toEqual(['places/p1 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":0}']);
  });
});

describe('featureStateOps', () => {
  it('sets nothing for a first state that is all false/0 (the style’s default)', () => {
    expect(step(new Map(), nothing)).toEqual([]);
  });

  it('sets only what changes, and sets a feature back once it had state', () => {
    const memo = new Map<string, string>();
    expect(step(memo, { ...nothing, selected: 'p1' })).toEqual(['places/p1 {"sel":true,"hl":false,"dim":false,"hover":false,"mark":0}']);
    expect(step(memo, { ...nothing, selected: 'p1' })).toEqual([]);
    expect(step(memo, { ...nothing, selected: 'p2' })).toEqual([
      'places/p1 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":0}',
      'places/p2 {"sel":true,"hl":false,"dim":false,"hover":false,"mark":0}',
    ]);
  });

  it('starts over after the memo is cleared (a new style has no state)', () => {
    const memo = new Map<string, string>();
    step(memo, { ...nothing, selected: 'p1' });
    memo.clear();
    expect(step(memo, { ...nothing, selected: 'p1' })).toEqual(['places/p1 {"sel":true,"hl":false,"dim":false,"hover":false,"mark":0}']);
  });

  it('marks a place hovered in a list, and unmarks it', () => {
    const memo = new Map<string, string>();
    expect(step(memo, { ...nothing, hovered: 'p2' })).toEqual(['places/p2 {"sel":false,"hl":false,"dim":false,"hover":true,"mark":0}']);
    expect(step(memo, nothing)).toEqual(['places/p2 {"sel":false,"hl":false,"dim":false,"hover":false,"mark":0}']);
  });

  it('keeps sources apart: the same id in two sources is two features', () => {
    const memo = new Map<string, string>();
    const two = { ...ids, corridors: ['p1'] };
    const ops = featureStateOps(memo, wantedStates(two, { ...nothing, selected: 'p1' }));
    expect(ops.map((o) => o.op === 'featureState' && o.source)).toEqual(['places', 'corridors']);
  });
});
