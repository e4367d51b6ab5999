// Checks data/plan.json against the schema and against the seed text itself: every figure and
// every Chinese title must literally stand in the plan inside the lines the data claims.
import { Plan, YEARS, type Lines, type Target, type Task } from './planSchema.ts';
import { zodProblems, type Problem } from './problem.ts';
import { titleVerbProblem } from '../plan/titleVerbs.ts';
import { numberInRange, phraseInRange, formatPlanNumber, figuresInRange, type SeedText } from './seedText.ts';

/** 各区政府: "every district government", which stands for all eleven. */
export const ALL_DISTRICTS = '各区政府';

/** 「市科技局、发展改革委，各区政府」 → ["市科技局", "发展改革委", "各区政府"]. */
export function splitResponsible(written: string): string[] {
  return written
    .split(/[、，,；;]/u)
    .map((s) => s.replace(/\s+/gu, ''))
    .filter(Boolean);
}

export interface PlanCheck {
  plan: Plan | null;
  problems: Problem[];
}

export function validatePlan(raw: unknown, seed: SeedText, file = 'data/plan.json'): PlanCheck {
  const parsed = Plan.safeParse(raw);
  if (!parsed.success) return { plan: null, problems: zodProblems(file, parsed.error.issues, raw) };
  const plan = parsed.data;
  const problems: Problem[] = [];
  const report = (id: string, field: string, message: string) => problems.push({ file, id, field, message });
  const lastLine = seed.lines.length;

  const inSeed = (id: string, field: string, lines: Lines) => {
    if (lines[1] > lastLine) report(id, field, `line range ${lines[0]}–${lines[1]} is past the end of the seed (${lastLine} lines)`);
  };
  const within = (id: string, field: string, inner: Lines, outer: Lines) => {
    if (inner[0] < outer[0] || inner[1] > outer[1]) {
      report(id, field, `lines ${inner[0]}–${inner[1]} should lie inside ${outer[0]}–${outer[1]}`);
    }
  };
  const phrase = (id: string, field: string, text: string, lines: Lines) => {
    if (!phraseInRange(seed, text, lines[0], lines[1])) {
      report(id, field, `expected "${text}" to stand in the seed at lines ${lines[0]}–${lines[1]}`);
    }
  };
  const number = (id: string, field: string, v: number | readonly [number, number], lines: Lines) => {
    if (!numberInRange(seed, v, lines[0], lines[1])) {
      report(id, field, `expected the figure ${formatPlanNumber(v)} to stand in the seed at lines ${lines[0]}–${lines[1]}`);
    }
  };

  const verb = (id: string, title: { zh: string; en: string }) => {
    const p = titleVerbProblem(title.zh, title.en);
    if (p) report(id, 'title.en', p);
  };

  // Ids are unique across the whole file: targets, tasks, instruments and units share one namespace.
  const seen = new Set<string>();
  const unique = (id: string, field: string) => {
    if (seen.has(id)) report(id, field, `id "${id}" is used more than once`);
    seen.add(id);
  };

  const checkTarget = (t: Target, parent: Lines) => {
    unique(t.id, 'id');
    inSeed(t.id, 'lines', t.lines);
    within(t.id, 'lines', t.lines, parent);
    phrase(t.id, 'indicator.zh', t.indicator.zh, t.lines);
    for (const y of YEARS) {
      const v = t.values[y];
      const at = t.yearLines[y];
      if (v === undefined) {
        if (at !== undefined) report(t.id, `yearLines.${y}`, `has lines but no value for ${y}`);
        continue;
      }
      if (at === undefined) {
        report(t.id, `yearLines.${y}`, `value for ${y} needs the lines it is written on`);
        continue;
      }
      within(t.id, `yearLines.${y}`, at, t.lines);
      number(t.id, `values.${y}`, v, at);
    }
    if (t.goal) {
      within(t.id, 'goal.lines', t.goal.lines, t.lines);
      number(t.id, 'goal.value', t.goal.value, t.goal.lines);
    }
    if (Object.keys(t.values).length === 0 && !t.goal) report(t.id, 'values', 'a target needs at least one figure');
  };

  const unitIds = new Set(plan.units.map((u) => u.id));
  const byName = new Map<string, string>();
  for (const u of plan.units) {
    for (const n of [u.name.zh, ...u.aliases]) {
      if (byName.has(n) && byName.get(n) !== u.id) report(u.id, 'aliases', `"${n}" also names unit "${byName.get(n)}"`);
      byName.set(n, u.id);
    }
  }
  const districtUnits = plan.units.filter((u) => u.level === 'district').map((u) => u.id);
  const resolveUnit = (written: string): string[] => {
    if (written === ALL_DISTRICTS) return districtUnits;
    const id = byName.get(written);
    return id ? [id] : [];
  };
  const usedUnits = new Set<string>();
  const checkTask = (task: Task, parent: Lines) => {
    unique(task.id, 'id');
    inSeed(task.id, 'lines', task.lines);
    within(task.id, 'lines', task.lines, parent);
    phrase(task.id, 'title.zh', task.title.zh, task.lines);
    verb(task.id, task.title);
    phrase(task.id, 'responsibleAsWritten', task.responsibleAsWritten, task.lines);
    task.responsible.forEach((u, i) => {
      usedUnits.add(u);
      if (!unitIds.has(u)) report(task.id, `responsible.${i}`, `unit "${u}" is not in units`);
    });
    if (new Set(task.responsible).size !== task.responsible.length) {
      report(task.id, 'responsible', 'lists a unit twice');
    }
    // The normalised list must be exactly what the written list says, name by name.
    const resolved = new Set<string>();
    for (const written of splitResponsible(task.responsibleAsWritten)) {
      const ids = resolveUnit(written);
      if (ids.length === 0) report(task.id, 'responsibleAsWritten', `"${written}" matches no unit name or alias`);
      ids.forEach((id) => resolved.add(id));
    }
    const listed = new Set(task.responsible);
    for (const id of resolved) if (!listed.has(id)) report(task.id, 'responsible', `the plan names "${id}" but responsible lacks it`);
    for (const id of listed) if (!resolved.has(id)) report(task.id, 'responsible', `"${id}" is not named in the written list`);
    for (const ins of task.instruments) {
      unique(ins.id, 'id');
      within(ins.id, 'lines', ins.lines, task.lines);
      ins.values.forEach((v, i) => number(ins.id, `values.${i}`, v, ins.lines));
      if (ins.qualifier) phrase(ins.id, 'qualifier', ins.qualifier, ins.lines);
    }
  };

  for (const g of plan.goals) {
    unique(g.id, 'id');
    inSeed(g.id, 'lines', g.lines);
    g.statements.forEach((s, i) => {
      within(g.id, `statements.${i}.lines`, s.lines, g.lines);
      phrase(g.id, `statements.${i}.text.zh`, s.text.zh, s.lines);
    });
    g.targets.forEach((t) => checkTarget(t, g.lines));
    g.industryClusters?.forEach((c, i) => phrase(g.id, `industryClusters.${i}.zh`, c.zh, g.lines));
  }
  plan.actions.forEach((a, i) => {
    const expected = `A${i + 1}`;
    if (a.id !== expected) report(a.id, 'id', `actions must be in order: expected ${expected}`);
    unique(a.id, 'id');
    inSeed(a.id, 'lines', a.lines);
    phrase(a.id, 'title.zh', a.title.zh, a.lines);
    if (!/^Action to [A-Z]/.test(a.title.en)) report(a.id, 'title.en', `an action's English title reads "Action to <Verb> …"; found "${a.title.en}"`);
    within(a.id, 'goalLines', a.goalLines, a.lines);
    within(a.id, 'yearlyLines', a.yearlyLines, a.lines);
    a.targets.forEach((t) => checkTarget(t, a.lines));
    a.tasks.forEach((t) => checkTask(t, a.lines));
    // Every figure of the 工作目标 paragraph is the end-2021 goal of one of the action's targets.
    for (const f of figuresInRange(seed, a.goalLines[0], a.goalLines[1])) {
      const same = (v: number | readonly [number, number]) => formatPlanNumber(v) === formatPlanNumber(f.value);
      const hit = a.targets.some((t) => t.goal && same(t.goal.value) && t.goal.lines[0] <= f.line && f.line <= t.goal.lines[1]);
      if (!hit) report(a.id, 'goalLines', `the 工作目标 figure "${f.text}" at line ${f.line} is the goal (targets[].goal) of none of ${a.id}'s targets`);
    }
  });
  plan.supports.forEach((s) => {
    unique(s.id, 'id');
    inSeed(s.id, 'lines', s.lines);
    phrase(s.id, 'title.zh', s.title.zh, s.lines);
    verb(s.id, s.title);
    if (!/^[A-Z][a-z]+ /.test(s.title.en) || /^[A-Z][a-z]+ing /.test(s.title.en))
      report(s.id, 'title.en', `a support's English title starts with a verb ("Strengthen …"); found "${s.title.en}"`);
    s.tasks.forEach((t) => checkTask(t, s.lines));
  });
  plan.measures.forEach((m) => {
    unique(m.id, 'id');
    inSeed(m.id, 'lines', m.lines);
    phrase(m.id, 'title.zh', m.title.zh, m.lines);
    verb(m.id, m.title);
  });
  for (const u of plan.units) {
    unique(u.id, 'id');
    if (!usedUnits.has(u.id)) report(u.id, 'id', 'unit is not responsible for any task');
  }
  return { plan, problems };
}
