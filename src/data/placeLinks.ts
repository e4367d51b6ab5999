// Links places (and corridors) to the plan by where the plan names them: every occurrence of a
// place's plan_terms in the seed becomes a line range; an occurrence inside a task's lines links the
// place to that task; the tasks' actions (A1…A8; supports S1…S3 are not actions) follow. Pure.
import type { SeedText } from './seedText.ts';

export type LineRange = [number, number];

/** The part of the plan this needs: tasks with their line ranges, under actions and supports. */
export interface PlanTasks {
  actions: ReadonlyArray<{ id: string; tasks: ReadonlyArray<{ id: string; lines: readonly [number, number] }> }>;
  supports: ReadonlyArray<{ id: string; tasks: ReadonlyArray<{ id: string; lines: readonly [number, number] }> }>;
}

export interface LinkInput {
  id: string;
  /** Phrases of the plan that name the thing. */
  plan_terms: readonly string[];
  /**
   * Longer phrases (usually other places' names) inside which a hit does not count, e.g. 广州大学
   * inside 广州大学城, or 华南理工大学 inside 华南理工大学广州国际校区.
   */
  exclude?: readonly string[];
}

export interface Links {
  lines: LineRange[];
  tasks: string[];
  actions: string[];
}

export interface LinkResult {
  /** Per input id. */
  links: Record<string, Links>;
  /** Per task id (every task of the plan, in plan order): the sorted ids whose mentions fall in it. */
  taskPlaces: Record<string, string[]>;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

/** Start indices in seed.flat of every occurrence of `phrase` (white space ignored). */
export function flatHits(seed: SeedText, phrase: string): number[] {
  const p = squash(phrase);
  const out: number[] = [];
  if (!p) return out;
  for (let i = seed.flat.indexOf(p); i >= 0; i = seed.flat.indexOf(p, i + 1)) out.push(i);
  return out;
}

/**
 * The occurrences of the terms as flat intervals [start, end), without those that lie inside an
 * occurrence of an `exclude` phrase or inside another (longer) kept occurrence of the same terms.
 */
export function termOccurrences(seed: SeedText, terms: readonly string[], exclude: readonly string[] = []): Array<[number, number]> {
  const blocked: Array<[number, number]> = [];
  for (const e of exclude) for (const i of flatHits(seed, e)) blocked.push([i, i + squash(e).length]);
  const hits: Array<[number, number]> = [];
  for (const t of terms) {
    const len = squash(t).length;
    for (const i of flatHits(seed, t)) {
      const j = i + len;
      if (blocked.some(([a, b]) => a <= i && j <= b)) continue;
      hits.push([i, j]);
    }
  }
  const inside = (h: [number, number], o: [number, number]) => o[0] <= h[0] && h[1] <= o[1] && o[1] - o[0] > h[1] - h[0];
  const kept = hits.filter((h) => !hits.some((o) => o !== h && inside(h, o)));
  // identical intervals (the same term listed twice) collapse
  const uniq = new Map(kept.map((h) => [`${h[0]}:${h[1]}`, h]));
  return [...uniq.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Line ranges (1-based, inclusive) of the kept occurrences, sorted and without repeats. */
export function termLines(seed: SeedText, terms: readonly string[], exclude: readonly string[] = []): LineRange[] {
  const seen = new Set<string>();
  const out: LineRange[] = [];
  for (const [a, b] of termOccurrences(seed, terms, exclude)) {
    const r: LineRange = [seed.lineOf[a]!, seed.lineOf[b - 1]!];
    const k = `${r[0]}-${r[1]}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

interface TaskRef {
  id: string;
  parent: string;
  isAction: boolean;
  lines: readonly [number, number];
}

export function planTaskList(plan: PlanTasks): TaskRef[] {
  return [
    ...plan.actions.flatMap((a) => a.tasks.map((t) => ({ id: t.id, parent: a.id, isAction: true, lines: t.lines }))),
    ...plan.supports.flatMap((s) => s.tasks.map((t) => ({ id: t.id, parent: s.id, isAction: false, lines: t.lines }))),
  ];
}

/** The tasks (in plan order) whose line range holds one of the ranges, and the actions they belong to. */
export function tasksOfLines(plan: PlanTasks, lines: readonly LineRange[]): { tasks: string[]; actions: string[] } {
  const tasks: string[] = [];
  const actions: string[] = [];
  for (const t of planTaskList(plan)) {
    if (!lines.some(([a, b]) => t.lines[0] <= a && b <= t.lines[1])) continue;
    tasks.push(t.id);
    if (t.isAction && !actions.includes(t.parent)) actions.push(t.parent);
  }
  return { tasks, actions };
}

/** Links every input to the plan; see the module comment. */
export function linkPlaces(plan: PlanTasks, seed: SeedText, inputs: readonly LinkInput[]): LinkResult {
  const links: Record<string, Links> = {};
  const taskPlaces: Record<string, string[]> = {};
  for (const t of planTaskList(plan)) taskPlaces[t.id] = [];
  for (const input of inputs) {
    const lines = termLines(seed, input.plan_terms, input.exclude ?? []);
    const { tasks, actions } = tasksOfLines(plan, lines);
    links[input.id] = { lines, tasks, actions };
    for (const t of tasks) taskPlaces[t]!.push(input.id);
  }
  for (const k of Object.keys(taskPlaces)) taskPlaces[k] = [...new Set(taskPlaces[k])].sort();
  return { links, taskPlaces };
}

/**
 * For each input, the names (name_zh) of the other inputs that contain one of its terms, so that a hit
 * inside another place's name does not count for it (广州大学 inside 广州大学城).
 */
export function containingNames(inputs: ReadonlyArray<{ id: string; name_zh: string; plan_terms: readonly string[] }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of inputs) {
    const names = new Set<string>();
    for (const q of inputs) {
      if (q.id === p.id) continue;
      for (const t of p.plan_terms) if (q.name_zh.length > t.length && q.name_zh.includes(t)) names.add(q.name_zh);
    }
    out[p.id] = [...names].sort();
  }
  return out;
}
