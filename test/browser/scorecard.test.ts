// The scorecard (#mode=scorecard) in real Chromium: a deep link shows the rows and statuses the data
// gives (computed here in Node with the same pure functions), the filters change the rows and the link,
// a row focuses its target on the map, the CSV holds the rows shown, and both languages read right.
// One browser for the file.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { scoreRows, actionSummary, unitTasks, partnersOf } from '../../src/plan/scorecard.ts';
import { actionSummaryText } from '../../src/plan/statusText.ts';
import { filterRows } from '../../src/plan/scorecardView.ts';
import { placeMarks, MARK_CODE } from '../../src/plan/statusMap.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';
import { openApp, waitForMapIdle, waitForHooks, shot, hooks, browserPerFile } from './harness.ts';

const plan = validatePlan(JSON.parse(readText('data/plan.json')), loadSeed()).plan!;
const rows = scoreRows(plan, JSON.parse(readText('data/outcomes.json')).outcomes);
const expected = (f: { year?: 2019 | 2020 | 2021; actions?: string[]; units?: string[]; statuses?: string[] }) =>
  filterRows(plan, rows, { actions: [], units: [], statuses: [], ...f }).map((r) => ({ row: `${r.target.id}-${r.year}`, status: r.result.status }));

const s = browserPerFile({ width: 1440, height: 900 });

const placeList = (JSON.parse(readText('data/places.geojson')) as { features: Array<{ properties: { id: string; actions: string[] } }> }).features.map(
  (f) => f.properties,
);
/** Place id → the mark's feature-state code the map should carry in a year. */
const markCodesIn = (year: 2019 | 2020 | 2021) => Object.fromEntries([...placeMarks(placeList, rows, year)].map(([id, m]) => [id, MARK_CODE[m]]));
/** The mark state of every place drawn in the marks' layer (points and areas' label points; 0 where marks were set and taken away). */
const drawnMarks = () => hooks(s.page, ({ w }) => w.__hub.map.stateValues('points-mark', 'mark'));

const panel = () => s.page.locator('[data-testid="scorecard-panel"]');
const hash = () => s.page.evaluate(() => decodeURIComponent(location.hash));
const shown = () =>
  panel()
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => ({ row: tr.getAttribute('data-row'), status: tr.getAttribute('data-status') })));
/** Follow a link inside the open page (a hashchange: no reload, no wait for a fresh map). */
const goHash = (h: string) =>
  s.page.evaluate((x) => {
    location.hash = x;
  }, h);
const waitHash = (part: string) => s.page.waitForFunction((p) => decodeURIComponent(location.hash).includes(p), part);

describe('the scorecard', () => {
  it('a deep link shows the rows and statuses; filters change rows and link; a row focuses its target; the CSV holds the rows (English)', {
    timeout: 300_000,
  }, async () => {
    await openApp(s, 'mode=scorecard&year=2021&actions=A1&lang=en');
    await panel().waitFor();
    const a1 = expected({ year: 2021, actions: ['A1'] });
    expect(a1.length).toBeGreaterThan(0);
    expect(await shown()).toEqual(a1);
    // Each status is a symbol and a word, never colour alone.
    const first = await panel().locator('tbody tr').first().locator('.status').innerText();
    expect(first).toMatch(/^[✓✗–≠]\s+(met|not met|no figure|not comparable)$/);
    expect(await panel().locator('[data-testid="scorecard-coverage"]').innerText()).toMatch(
      /^Reported figures for \d+ of the 25 action targets, \d+ of 66 yearly values\.$/,
    );
    await shot(s.page, 'scorecard-A1-2021-en');

    // The status filter: met only.
    await panel().locator('[data-status-filter="met"]').click();
    await waitHash('status=met');
    expect(await shown()).toEqual(expected({ year: 2021, actions: ['A1'], statuses: ['met'] }));
    // All years, all actions, met or not met.
    await panel().getByRole('button', { name: 'All', exact: true }).click();
    await panel().locator('[data-action="A1"]').click();
    await panel().locator('[data-status-filter="not-met"]').click();
    await waitHash('status=met,not-met');
    expect(await hash()).not.toContain('year=');
    expect(await hash()).not.toContain('actions=');
    const judged = expected({ statuses: ['met', 'not-met'] });
    expect(judged.length).toBeGreaterThan(0);
    expect(await shown()).toEqual(judged);
    // One responsible unit: the targets of the actions whose tasks it leads or joins.
    await panel().locator('[data-testid="scorecard-unit"]').selectOption('gz-stb');
    await waitHash('units=gz-stb');
    expect(await shown()).toEqual(expected({ statuses: ['met', 'not-met'], units: ['gz-stb'] }));
    await panel().getByRole('button', { name: 'Clear filters' }).click();
    await s.page.waitForFunction(() => !location.hash.includes('status=') && !location.hash.includes('units='));
    expect((await shown()).length).toBe(66);

    // The CSV of the rows shown: year 2021, action A3.
    await panel().getByRole('button', { name: '2021', exact: true }).click();
    await panel().locator('[data-action="A3"]').click();
    await waitHash('actions=A3');
    const a3 = expected({ year: 2021, actions: ['A3'] });
    expect(await shown()).toEqual(a3);
    const [d] = await Promise.all([s.page.waitForEvent('download'), panel().locator('[data-testid="scorecard-csv"]').click()]);
    expect(d.suggestedFilename()).toMatch(/^guangzhou-plan-scorecard-2021-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await d.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^action,action_title,target,indicator,year,/);
    expect(lines.length - 2).toBe(a3.length);
    const t1 = lines.find((l) => l.startsWith('A3,') && l.includes(',A3-T1,'))!;
    expect(t1).toContain(',2021,');
    expect(t1).toContain(',met,');
    expect(t1).toContain('2413.11');

    // A row's target is focused on the map, as in Explore: the link, the row, the highlight.
    const target = a3.find((r) => r.row === 'A3-T1-2021')!;
    await panel().locator(`tr[data-row="${target.row}"] th button`).click();
    await waitHash('focus=A3-T1');
    await waitForMapIdle(s.page);
    expect(await panel().locator(`tr[data-row="${target.row}"]`).getAttribute('aria-current')).toBe('true');
    expect((await hooks(s.page, ({ w }) => w.__hub.map.highlightedIds())).length).toBeGreaterThan(0);
    // The scorecard stays: focusing a target does not leave the mode.
    expect(await hash()).toContain('mode=scorecard');
    await shot(s.page, 'scorecard-focus-A3-T1-en');
  });

  it('reads in Chinese, is reached from the mode switch, and fits a phone', { timeout: 300_000 }, async () => {
    await openApp(s, 'lang=zh');
    await s.page.locator('.mode-switch').getByRole('button', { name: '成效' }).click();
    await waitHash('mode=scorecard');
    await panel().waitFor();
    await panel().getByRole('button', { name: '2021', exact: true }).click();
    await panel().locator('[data-action="A1"]').click();
    await waitHash('actions=A1');
    expect(await shown()).toEqual(expected({ year: 2021, actions: ['A1'] }));
    const words = await panel().locator('tbody .status').allInnerTexts();
    expect(words.every((w) => /^[✓✗–≠]\s+(已达成|未达成|无数据|口径不同)$/.test(w))).toBe(true);
    expect(await panel().locator('[data-testid="scorecard-coverage"]').innerText()).toMatch(
      /^公开来源的实际数据：25 项行动目标中 \d+ 项有数据，66 个年度数值中 \d+ 个有数据。$/,
    );
    // No English prose in the Chinese panel (names and codes aside): no run of three Latin words.
    expect(await panel().innerText()).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/);
    await shot(s.page, 'scorecard-A1-2021-zh');
    // Play: 2019 → 2020 → 2021, the link following (replaced, not pushed), then it stops by itself.
    const entries = await s.page.evaluate(() => history.length);
    await panel().locator('[data-testid="scorecard-play"]').click();
    await waitHash('year=2019');
    expect(await panel().locator('[data-testid="scorecard-play"]').getAttribute('aria-pressed')).toBe('true');
    await waitHash('year=2020');
    await waitHash('year=2021');
    await s.page.waitForFunction(() => document.querySelector('[data-testid="scorecard-play"]')?.getAttribute('aria-pressed') === 'false');
    expect(await panel().locator('[data-testid="scorecard-shown"]').innerText()).toMatch(/^2021年：显示 \d+ 个年度数值$/);
    expect(await s.page.evaluate(() => history.length)).toBe(entries);
    // On a phone (a real phone context, its legend folded): test/browser/phone.test.ts.
  });

  it('the map follows the year: places marked by their actions’ status, a legend in both languages, gone when the mode is left', {
    timeout: 300_000,
  }, async () => {
    await openApp(s, 'mode=scorecard&year=2021&lang=en');
    await panel().waitFor();
    const want2021 = markCodesIn(2021);
    const want2019 = markCodesIn(2019);
    // Every place drawn that names an action carries its action's (or the combined) mark for 2021.
    await waitForHooks(
      s.page,
      ({ w, arg }) => {
        const v = w.__hub.map.stateValues('points-mark', 'mark');
        return Object.keys(v).length > 10 && Object.entries(v).every(([id, m]) => m === (arg[id] ?? 0));
      },
      want2021,
    );
    const at2021 = await drawnMarks();
    expect(new Set(Object.values(at2021)).size).toBeGreaterThan(1);
    // The legend says what each mark means, by symbol and word, with the places it marks.
    const legend = s.page.locator('[data-testid="status-map-legend"]');
    expect(await legend.locator('h2').innerText()).toBe('Map: how the targets of each place’s actions stand in 2021');
    const c2021: Record<number, number> = {};
    for (const m of Object.values(want2021)) c2021[m] = (c2021[m] ?? 0) + 1;
    const items = async () => (await legend.locator('li').allInnerTexts()).map((x) => x.replace(/\s+/g, ' '));
    expect(await items()).toEqual([
      `✓ all its actions’ targets met (thick ring) · ${c2021[1] ?? 0} place${c2021[1] === 1 ? '' : 's'}`,
      `◐ some targets met (double ring) · ${c2021[2] ?? 0} place${c2021[2] === 1 ? '' : 's'}`,
      `✗ none met where figures exist (shaded ring) · ${c2021[3] ?? 0} place${c2021[3] === 1 ? '' : 's'}`,
      `– no figures to judge by (thin grey ring) · ${c2021[4] ?? 0} place${c2021[4] === 1 ? '' : 's'}`,
    ]);
    expect(await legend.innerText()).toContain('A place in several actions');
    await waitForMapIdle(s.page);
    await shot(s.page, 'scorecard-map-2021-en');
    // The poster carries the same legend.
    await Promise.all([s.page.waitForEvent('download', { timeout: 120_000 }), s.page.locator('button[aria-label^="Export image"]').first().click()]);
    const poster = (await hooks(s.page, ({ w }) => w.__poster))!;
    expect(poster.classes?.title).toBe('Map: how the targets of each place’s actions stand in 2021');
    expect(poster.classes?.items.map((i) => i.label)).toEqual([
      '✓ all its actions’ targets met (thick ring)',
      '◐ some targets met (double ring)',
      '✗ none met where figures exist (shaded ring)',
      '– no figures to judge by (thin grey ring)',
    ]);

    // Another year: the marks change with it (at least one drawn place stands differently in 2019).
    expect(Object.keys(at2021).some((id) => want2019[id] !== at2021[id])).toBe(true);
    await panel().getByRole('button', { name: '2019', exact: true }).click();
    await waitForHooks(
      s.page,
      ({ w, arg }) => Object.entries(w.__hub.map.stateValues('points-mark', 'mark')).every(([id, m]) => m === (arg[id] ?? 0)),
      want2019,
    );
    expect(await legend.locator('h2').innerText()).toContain('2019');

    // Chinese: the legend in Chinese, no English prose.
    await goHash('mode=scorecard&year=2021&lang=zh');
    await expect.poll(() => legend.locator('h2').innerText()).toBe('地图：2021年各地点所属行动的目标达成情况');
    expect((await items())[0]).toMatch(/^✓ 所属行动的目标全部达成（粗环） · \d+ 处$/);
    expect(await legend.innerText()).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    await waitForHooks(
      s.page,
      ({ w, arg }) => Object.entries(w.__hub.map.stateValues('points-mark', 'mark')).every(([id, m]) => m === (arg[id] ?? 0)),
      want2021,
    );
    await waitForMapIdle(s.page);
    await shot(s.page, 'scorecard-map-2021-zh');

    // Leaving the mode takes every mark away (back to the base style) and the legend with it.
    await goHash('mode=explore&lang=zh');
    await waitForHooks(s.page, ({ w }) => Object.values(w.__hub.map.stateValues('points-mark', 'mark')).every((m) => m === 0));
    expect(await legend.count()).toBe(0);
  });

  it('status where the plan is read: the actions overview, a place, the List, and a responsible unit (督办)', { timeout: 300_000 }, async () => {
    await openApp(s, 'lang=en');
    const side = s.page.locator('[data-testid="side-panel"]');
    // The overview: every action with its summary for 2021 (no year= in the link).
    for (const a of plan.actions) {
      expect(await side.locator(`[data-action-status="${a.id}"]`).innerText()).toContain(actionSummaryText(actionSummary(rows, a.id, 2021), 2021, 'en'));
    }
    // year= changes the year they speak of.
    await s.page.evaluate(() => {
      location.hash += '&year=2020';
    });
    await s.page.waitForFunction(() => document.querySelector('[data-action-status="A3"]')?.textContent?.includes('2020:'));
    expect(await side.locator('[data-action-status="A3"]').innerText()).toContain(actionSummaryText(actionSummary(rows, 'A3', 2020), 2020, 'en'));
    await shot(s.page, 'status-overview-2020-en');

    // A place: its actions, each with its status.
    await goHash('lang=zh&select=zhongxin-guangzhou-knowledge-city');
    const placeActions = side.locator('[data-testid="place-action-status"] [data-action-status]');
    await placeActions.first().waitFor();
    expect(await placeActions.count()).toBeGreaterThan(0);
    for (const el of await placeActions.all()) {
      const id = (await el.getAttribute('data-action-status'))!;
      expect(await el.innerText()).toContain(actionSummaryText(actionSummary(rows, id, 2021), 2021, 'zh'));
    }
    await shot(s.page, 'status-place-zh');
    // The List: what the marks mean, and each place's marks.
    await s.page.locator('[aria-controls="list-drawer"]').click();
    await expect.poll(() => s.page.locator('[data-testid="marks-legend"]').innerText()).toMatch(/^2021年行动目标：/);
    expect(await s.page.locator('[data-testid="feature-list"] .action-mark').count()).toBeGreaterThan(10);
    await shot(s.page, 'status-list-zh');

    // A responsible unit: its tasks (lead or partner), its actions' targets by year, the units it shares tasks with.
    await s.page.locator('[aria-controls="list-drawer"]').click();
    await goHash('lang=en&focus=gz-stb');
    await side.locator('[data-testid="unit-tasks"]').waitFor();
    const tasks = unitTasks(plan, 'gz-stb');
    const leads = side.locator('[data-testid="unit-tasks"] li[data-role="lead"]');
    for (const x of tasks.filter((x) => x.lead))
      expect(await side.locator(`[data-testid="unit-tasks"] li[data-task="${x.task.id}"]`).getAttribute('data-role')).toBe('lead');
    expect(await leads.count()).toBeGreaterThanOrEqual(tasks.filter((x) => x.lead).length);
    const actionIds = [...new Set(tasks.map((x) => x.action.id))];
    expect(await side.locator('[data-testid="unit-targets"] .unit-action').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(
      actionIds,
    );
    const a3 = side.locator('[data-testid="unit-targets"] .unit-action[data-action="A3"] tr[data-target="A3-T1"] .status');
    if (actionIds.includes('A3'))
      expect(await a3.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(
        [2019, 2020, 2021].map((y) => rows.find((r) => r.target.id === 'A3-T1' && r.year === y)?.result.status).filter(Boolean),
      );
    const partners = partnersOf(plan, 'gz-stb');
    expect(await side.locator('[data-testid="unit-partners"] [data-unit]').count()).toBe(partners.length);
    await shot(s.page, 'status-unit-stb-en');
    await side.locator('[data-testid="unit-partners"]').scrollIntoViewIfNeeded();
    await shot(s.page, 'status-unit-stb-targets-en');
    // As a scorecard filter.
    await side.locator('[data-testid="unit-scorecard"]').click();
    await waitHash('mode=scorecard');
    await waitHash('units=gz-stb');
    expect(await shown()).toEqual(expected({ units: ['gz-stb'] }));
  });
});
