import { describe, it, expect } from 'vitest';
import { makeSeedText, findPhrase } from '../../src/data/seedText.ts';
import { containingNames, linkPlaces, termLines, termOccurrences, tasksOfLines, type PlanTasks } from '../../src/data/placeLinks.ts';

// 1: heading (no task)   2–4: task A1-1   5: page number   6–7: task A1-2   8: support task S2-1
const raw = [
  '一、总体要求：广州大学城',
  '加快推进广州大学城、广州南',
  '',
  '沙科学城和“三城一区十三节点”建设。',
  ' 14 ',
  '支持广州大',
  '学发展，“十三节点”建设。',
  '推进风投大厦建设。',
].join('\n');
const seed = makeSeedText(raw);

const plan: PlanTasks = {
  actions: [
    {
      id: 'A1',
      tasks: [
        { id: 'A1-1', lines: [2, 4] },
        { id: 'A1-2', lines: [6, 7] },
      ],
    },
  ],
  supports: [{ id: 'S2', tasks: [{ id: 'S2-1', lines: [8, 8] }] }],
};

describe('termLines', () => {
  it('finds a phrase broken across lines and over a page-number line, as findPhrase does', () => {
    expect(termLines(seed, ['广州南沙科学城'])).toEqual([[2, 4]]);
    expect(termLines(seed, ['广州大学'])).toEqual(findPhrase(seed, '广州大学').filter((r, i, a) => a.findIndex((x) => x[0] === r[0] && x[1] === r[1]) === i));
    expect(termLines(seed, ['广州大学'])).toEqual([
      [1, 1],
      [2, 2],
      [6, 7],
    ]);
  });
  it('drops hits inside an excluded (longer) name', () => {
    expect(termLines(seed, ['广州大学'], ['广州大学城'])).toEqual([[6, 7]]);
    expect(termOccurrences(seed, ['广州大学'])).toHaveLength(3);
    expect(termOccurrences(seed, ['广州大学'], ['广州大学城'])).toHaveLength(1);
  });
  it('counts a shorter term inside a longer term of the same place once', () => {
    expect(termOccurrences(seed, ['十三节点', '三城一区十三节点'])).toHaveLength(2);
    expect(termLines(seed, ['十三节点', '三城一区十三节点'])).toEqual([
      [4, 4],
      [7, 7],
    ]);
  });
  it('returns nothing for a phrase not in the text', () => {
    expect(termLines(seed, ['广州科学城'])).toEqual([]);
  });
});

describe('tasksOfLines', () => {
  it('links a range inside a task to it, and supports to no action', () => {
    expect(
      tasksOfLines(plan, [
        [2, 4],
        [8, 8],
      ]),
    ).toEqual({ tasks: ['A1-1', 'S2-1'], actions: ['A1'] });
  });
  it('does not link a mention outside every task', () => {
    expect(tasksOfLines(plan, [[1, 1]])).toEqual({ tasks: [], actions: [] });
  });
  it('needs the range inside the task, not just touching it', () => {
    expect(tasksOfLines(plan, [[4, 6]])).toEqual({ tasks: [], actions: [] });
  });
});

describe('linkPlaces', () => {
  const result = linkPlaces(plan, seed, [
    { id: 'university-town', plan_terms: ['广州大学城'] },
    { id: 'guangzhou-university', plan_terms: ['广州大学'], exclude: ['广州大学城'] },
    { id: 'node-a', plan_terms: ['十三节点'] },
    { id: 'vc-tower', plan_terms: ['风投大厦'] },
    { id: 'nowhere', plan_terms: ['广州科学城'] },
  ]);
  it('gives each place its lines, tasks and actions', () => {
    expect(result.links['university-town']).toEqual({
      lines: [
        [1, 1],
        [2, 2],
      ],
      tasks: ['A1-1'],
      actions: ['A1'],
    });
    expect(result.links['guangzhou-university']).toEqual({ lines: [[6, 7]], tasks: ['A1-2'], actions: ['A1'] });
    expect(result.links['node-a']).toEqual({
      lines: [
        [4, 4],
        [7, 7],
      ],
      tasks: ['A1-1', 'A1-2'],
      actions: ['A1'],
    });
    expect(result.links['vc-tower']).toEqual({ lines: [[8, 8]], tasks: ['S2-1'], actions: [] });
    expect(result.links['nowhere']).toEqual({ lines: [], tasks: [], actions: [] });
  });
  it('lists, for every task, the sorted ids of the places mentioned in it', () => {
    expect(result.taskPlaces).toEqual({
      'A1-1': ['node-a', 'university-town'],
      'A1-2': ['guangzhou-university', 'node-a'],
      'S2-1': ['vc-tower'],
    });
  });
  it('agrees both ways', () => {
    for (const [task, ids] of Object.entries(result.taskPlaces)) {
      for (const id of ids) expect(result.links[id]!.tasks).toContain(task);
    }
    for (const [id, l] of Object.entries(result.links)) {
      for (const t of l.tasks) expect(result.taskPlaces[t]).toContain(id);
    }
  });
});

describe('containingNames', () => {
  it('finds the other places whose name contains a term', () => {
    const names = containingNames([
      { id: 'gu', name_zh: '广州大学', plan_terms: ['广州大学'] },
      { id: 'ut', name_zh: '广州大学城', plan_terms: ['广州大学城'] },
      { id: 'scut', name_zh: '华南理工大学', plan_terms: ['华南理工大学'] },
      { id: 'scut-gic', name_zh: '华南理工大学广州国际校区', plan_terms: ['华南理工大学广州国际校区'] },
    ]);
    expect(names).toEqual({ gu: ['广州大学城'], ut: [], scut: ['华南理工大学广州国际校区'], 'scut-gic': [] });
  });
});
