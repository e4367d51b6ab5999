// The links between the plan (actions, targets, tasks, units) and the map's features, both ways.
import type { Plan, Task, Target, Action, Support, Unit } from '../data/planSchema.ts';

export interface LinkedPlace {
  id: string;
  tasks: readonly string[];
  actions: readonly string[];
  district: string | null;
}
export interface LinkedCorridor {
  id: string;
  tasks: readonly string[];
  actions: readonly string[];
}

export type Focus =
  | { type: 'action'; action: Action }
  | { type: 'target'; target: Target; action: Action }
  | { type: 'task'; task: Task; parent: Action | Support }
  | { type: 'unit'; unit: Unit };

export interface FocusFeatures {
  places: string[];
  corridors: string[];
  /** A district government frames its district. */
  district?: string;
}

export interface LinkGraph {
  plan: Plan;
  task(id: string): { task: Task; parent: Action | Support } | undefined;
  unit(id: string): Unit | undefined;
  focus(id: string): Focus | undefined;
  /** The name of a focus in both languages (an action's title, a target's indicator …). */
  focusTitle(id: string): { zh: string; en: string } | undefined;
  /** Features a focus concerns (an action, target, task or unit id). */
  featuresOf(id: string): FocusFeatures;
  tasksOfUnit(unitId: string): string[];
  tasksOfPlace(placeId: string): Array<{ task: Task; parent: Action | Support }>;
  /** Targets of the actions that name a place. */
  targetsOfPlace(placeId: string): Array<{ target: Target; action: Action }>;
  unitsOfPlace(placeId: string): Unit[];
}

export function buildLinkGraph(plan: Plan, places: readonly LinkedPlace[], corridors: readonly LinkedCorridor[]): LinkGraph {
  const tasks = new Map<string, { task: Task; parent: Action | Support }>();
  for (const parent of [...plan.actions, ...plan.supports]) for (const task of parent.tasks) tasks.set(task.id, { task, parent });
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  const targets = new Map<string, { target: Target; action: Action }>();
  for (const action of plan.actions) for (const target of action.targets) targets.set(target.id, { target, action });
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const placeById = new Map(places.map((p) => [p.id, p]));

  const tasksOfUnit = (unitId: string) => [...tasks.values()].filter(({ task }) => task.responsible.includes(unitId)).map(({ task }) => task.id);

  const byTasks = (taskIds: ReadonlySet<string>): FocusFeatures => ({
    places: places.filter((p) => p.tasks.some((t) => taskIds.has(t))).map((p) => p.id),
    corridors: corridors.filter((c) => c.tasks.some((t) => taskIds.has(t))).map((c) => c.id),
  });

  const focus = (id: string): Focus | undefined => {
    const action = actions.get(id);
    if (action) return { type: 'action', action };
    const target = targets.get(id);
    if (target) return { type: 'target', ...target };
    const task = tasks.get(id);
    if (task) return { type: 'task', ...task };
    const unit = units.get(id);
    if (unit) return { type: 'unit', unit };
    return undefined;
  };

  const featuresOf = (id: string): FocusFeatures => {
    const f = focus(id);
    if (!f) return { places: [], corridors: [] };
    switch (f.type) {
      case 'action':
        return byTasks(new Set(f.action.tasks.map((t) => t.id)));
      case 'target':
        // A target concerns what its action builds.
        return byTasks(new Set(f.action.tasks.map((t) => t.id)));
      case 'task':
        return byTasks(new Set([f.task.id]));
      case 'unit': {
        const out = byTasks(new Set(tasksOfUnit(f.unit.id)));
        return f.unit.district ? { ...out, district: f.unit.district } : out;
      }
    }
  };

  const tasksOfPlace = (placeId: string) =>
    (placeById.get(placeId)?.tasks ?? []).flatMap((t) => {
      const hit = tasks.get(t);
      return hit ? [hit] : [];
    });

  const focusTitle = (id: string) => {
    const f = focus(id);
    if (!f) return undefined;
    switch (f.type) {
      case 'action':
        return f.action.title;
      case 'target':
        return f.target.indicator;
      case 'task':
        return f.task.title;
      case 'unit':
        return f.unit.name;
    }
  };

  return {
    plan,
    focusTitle,
    task: (id) => tasks.get(id),
    unit: (id) => units.get(id),
    focus,
    featuresOf,
    tasksOfUnit,
    tasksOfPlace,
    targetsOfPlace(placeId) {
      const seen = new Set<string>();
      const out: Array<{ target: Target; action: Action }> = [];
      for (const { parent } of tasksOfPlace(placeId)) {
        const action = actions.get(parent.id);
        if (!action || seen.has(action.id)) continue;
        seen.add(action.id);
        for (const target of action.targets) out.push({ target, action });
      }
      return out;
    },
    unitsOfPlace(placeId) {
      const ids = new Set(tasksOfPlace(placeId).flatMap(({ task }) => task.responsible));
      return plan.units.filter((u) => ids.has(u.id));
    },
  };
}
