// data/plan.json with each task's `places` (the places whose names stand in its lines) written in;
// everything else as it was read.

interface PlanFile {
  actions: Array<{ tasks: Array<{ id: string; places: string[] }> }>;
  supports: Array<{ tasks: Array<{ id: string; places: string[] }> }>;
}

export function planWithPlaces(rawPlan: unknown, taskPlaces: Readonly<Record<string, string[]>>): PlanFile {
  const plan = structuredClone(rawPlan) as PlanFile;
  for (const parent of [...plan.actions, ...plan.supports]) for (const t of parent.tasks) t.places = taskPlaces[t.id] ?? [];
  return plan;
}
