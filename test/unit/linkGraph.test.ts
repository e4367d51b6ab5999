import { describe, it, expect } from 'vitest';
import { buildLinkGraph } from '../../src/plan/linkGraph.ts';
import type { Plan } from '../../src/data/planSchema.ts';

const task = (id: string, responsible: string[], places: string[]) => ({
  id,
  title: { zh: id, en: id },
  responsibleAsWritten: '-',
  responsible,
  places,
  instruments: [],
  lines: [1, 2],
});
const target = (id: string) => ({
  id,
  indicator: { zh: id, en: id },
  unit: '家',
  values: { '2021': 1 },
  qualifiers: {},
  yearLines: { '2021': [1, 1] },
  lines: [1, 1],
});
const plan = {
  actions: [
    {
      id: 'A1',
      numeral: '一',
      title: { zh: 'a1', en: 'a1' },
      targets: [target('A1-T1')],
      tasks: [task('A1-1', ['stb', 'gov-nansha'], ['p1', 'p2']), task('A1-2', ['drc'], ['p3'])],
      lines: [1, 9],
    },
    { id: 'A2', numeral: '二', title: { zh: 'a2', en: 'a2' }, targets: [target('A2-T1')], tasks: [task('A2-1', ['stb'], [])], lines: [10, 19] },
  ],
  supports: [{ id: 'S1', numeral: '一', title: { zh: 's1', en: 's1' }, tasks: [task('S1-1', ['drc'], ['p3'])], lines: [20, 29] }],
  units: [
    { id: 'stb', name: { zh: '市科技局', en: 'STB' }, aliases: [], level: 'municipal' },
    { id: 'drc', name: { zh: '市发展改革委', en: 'DRC' }, aliases: [], level: 'municipal' },
    { id: 'gov-nansha', name: { zh: '南沙区政府', en: 'Nansha' }, aliases: [], level: 'district', district: '南沙区' },
  ],
} as unknown as Plan;
const places = [
  { id: 'p1', tasks: ['A1-1'], actions: ['A1'], district: '南沙区' },
  { id: 'p2', tasks: ['A1-1'], actions: ['A1'], district: '黄埔区' },
  { id: 'p3', tasks: ['A1-2', 'S1-1'], actions: ['A1'], district: null },
  { id: 'p4', tasks: [], actions: [], district: '天河区' },
];
const corridors = [{ id: 'c1', tasks: ['A1-1'], actions: ['A1'] }];
const g = buildLinkGraph(plan, places, corridors);

describe('linkGraph', () => {
  it('an action concerns the places and corridors of all its tasks', () => {
    expect(g.featuresOf('A1')).toEqual({ places: ['p1', 'p2', 'p3'], corridors: ['c1'] });
    expect(g.featuresOf('A2')).toEqual({ places: [], corridors: [] });
  });
  it('a target concerns what its action builds', () => {
    expect(g.featuresOf('A1-T1')).toEqual(g.featuresOf('A1'));
  });
  it('a task concerns its own places, a support task too', () => {
    expect(g.featuresOf('A1-2')).toEqual({ places: ['p3'], corridors: [] });
    expect(g.featuresOf('S1-1')).toEqual({ places: ['p3'], corridors: [] });
  });
  it('a unit concerns the places of the tasks it is responsible for; a district government frames its district', () => {
    expect(g.featuresOf('drc')).toEqual({ places: ['p3'], corridors: [] });
    expect(g.featuresOf('gov-nansha')).toEqual({ places: ['p1', 'p2'], corridors: ['c1'], district: '南沙区' });
    expect(g.tasksOfUnit('stb')).toEqual(['A1-1', 'A2-1']);
  });
  it('names a focus in both languages', () => {
    expect(g.focusTitle('A1')).toEqual({ zh: 'a1', en: 'a1' });
    expect(g.focusTitle('A1-T1')).toEqual({ zh: 'A1-T1', en: 'A1-T1' });
    expect(g.focusTitle('gov-nansha')).toEqual({ zh: '南沙区政府', en: 'Nansha' });
    expect(g.focusTitle('nope')).toBeUndefined();
  });
  it('an unknown id concerns nothing and is not a focus', () => {
    expect(g.focus('A9')).toBeUndefined();
    expect(g.featuresOf('<img onerror>')).toEqual({ places: [], corridors: [] });
  });
  it('from a place: its tasks, the targets of its actions (once each), its units', () => {
    expect(g.tasksOfPlace('p3').map((t) => t.task.id)).toEqual(['A1-2', 'S1-1']);
    expect(g.targetsOfPlace('p3').map((t) => t.target.id)).toEqual(['A1-T1']);
    expect(g.unitsOfPlace('p1').map((u) => u.id)).toEqual(['stb', 'gov-nansha']);
    expect(g.tasksOfPlace('p4')).toEqual([]);
    expect(g.targetsOfPlace('nope')).toEqual([]);
  });
});
