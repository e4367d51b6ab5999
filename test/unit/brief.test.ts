// What a one-page brief holds for each kind of subject (on the real plan, places and reported figures),
// and the order in which a sheet that overflows gives things up.
import { describe, it, expect } from 'vitest';
import { briefContent, fitSteps, focusSubject, refills, type BriefContent, type FitBudget } from '../../src/plan/brief.ts';
import { scoreRows, partnersOf, unitTasks } from '../../src/plan/scorecard.ts';
import { buildLinkGraph } from '../../src/plan/linkGraph.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import type { PlaceProps, Source } from '../../src/data/placeSchema.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

const seed = loadSeed();
const plan = validatePlan(JSON.parse(readText('data/plan.json')), seed).plan!;
const { outcomes } = JSON.parse(readText('data/outcomes.json'));
const rows = scoreRows(plan, outcomes);
const places = (JSON.parse(readText('data/places.geojson')) as { features: Array<{ properties: PlaceProps }> }).features.map((f) => f.properties);
const corridors = (
  JSON.parse(readText('data/corridors.geojson')) as { features: Array<{ properties: { id: string; tasks: string[]; actions: string[] } }> }
).features.map((f) => f.properties);
const graph = buildLinkGraph(plan, places, corridors);
const byId = new Map(places.map((p) => [p.id, p]));
// Each place's sources: data/place-sources.json (a panel file, read when a brief or a panel needs it).
const cited = new Map(
  (JSON.parse(readText('data/place-sources.json')) as { places: Array<{ id: string; sources: Source[] }> }).places.map((e) => [e.id, e.sources]),
);
const inputs = { graph, rows, seedLines: seed.lines, place: (id: string) => byId.get(id), sourcesOf: (id: string) => cited.get(id) ?? [] };
const ids = (c: BriefContent) => ({
  tasks: c.tasks.map((t) => t.task.id),
  targets: c.targets.flatMap((g) => g.targets.map((t) => t.target.id)),
  units: c.units.map((u) => u.unit.id),
});
const statusOf = (c: BriefContent, target: string, year: number) =>
  c.targets
    .flatMap((g) => g.targets)
    .find((t) => t.target.id === target)
    ?.rows.find((r) => r.year === year)?.result.status;

describe('briefContent', () => {
  it('a place: the tasks that name it, its actions’ targets with status, the passage around its name, its sources', () => {
    const id = 'zhongxin-guangzhou-knowledge-city';
    const p = byId.get(id)!;
    const c = briefContent({ kind: 'place', id }, inputs);
    expect(c.places).toEqual([id]);
    expect(ids(c).tasks).toEqual(graph.tasksOfPlace(id).map((t) => t.task.id));
    expect(ids(c).targets).toEqual(graph.targetsOfPlace(id).map((t) => t.target.id));
    expect(ids(c).units.sort()).toEqual(
      graph
        .unitsOfPlace(id)
        .map((u) => u.id)
        .sort(),
    );
    // Every target carries one row per year the plan sets, in year order.
    for (const t of c.targets.flatMap((g) => g.targets)) {
      expect(t.rows.map((r) => r.year)).toEqual(Object.keys(t.target.values).map(Number).sort());
    }
    expect(c.passages.length).toBeGreaterThan(0);
    expect(c.passages[0]!.text.replace(/\s/g, '')).toContain('中新广州知识城');
    expect(c.placeSources).toEqual(cited.get(p.id));
    expect(c.placeSources.length).toBeGreaterThan(0);
  });

  it('an action: its targets (A3-T1 met in 2021), its tasks, the units of those tasks leads first, its goal paragraph', () => {
    const c = briefContent({ kind: 'action', id: 'A3' }, inputs);
    const a3 = plan.actions.find((a) => a.id === 'A3')!;
    expect(ids(c).targets).toEqual(a3.targets.map((t) => t.id));
    expect(ids(c).tasks).toEqual(a3.tasks.map((t) => t.id));
    expect(statusOf(c, 'A3-T1', 2021)).toBe('met');
    expect(c.units[0]!.leads).toBeGreaterThan(0);
    for (let i = 1; i < c.units.length; i++) expect(c.units[i - 1]!.leads).toBeGreaterThanOrEqual(c.units[i]!.leads);
    expect(c.passages[0]!.lines[0]).toBeLessThanOrEqual(a3.goalLines[0]);
    expect(c.places).toEqual(graph.featuresOf('A3').places);
    // The sources of every figure a status rests on, each once.
    const used = c.targets.flatMap((g) => g.targets.flatMap((t) => t.rows.flatMap((r) => r.outcomes.map((o) => o.id))));
    expect(c.outcomes.map((o) => o.id).sort()).toEqual([...new Set(used)].sort());
    expect(c.outcomes.length).toBeGreaterThan(0);
  });

  it('a target: that target alone, not its siblings, with the passage around its indicator', () => {
    const c = briefContent({ kind: 'target', id: 'A2-T1' }, inputs);
    expect(ids(c).targets).toEqual(['A2-T1']);
    expect(statusOf(c, 'A2-T1', 2021)).toBe('not-met');
    expect(c.passages).toHaveLength(1);
    expect(c.tasks.every((t) => t.parent.id === 'A2')).toBe(true);
  });

  it('a responsible unit: its tasks, lead or partner, the targets of their actions, and the units it shares them with', () => {
    const c = briefContent({ kind: 'unit', id: 'gz-stb' }, inputs);
    const mine = unitTasks(plan, 'gz-stb');
    // Support tasks (S…) count too: the unit answers for them.
    expect(ids(c).tasks).toEqual(graph.tasksOfUnit('gz-stb'));
    for (const m of mine) expect(c.tasks.find((t) => t.task.id === m.task.id)?.role).toBe(m.lead ? 'lead' : 'partner');
    expect(ids(c).units).not.toContain('gz-stb');
    const partners = new Map(partnersOf(plan, 'gz-stb').map((p) => [p.unit, p.tasks]));
    // partnersOf counts the action tasks; the brief also the support tasks: never fewer.
    for (const u of c.units) if (partners.has(u.unit.id)) expect(u.tasks).toBeGreaterThanOrEqual(partners.get(u.unit.id)!);
    expect(new Set(ids(c).targets)).toEqual(
      new Set(plan.actions.filter((a) => mine.some((m) => m.action.id === a.id)).flatMap((a) => a.targets.map((t) => t.id))),
    );
    expect(c.passages.length).toBe(new Set(c.tasks.map((t) => t.task.lines.join('-'))).size);
  });

  it('a district: the places its panel lists, its government’s tasks with their role, and the tasks that name its places', () => {
    const here = places.filter((p) => p.district === '黄埔区').map((p) => p.id);
    const c = briefContent({ kind: 'district', name: '黄埔区', places: here }, inputs);
    expect(c.district).toBe('黄埔区');
    expect(c.places).toEqual(here);
    const gov = plan.units.find((u) => u.district === '黄埔区')!;
    for (const id of graph.tasksOfUnit(gov.id)) expect(c.tasks.find((t) => t.task.id === id)?.role).toMatch(/^(lead|partner)$/);
    for (const id of here) for (const t of graph.tasksOfPlace(id)) expect(ids(c).tasks).toContain(t.task.id);
    expect(new Set(ids(c).tasks).size).toBe(c.tasks.length);
  });

  it('a task of the support measures has no targets, and an unknown id gives an empty brief', () => {
    expect(focusSubject(graph, 'S1-1')).toEqual({ kind: 'task', id: 'S1-1' });
    expect(briefContent({ kind: 'task', id: 'S1-1' }, inputs).targets).toEqual([]);
    expect(focusSubject(graph, 'nope')).toBeUndefined();
    const empty = briefContent({ kind: 'action', id: 'A99' }, inputs);
    expect(empty.tasks).toEqual([]);
    expect(empty.targets).toEqual([]);
  });
});

describe('fitSteps', () => {
  const counts = { targets: 22, tasks: 30, units: 30, places: 90, passages: 25, sources: 18 };
  const steps = fitSteps(counts);
  const keys = Object.keys(steps[0]!) as Array<keyof FitBudget>;
  it('starts with everything at full size', () => {
    expect(steps[0]).toEqual({ scale: 1, map: 1, ...counts, passageChars: Infinity });
  });
  it('never shows more than the step before, and each step gives something up', () => {
    for (let i = 1; i < steps.length; i++) {
      for (const k of keys) expect(steps[i]![k], `${i} ${k}`).toBeLessThanOrEqual(steps[i - 1]![k]);
      expect(keys.some((k) => steps[i]![k] < steps[i - 1]![k])).toBe(true);
    }
  });
  it('cuts the places (they are on the map) before any target, and keeps a passage and three sources', () => {
    const firstTargetCut = steps.findIndex((s) => s.targets < counts.targets);
    expect(steps[firstTargetCut - 1]!.places).toBe(0);
    const last = steps.at(-1)!;
    expect(last.passages).toBe(1);
    expect(last.sources).toBe(3);
    expect(last.targets).toBe(5);
    expect(last.scale).toBeGreaterThanOrEqual(0.7);
  });
  it('skips the cuts that would change nothing for a small subject', () => {
    const small = fitSteps({ targets: 1, tasks: 2, units: 2, places: 1, passages: 1, sources: 0 });
    expect(small.every((s) => s.targets === 1 && s.tasks === 2 && s.passages === 1)).toBe(true);
    expect(small.length).toBeLessThan(steps.length);
  });
  it('once a step fits, offers back what earlier steps cut, targets first, largest first', () => {
    const at = steps.findIndex((s) => s.targets === 12);
    const back = refills(steps, at);
    expect(back[0]).toEqual({ key: 'targets', values: [22, 16] });
    expect(back.map((r) => r.key)).toEqual(['targets', 'tasks', 'sources', 'units', 'passages', 'passageChars', 'map', 'places', 'scale']);
    for (const r of back) {
      expect(r.values.every((v) => v > steps[at]![r.key])).toBe(true);
      expect([...r.values].sort((a, b) => b - a)).toEqual(r.values);
    }
    expect(refills(steps, 0)).toEqual([]);
  });
});
