import { describe, it, expect } from 'vitest';
import { applyFilters, countBy, type Filterable } from '../../src/plan/filters.ts';

const f = (id: string, kind: string, groups: string[], actions: string[], tasks: string[], district: string | null): Filterable => ({
  id,
  kind,
  groups,
  actions,
  tasks,
  district,
});

const items: Filterable[] = [
  f('zsk', 'park', ['G1', 'G2'], ['A1', 'A3'], ['A3-2'], '黄埔区'),
  f('scut', 'university', ['G3'], ['A2'], ['A2-1', 'A2-4'], '天河区'),
  f('ns', 'park', ['G2'], ['A3'], ['A3-1'], '南沙区'),
  f('corridor', 'corridor', [], ['A1'], [], null),
];
const units: Record<string, string[]> = { 'gz-stb': ['A3-2', 'A2-4'], 'gz-edu': ['A2-1'], 'gz-none': [] };
const tasksOfUnit = (u: string): readonly string[] => units[u] ?? [];
const ids = (xs: readonly Filterable[]) => xs.map((x) => x.id);

describe('applyFilters', () => {
  it('keeps everything when no facet is set or all are empty', () => {
    expect(ids(applyFilters(items, {}, tasksOfUnit))).toEqual(['zsk', 'scut', 'ns', 'corridor']);
    expect(ids(applyFilters(items, { kinds: [], groups: [], actions: [], districts: [], units: [] }, tasksOfUnit))).toEqual(['zsk', 'scut', 'ns', 'corridor']);
  });

  it('ORs within a facet', () => {
    expect(ids(applyFilters(items, { kinds: ['university', 'corridor'] }, tasksOfUnit))).toEqual(['scut', 'corridor']);
    expect(ids(applyFilters(items, { groups: ['G3', 'G1'] }, tasksOfUnit))).toEqual(['zsk', 'scut']);
    expect(ids(applyFilters(items, { actions: ['A2', 'A1'] }, tasksOfUnit))).toEqual(['zsk', 'scut', 'corridor']);
  });

  it('ANDs across facets', () => {
    expect(ids(applyFilters(items, { kinds: ['park'], actions: ['A1'] }, tasksOfUnit))).toEqual(['zsk']);
    expect(ids(applyFilters(items, { kinds: ['park'], groups: ['G2'], districts: ['南沙区'] }, tasksOfUnit))).toEqual(['ns']);
    expect(applyFilters(items, { kinds: ['university'], districts: ['黄埔区'] }, tasksOfUnit)).toEqual([]);
  });

  it('filters districts, never matching features without one', () => {
    expect(ids(applyFilters(items, { districts: ['黄埔区', '天河区'] }, tasksOfUnit))).toEqual(['zsk', 'scut']);
  });

  it('filters units through the union of their tasks', () => {
    expect(ids(applyFilters(items, { units: ['gz-stb'] }, tasksOfUnit))).toEqual(['zsk', 'scut']);
    expect(ids(applyFilters(items, { units: ['gz-edu'] }, tasksOfUnit))).toEqual(['scut']);
    expect(ids(applyFilters(items, { units: ['gz-edu', 'gz-stb'], kinds: ['park'] }, tasksOfUnit))).toEqual(['zsk']);
    // A chosen unit with no tasks matches nothing rather than being ignored.
    expect(applyFilters(items, { units: ['gz-none'] }, tasksOfUnit)).toEqual([]);
  });

  it('asks for each unit once, not once per item', () => {
    const asked: string[] = [];
    applyFilters(items, { units: ['gz-stb', 'gz-edu'] }, (u) => {
      asked.push(u);
      return tasksOfUnit(u);
    });
    expect(asked).toEqual(['gz-stb', 'gz-edu']);
  });

  it('keeps input order and returns the same objects in a new array', () => {
    const reversed = [...items].reverse();
    const out = applyFilters(reversed, { kinds: ['park'] }, tasksOfUnit);
    expect(ids(out)).toEqual(['ns', 'zsk']);
    expect(out[0]).toBe(reversed[1]);
    expect(out).not.toBe(reversed);
  });
});

describe('countBy', () => {
  it('counts string keys', () => {
    expect(countBy(items, (x) => x.kind)).toEqual(
      new Map([
        ['park', 2],
        ['university', 1],
        ['corridor', 1],
      ]),
    );
  });

  it('counts an item once per distinct element of an array key', () => {
    const xs = [{ g: ['a', 'b', 'a'] }, { g: ['b'] }, { g: [] as string[] }];
    expect(countBy(xs, (x) => x.g)).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    expect(countBy(items, (x) => x.groups).get('G2')).toBe(2);
  });

  it('returns an empty map for no items', () => {
    expect(countBy([], (x: string) => x).size).toBe(0);
  });
});
