// The real data/plan.json is checked against the seed, and broken copies of it must be caught.
import { describe, it, expect } from 'vitest';
import { validatePlan, splitResponsible } from '../../src/data/validatePlan.ts';
import { formatProblem } from '../../src/data/problem.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

const seed = loadSeed();
const real = JSON.parse(readText('data/plan.json'));
const copy = () => structuredClone(real);
const messages = (raw: unknown) => validatePlan(raw, seed).problems.map(formatProblem);

describe('data/plan.json', () => {
  it('validates with no problems', () => {
    expect(messages(real)).toEqual([]);
  });

  it('has 8 actions with 22 tasks, 3 supports with 7 tasks, and every yearly figure', () => {
    const { plan } = validatePlan(real, seed);
    expect(plan!.actions.map((a) => a.tasks.length)).toEqual([4, 2, 2, 3, 2, 3, 3, 3]);
    expect(plan!.supports.map((s) => s.tasks.length)).toEqual([2, 3, 2]);
    const t = (a: number, zh: string) => plan!.actions[a]!.targets.find((x) => x.indicator.zh.includes(zh))!;
    expect(t(0, '国家重点实验室').values).toEqual({ 2019: 20, 2020: 21, 2021: 22 });
    expect(t(2, '技术交易合同成交金额')).toMatchObject({ unit: '亿元', values: { 2019: 850, 2020: 1000, 2021: 1200 } });
    expect(t(3, '高新技术企业')).toMatchObject({ unit: '万家', values: { 2019: 1.14, 2020: 1.17, 2021: 1.2 } });
    expect(t(7, '留学归国人员')).toMatchObject({ unit: '万人', values: { 2019: 8, 2020: 8.5, 2021: 9 } });
    expect(plan!.goals[0]!.targets.map((x) => x.values['2021'])).toEqual([3.1, 65]);
    expect(plan!.goals[0]!.industryClusters).toHaveLength(5);
  });

  it('resolves 各区政府 to the eleven district governments, each naming its district', () => {
    const { plan } = validatePlan(real, seed);
    const districts = plan!.units.filter((u) => u.level === 'district');
    expect(districts.map((u) => u.district).sort()).toEqual(
      ['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'].sort(),
    );
    const a11 = plan!.actions[0]!.tasks[0]!;
    for (const u of districts) expect(a11.responsible).toContain(u.id);
  });
});

describe('broken copies of plan.json are caught, naming file, id and field', () => {
  it('a changed figure', () => {
    const p = copy();
    p.actions[2].targets[0].values['2020'] = 1100;
    expect(messages(p).join('\n')).toMatch(/data\/plan\.json: A3-T1: values\.2020: expected the figure 1100/);
  });
  it("a 工作目标 figure that is no target's goal (A1-T4 once lacked 零的突破 of line 177)", () => {
    const p = copy();
    delete p.actions[0].targets[3].goal;
    expect(messages(p).join('\n')).toMatch(/A1: goalLines: the 工作目标 figure "零" at line 177 is the goal .* of none of A1's targets/);
    const q = copy();
    q.actions[0].targets[2].goal.lines = [170, 171]; // 国家重点实验室 22 家 stands at lines 176–177
    expect(messages(q).join('\n')).toMatch(/A1: goalLines: the 工作目标 figure "22" at line 177/);
  });
  it('English titles whose verb differs from the one their Chinese verb calls for', () => {
    const p = copy();
    p.supports[0].title.en = 'Strengthening Innovation Policy Support';
    p.actions[1].tasks[1].title.en = 'Tackle key core technologies';
    p.actions[1].title.en = 'Action for Breakthroughs in Source and Core Technologies';
    const m = messages(p).join('\n');
    expect(m).toMatch(/S1: title\.en: a support's English title starts with a verb/);
    expect(m).toMatch(/A2-2: title\.en: "加强关键核心技术攻关" starts with a verb written "Strengthen …"/);
    expect(m).toMatch(/A2: title\.en: an action's English title reads "Action to <Verb> …"/);
  });
  it('a title that is not in its lines', () => {
    const p = copy();
    p.actions[0].tasks[1].title.zh = '建设一个不存在的中心';
    expect(messages(p).join('\n')).toMatch(/A1-2: title\.zh: expected "建设一个不存在的中心"/);
  });
  it('an instrument figure outside its lines', () => {
    const p = copy();
    const task = p.actions[1].tasks[0];
    task.instruments[0].values = [7000];
    expect(messages(p).join('\n')).toMatch(new RegExp(`${task.instruments[0].id}: values\\.0: expected the figure 7000`));
  });
  it('a repeated id', () => {
    const p = copy();
    p.actions[1].tasks[1].id = p.actions[1].tasks[0].id;
    expect(messages(p).join('\n')).toMatch(/A2-1: id: id "A2-1" is used more than once/);
  });
  it('a responsible unit that does not resolve', () => {
    const p = copy();
    p.actions[0].tasks[0].responsible.push('no-such-unit');
    expect(messages(p).join('\n')).toMatch(/A1-1: responsible\.\d+: unit "no-such-unit" is not in units/);
  });
  it('a unit dropped from a task whose written list names it', () => {
    const p = copy();
    p.supports[0].tasks[0].responsible = p.units
      .filter((u: { id: string }) => !p.supports[0].tasks[0].responsible.includes(u.id))
      .slice(0, 1)
      .map((u: { id: string }) => u.id);
    expect(messages(p).join('\n')).toMatch(/S1-1: responsible: /);
  });
  it('a schema violation', () => {
    const p = copy();
    p.actions[4].targets[0].unit = 5;
    expect(messages(p).join('\n')).toMatch(/data\/plan\.json: A5-T1: actions\.4\.targets\.0\.unit: /);
  });
  it('a line range past the end of the seed', () => {
    const p = copy();
    p.measures[3].lines = [1171, 1999];
    expect(messages(p).join('\n')).toMatch(/M4: lines: line range 1171–1999 is past the end/);
  });
});

describe('splitResponsible', () => {
  it("splits on the plan's separators", () => {
    expect(splitResponsible('市科技局、发展改革委，各区政府')).toEqual(['市科技局', '发展改革委', '各区政府']);
  });
});
