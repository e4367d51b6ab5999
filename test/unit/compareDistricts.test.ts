// src/plan/compareDistricts.ts: districts side by side.
import { describe, it, expect } from 'vitest';
import { compareDistricts, compareList, barShare, sameAsKind } from '../../src/plan/compareDistricts.ts';
import type { StatPlace } from '../../src/plan/districtStats.ts';

const p = (id: string, kind: string, district: string | null, groups: string[] = []): StatPlace => ({ id, kind, groups, district, sited: true });
const places = [
  p('i1', 'institute', '黄埔区'),
  p('i2', 'institute', '黄埔区'),
  p('l1', 'lab', '南沙区'),
  p('n1', 'node', '南沙区', ['thirteen-nodes']),
  p('c1', 'core-area', '黄埔区', ['three-cities-one-zone']),
  p('x', 'institute', '天河区'),
  p('gz', 'context-city', '深圳'),
];

describe('compareDistricts', () => {
  const c = compareDistricts(places, ['黄埔区', '南沙区'], {
    govUnitOf: (d) => (d === '黄埔区' ? 'gov-huangpu' : d === '南沙区' ? 'gov-nansha' : undefined),
    tasksOfUnit: (u) => (u === 'gov-huangpu' ? ['A1-1', 'A2-3', 'A1-1'] : ['A4-1']),
    userLayers: [{ id: 'L', districts: ['黄埔区', null, '南沙区', '南沙区', '天河区'] }],
  });
  const row = (section: string, id: string) => c.rows.find((r) => r.section === section && r.id === id)?.values;
  it('counts by kind and by group, side by side', () => {
    expect(row('total', 'total')).toEqual([3, 2]);
    expect(row('kind', 'institute')).toEqual([2, 0]);
    expect(row('kind', 'lab')).toEqual([0, 1]);
    expect(row('kind', 'node')).toEqual([0, 1]);
    expect(row('kind', 'core-area')).toEqual([1, 0]);
    // Kinds no compared district has are left out.
    expect(row('kind', 'context-city')).toBeUndefined();
  });
  it('shows 十三节点 and 三城一区 once: a group that is exactly one kind is left to its kind row', () => {
    expect(row('group', 'thirteen-nodes')).toBeUndefined();
    expect(row('group', 'three-cities-one-zone')).toBeUndefined();
    const ids = c.rows.map((r) => `${r.section}:${r.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    // A group that mixes kinds (or is not all of its kind) keeps its row.
    const mixed = [...places, p('core1', 'institute', '黄埔区', ['corridor-cores']), p('core2', 'lab', '南沙区', ['corridor-cores'])];
    const m = compareDistricts(mixed, ['黄埔区', '南沙区'], { govUnitOf: () => undefined, tasksOfUnit: () => [] });
    expect(m.rows.find((r) => r.id === 'corridor-cores')?.values).toEqual([1, 1]);
    expect(sameAsKind([...places, p('n2', 'node', '天河区')], 'thirteen-nodes')).toBe(false);
    expect(sameAsKind(places, 'thirteen-nodes')).toBe(true);
  });
  it('lists the nodes and zones hosted and the tasks of the district government', () => {
    expect(c.hosted).toEqual([['c1'], ['n1']]);
    expect(c.tasks).toEqual([['A1-1', 'A2-3'], ['A4-1']]);
    expect(row('tasks', 'tasks')).toEqual([2, 1]);
  });
  it('counts the user layers per district', () => {
    expect(row('user', 'L')).toEqual([1, 2]);
  });
  it('takes known districts once, at most three; bars are shares of the row', () => {
    expect(compareList(['黄埔区', '黄埔区', '火星区', '南沙区', '天河区', '海珠区'], ['黄埔区', '南沙区', '天河区', '海珠区'])).toEqual([
      '黄埔区',
      '南沙区',
      '天河区',
    ]);
    expect(barShare([2, 4], 2)).toBe(0.5);
    expect(barShare([0, 0], 0)).toBe(0);
  });
});
