// What a one-page brief of a place, a district, an action, a target, a task or a responsible unit holds:
// the places and corridor segments its map marks, the tasks that concern it (and, for a unit, whether it
// leads them), the targets of those tasks' actions with their status each year, the units responsible,
// the plan's own words with their lines, and the reported figures the statuses rest on. Pure: the brief's
// page (src/ui/brief/) lays it out, and cuts what does not fit one sheet along fitSteps, saying so.
import type { Action, Support, Target, Task, Unit } from '../data/planSchema.ts';
import type { Outcome } from '../data/outcomeSchema.ts';
import type { PlaceProps, Source } from '../data/placeSchema.ts';
import type { LinkGraph } from './linkGraph.ts';
import type { ScoreRow } from './scorecard.ts';
import { sentencePassage, type Passage } from './passage.ts';

export type BriefSubject =
  | { kind: 'place'; id: string }
  /** A district's brief lists the places its panel shows (the Explore filters apply). */
  | { kind: 'district'; name: string; places: readonly string[] }
  | { kind: 'action' | 'target' | 'task' | 'unit'; id: string };

export type BriefKind = BriefSubject['kind'];

/** The subject of a focus id (A3, A3-T1, A1-2, gz-stb), or undefined for an unknown id. */
export function focusSubject(graph: LinkGraph, id: string): BriefSubject | undefined {
  const f = graph.focus(id);
  return f ? { kind: f.type, id } : undefined;
}

export interface BriefTask {
  task: Task;
  parent: Action | Support;
  /** A unit's brief (or a district government's tasks): whether it leads the task or joins it. */
  role?: 'lead' | 'partner';
}

export interface BriefTargets {
  action: Action;
  targets: Array<{ target: Target; rows: ScoreRow[] }>;
}

export interface BriefUnit {
  unit: Unit;
  /** Of the brief's tasks, how many it is responsible for, and how many it leads (named first). */
  tasks: number;
  leads: number;
}

export interface BriefContent {
  subject: BriefSubject;
  /** What the map marks: places, corridor segments, and a district it outlines. */
  places: string[];
  corridors: string[];
  district?: string;
  tasks: BriefTask[];
  targets: BriefTargets[];
  /** The units responsible for the brief's tasks (a unit's brief: the units it shares them with). */
  units: BriefUnit[];
  /** The plan's words, as whole sentences with their lines, each range once. */
  passages: Passage[];
  /** The reported figures the statuses rest on (and the others of those years), each once. */
  outcomes: Outcome[];
  /** A place's location sources. */
  placeSources: Source[];
}

export interface BriefInputs {
  graph: LinkGraph;
  rows: readonly ScoreRow[];
  place(id: string): PlaceProps | undefined;
  /** A place's sources (data/place-sources.json, a panel file): none while it is not loaded. */
  sourcesOf?(id: string): readonly Source[];
  seedLines: readonly string[];
}

const unique = <T>(xs: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    if (seen.has(key(x))) return false;
    seen.add(key(x));
    return true;
  });
};

/** The passage a place is named in, around its name (or the plan's term for it). */
const placePassages = (p: PlaceProps, seed: readonly string[]) => p.lines.map((l) => sentencePassage(seed, l, p.named_in_plan ? p.name_zh : p.plan_terms[0]));

export function briefContent(subject: BriefSubject, inp: BriefInputs): BriefContent {
  const { graph, seedLines } = inp;
  const actionOf = (id: string) => graph.plan.actions.find((a) => a.id === id);
  let tasks: BriefTask[] = [];
  let places: string[] = [];
  let corridors: string[] = [];
  let district: string | undefined;
  let passages: Passage[] = [];
  let placeSources: Source[] = [];
  /** A target's brief shows that target only; every other brief the targets of its tasks' actions. */
  let onlyTarget: string | undefined;
  let self: string | undefined;
  const withRole =
    (unitId: string) =>
    (t: { task: Task; parent: Action | Support }): BriefTask => ({ ...t, role: t.task.responsible[0] === unitId ? 'lead' : 'partner' });

  switch (subject.kind) {
    case 'place': {
      const p = inp.place(subject.id);
      tasks = graph.tasksOfPlace(subject.id);
      places = [subject.id];
      passages = p ? placePassages(p, seedLines) : [];
      placeSources = p ? [...(inp.sourcesOf?.(subject.id) ?? [])] : [];
      break;
    }
    case 'district': {
      district = subject.name;
      places = [...subject.places];
      const gov = graph.plan.units.find((u) => u.district === subject.name);
      const govTasks = gov
        ? graph
            .tasksOfUnit(gov.id)
            .flatMap((id) => graph.task(id) ?? [])
            .map(withRole(gov.id))
        : [];
      const named = places.flatMap((id) => graph.tasksOfPlace(id));
      tasks = unique([...govTasks, ...named], (t) => t.task.id);
      passages = [
        ...places.flatMap((id) => {
          const p = inp.place(id);
          return p ? placePassages(p, seedLines).slice(0, 1) : [];
        }),
        ...govTasks.map((t) => sentencePassage(seedLines, t.task.lines)),
      ];
      break;
    }
    default: {
      const f = graph.focus(subject.id);
      if (!f) break;
      const feats = graph.featuresOf(subject.id);
      places = feats.places;
      corridors = feats.corridors;
      district = feats.district;
      switch (f.type) {
        case 'action':
          tasks = f.action.tasks.map((task) => ({ task, parent: f.action }));
          passages = [sentencePassage(seedLines, f.action.goalLines)];
          break;
        case 'target':
          tasks = f.action.tasks.map((task) => ({ task, parent: f.action }));
          onlyTarget = f.target.id;
          passages = [sentencePassage(seedLines, f.target.lines, f.target.indicator.zh)];
          break;
        case 'task':
          tasks = [{ task: f.task, parent: f.parent }];
          passages = [sentencePassage(seedLines, f.task.lines)];
          break;
        case 'unit':
          self = f.unit.id;
          tasks = graph
            .tasksOfUnit(f.unit.id)
            .flatMap((id) => graph.task(id) ?? [])
            .map(withRole(f.unit.id));
          passages = tasks.map((t) => sentencePassage(seedLines, t.task.lines));
          break;
      }
    }
  }

  const actionIds = unique(
    tasks.map((t) => t.parent.id).filter((id) => id.startsWith('A')),
    (id) => id,
  );
  const targets: BriefTargets[] = actionIds.flatMap((id) => {
    const action = actionOf(id);
    if (!action) return [];
    const ts = action.targets.filter((t) => !onlyTarget || t.id === onlyTarget);
    return ts.length
      ? [{ action, targets: ts.map((target) => ({ target, rows: inp.rows.filter((r) => r.target.id === target.id).sort((a, b) => a.year - b.year) })) }]
      : [];
  });

  const counts = new Map<string, BriefUnit>();
  for (const { task } of tasks) {
    task.responsible.forEach((id, i) => {
      const unit = graph.unit(id);
      if (!unit || id === self) return;
      const c = counts.get(id) ?? { unit, tasks: 0, leads: 0 };
      c.tasks++;
      if (i === 0) c.leads++;
      counts.set(id, c);
    });
  }
  const units = [...counts.values()].sort((a, b) => b.leads - a.leads || b.tasks - a.tasks);

  const outcomes = unique(
    targets.flatMap((g) => g.targets.flatMap((t) => t.rows.flatMap((r) => r.outcomes))),
    (o) => o.id,
  );
  return {
    subject,
    places,
    corridors,
    ...(district ? { district } : {}),
    tasks,
    targets,
    units,
    passages: unique(
      passages.filter((p) => p.text),
      (p) => p.lines.join('-'),
    ),
    outcomes,
    placeSources,
  };
}

/** How much of a brief one sheet shows: a type scale, and at most so many of each list. */
export interface FitBudget {
  scale: number;
  /** Share of its full height the map keeps where it stands above the text (A4). */
  map: number;
  targets: number;
  tasks: number;
  units: number;
  places: number;
  passages: number;
  /** Characters of each passage (the rest is cut with "…"; its lines are always given). */
  passageChars: number;
  sources: number;
}

export type FitCounts = Omit<FitBudget, 'scale' | 'map' | 'passageChars'>;

/**
 * The budgets to try, fullest first: the type shrinks a little and the map gives up some height, then
 * the least needed lists are cut — places (the map shows them), the length and number of quoted
 * passages, sources, units, tasks — and only then the targets, with the type shrunk once more before
 * the last cuts. At least one passage and three sources stay. Each step shows no more than the one before.
 */
export function fitSteps(c: FitCounts): FitBudget[] {
  const full: FitBudget = { scale: 1, map: 1, ...c, passageChars: Infinity };
  const steps: FitBudget[] = [full];
  const push = (change: Partial<FitBudget>) => {
    const last = steps.at(-1)!;
    const next = { ...last };
    for (const [k, v] of Object.entries(change) as Array<[keyof FitBudget, number]>) next[k] = Math.min(last[k], v);
    if ((Object.keys(next) as Array<keyof FitBudget>).some((k) => next[k] !== last[k])) steps.push(next);
  };
  push({ scale: 0.93 });
  push({ scale: 0.86 });
  push({ map: 0.8 });
  push({ scale: 0.8 });
  push({ map: 0.65 });
  push({ places: 24 });
  push({ passageChars: 240 });
  push({ places: 12 });
  push({ passages: 4 });
  push({ passageChars: 120 });
  push({ sources: 6 });
  push({ passages: 2 });
  push({ units: 10 });
  push({ tasks: 12 });
  push({ places: 6 });
  push({ sources: 3 });
  push({ passages: 1 });
  push({ units: 5 });
  push({ tasks: 8 });
  // The places are on the map: their list goes before any target does.
  push({ places: 0 });
  push({ passageChars: 60 });
  push({ map: 0.5 });
  push({ units: 3 });
  push({ tasks: 5 });
  push({ targets: 16 });
  push({ targets: 12 });
  push({ scale: 0.72 });
  push({ targets: 8 });
  push({ targets: 5 });
  return steps;
}

/** What is given back first when a sheet has room after its cuts: the targets, then the tasks … */
const REFILL_ORDER: ReadonlyArray<keyof FitBudget> = ['targets', 'tasks', 'sources', 'units', 'passages', 'passageChars', 'map', 'places', 'scale'];

/**
 * Once step `at` fits, what to try giving back, most needed first: for each budget key, the larger values
 * the steps before it had (largest first). A cut made early to make room may not be needed once a later
 * one is made: the sheet takes back, key by key, the largest value that still fits.
 */
export function refills(steps: readonly FitBudget[], at: number): Array<{ key: keyof FitBudget; values: number[] }> {
  const now = steps[at];
  if (!now) return [];
  return REFILL_ORDER.flatMap((key) => {
    const values = [...new Set(steps.slice(0, at).map((s) => s[key]))].filter((v) => v > now[key]).sort((a, b) => b - a);
    return values.length ? [{ key, values }] : [];
  });
}
