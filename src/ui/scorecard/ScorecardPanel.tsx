// The plan's scorecard (#mode=scorecard): every target × year with the plan's figure, what public sources
// report, the status (a symbol and a word, the rule in its title) and the source, grouped by action.
// Filtered by the link's year=, actions=, units= and status=; a row's target is focused on the map as
// in Explore; the rows shown export as CSV. Replaces the side panel; the map stays beside it.
import '../../i18n/catalogue/scorecard.ts';
import { For, Show, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { PLAN_YEARS, coverage, countStatuses, type ActionMark, type ScoreRow } from '../../plan/scorecard.ts';
import { actionsOfUnits, filterRows, groupRows, scorecardCsv, scorecardFileName, STATUSES } from '../../plan/scorecardView.ts';
import { MARKS, markCodes, placeMarks } from '../../plan/statusMap.ts';
import { MARK_COLOR, MARK_LEGEND, StatusMapLegend } from './StatusMapLegend.tsx';
import { MARK_SYMBOL, STATUS_SYMBOL, ruleText, statusWord } from '../../plan/statusText.ts';
import { columnUnit, formatFigure } from '../../plan/figures.ts';
import { numeralIn } from '../../plan/numerals.ts';
import { downloadBlob } from '../download.ts';
import { StatusMark } from '../StatusMark.tsx';
import { DataTable } from '../DataTable.tsx';
import './scorecard.css';

/** How long each year stays on screen while playing. */
const PLAY_STEP_MS = 1800;

export function ScorecardPanel() {
  const { data, store, tr, scorecard, graph, mapView } = useApp();
  const lang = () => store.state.lang;
  const actionById = new Map(data.plan.actions.map((a) => [a.id, a]));
  const goalById = new Map(data.plan.goals.map((g) => [g.id, g]));
  // Units with at least one task, municipal first, as the plan lists them.
  const units = data.plan.units.filter((u) => graph.tasksOfUnit(u.id).length > 0);

  const rows = createMemo(() =>
    filterRows(data.plan, scorecard.rows, {
      year: store.state.year,
      actions: store.state.actions,
      units: store.state.units,
      statuses: store.state.status,
    }),
  );
  const groups = createMemo(() => groupRows(rows()));
  const cover = coverage(scorecard.rows);
  const filtering = () => store.state.actions.length + store.state.units.length + store.state.status.length > 0;

  const parentTitle = (parent: string) => {
    const a = actionById.get(parent);
    if (a) return `${numeralIn(a.numeral, lang())} ${tr(a.title)}`;
    const g = goalById.get(parent);
    return g ? tr(g.title) : parent;
  };
  const planText = (r: ScoreRow) => formatFigure(r.value, r.target.unit, r.qualifiers, lang());
  const reported = (r: ScoreRow) => {
    const o = r.result.status === 'no-figure' ? undefined : r.outcomes[0];
    return o ? formatFigure(o.value, o.unit, [], lang()) : undefined;
  };
  /** The date as a date (the file may add a note in English after it: "2023-01-18 (page date)"). */
  const datePart = (d: string) => /^\d{4}(-\d{2}){0,2}/.exec(d)?.[0];
  const toggle = (key: 'status', v: string) => {
    const cur = store.state[key];
    store.set(key, cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v]);
  };
  // Play: 2019 → 2020 → 2021, one year a step (the link's year= is replaced, not pushed); stops at 2021,
  // on Stop, or when the screen closes. Nothing moves but the figures, so reduced motion changes nothing.
  const [playing, setPlaying] = createSignal(false);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    setPlaying(false);
  };
  const play = () => {
    if (playing()) return stop();
    setPlaying(true);
    store.set('year', PLAN_YEARS[0]);
    timer = setInterval(() => {
      const i = PLAN_YEARS.indexOf(store.state.year ?? PLAN_YEARS[0]!);
      if (i < 0 || i >= PLAN_YEARS.length - 1) return stop();
      store.set('year', PLAN_YEARS[i + 1]);
      if (i + 1 === PLAN_YEARS.length - 1) stop();
    }, PLAY_STEP_MS);
  };
  onCleanup(stop);

  // The map follows the year: each place marked by how its actions' targets stand (src/plan/statusMap.ts),
  // only the actions the action and unit filters leave; no year chosen, no marks. Gone with the screen.
  const linkedPlaces = data.places.map((f) => ({ id: f.properties.id, actions: f.properties.actions }));
  const marks = createMemo(() => {
    const year = store.state.year;
    if (year === undefined) return null;
    const { actions, units } = store.state;
    const byUnit = units.length > 0 ? actionsOfUnits(data.plan, units) : undefined;
    const only =
      actions.length > 0 || byUnit
        ? new Set(data.plan.actions.map((a) => a.id).filter((a) => (actions.length === 0 || actions.includes(a)) && (!byUnit || byUnit.has(a))))
        : undefined;
    return placeMarks(linkedPlaces, scorecard.rows, year, only);
  });
  createEffect(() => {
    const m = marks();
    mapView.setStatusMarks(m ? markCodes(m) : null);
  });
  onCleanup(() => mapView.setStatusMarks(null));
  // The poster carries the same legend: each mark's symbol and words beside its ring's colour.
  createEffect(() => {
    const year = store.state.year;
    mapView.setPosterClasses(
      year === undefined
        ? null
        : {
            title: t(lang(), 'scorecard.mapLegend', { year }),
            items: MARKS.map((m) => ({ label: `${MARK_SYMBOL[m]} ${t(lang(), MARK_LEGEND[m])}`, color: MARK_COLOR[m] })),
          },
    );
  });
  onCleanup(() => mapView.setPosterClasses(null));
  const markCounts = () => {
    const c: Record<ActionMark, number> = { all: 0, some: 0, none: 0, unknown: 0 };
    for (const m of marks()?.values() ?? []) c[m]++;
    return c;
  };
  const exportCsv = () => {
    const csv = scorecardCsv(rows(), {
      parentTitle,
      indicator: (r) => tr(r.target.indicator),
      target: planText,
      status: (r) => statusWord(r.result.status, lang()),
      rule: (r) => ruleText(r, lang()),
    });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), scorecardFileName(store.state.year, new Date()));
  };

  return (
    <aside class="side-panel scorecard-panel" aria-labelledby="scorecard-title" data-testid="scorecard-panel">
      <StatusMapLegend lang={lang()} year={store.state.year} counts={markCounts()} />
      <h2 id="scorecard-title">{t(lang(), 'scorecard.title')}</h2>
      <p class="small">{t(lang(), 'scorecard.intro')}</p>
      <p class="coverage" data-testid="scorecard-coverage">
        {t(lang(), 'status.coverage', { targets: cover.targets, values: cover.values, total: cover.valuesTotal })}
      </p>

      <div class="scorecard-filters">
        <div class="filter-row" role="group" aria-label={t(lang(), 'scorecard.year')}>
          <span class="filter-label" aria-hidden="true">
            {t(lang(), 'scorecard.year')}
          </span>
          <button type="button" aria-pressed={store.state.year === undefined} onClick={() => store.set('year', undefined)}>
            {t(lang(), 'scorecard.allYears')}
          </button>
          <For each={PLAN_YEARS}>
            {(y) => (
              <button
                type="button"
                aria-pressed={store.state.year === y}
                onClick={() => {
                  stop();
                  store.set('year', y);
                }}
              >
                {y}
              </button>
            )}
          </For>
          <button type="button" class="play" aria-pressed={playing()} onClick={play} data-testid="scorecard-play">
            <span aria-hidden="true">{playing() ? '■' : '▶'}</span> {t(lang(), playing() ? 'scorecard.stop' : 'scorecard.play')}
          </button>
        </div>
        <div class="filter-row" role="group" aria-label={t(lang(), 'scorecard.actions')}>
          <span class="filter-label" aria-hidden="true">
            {t(lang(), 'scorecard.actions')}
          </span>
          <For each={data.plan.actions}>
            {(a) => (
              <button
                type="button"
                aria-pressed={store.state.actions.includes(a.id)}
                onClick={() => store.toggleFilter('actions', a.id)}
                title={tr(a.title)}
                aria-label={`${numeralIn(a.numeral, lang())} ${tr(a.title)}`}
                data-action={a.id}
              >
                {numeralIn(a.numeral, lang())}
              </button>
            )}
          </For>
        </div>
        <div class="filter-row" role="group" aria-label={t(lang(), 'scorecard.statuses')}>
          <span class="filter-label" aria-hidden="true">
            {t(lang(), 'scorecard.statuses')}
          </span>
          <For each={STATUSES}>
            {(st) => (
              <button
                type="button"
                class={`status-${st}`}
                aria-pressed={store.state.status.includes(st)}
                onClick={() => toggle('status', st)}
                data-status-filter={st}
              >
                <span aria-hidden="true">{STATUS_SYMBOL[st]}</span> {statusWord(st, lang())}
              </button>
            )}
          </For>
        </div>
        <label class="filter-row">
          <span class="filter-label">{t(lang(), 'scorecard.unit')}</span>
          <select data-testid="scorecard-unit" onChange={(e) => store.set('units', e.currentTarget.value ? [e.currentTarget.value] : [])}>
            <option value="" selected={store.state.units.length === 0}>
              {t(lang(), 'scorecard.allUnits')}
            </option>
            <For each={units}>
              {(u) => (
                <option value={u.id} selected={store.state.units.includes(u.id)}>
                  {tr(u.name)}
                </option>
              )}
            </For>
          </select>
        </label>
        <p class="filter-row">
          <span class="muted small" data-testid="scorecard-shown" aria-live="polite">
            {store.state.year
              ? t(lang(), 'scorecard.shownYear', { year: store.state.year, n: rows().length })
              : t(lang(), 'scorecard.shown', { n: rows().length })}
          </span>
          <Show when={filtering()}>
            <button
              type="button"
              class="link"
              onClick={() => {
                store.clearFilters();
                store.set('status', []);
              }}
            >
              {t(lang(), 'scorecard.clear')}
            </button>
          </Show>
          <button
            type="button"
            onClick={exportCsv}
            disabled={rows().length === 0}
            data-testid="scorecard-csv"
            title={t(lang(), 'scorecard.exportNote', { n: rows().length })}
          >
            {t(lang(), 'scorecard.exportCsv')}
          </button>
        </p>
      </div>

      <Show when={rows().length > 0} fallback={<p data-testid="scorecard-empty">{t(lang(), 'scorecard.noRows')}</p>}>
        <For each={groups()}>
          {(g) => {
            const counts = () => countStatuses(g.rows);
            return (
              <section class="scorecard-group" data-parent={g.parent}>
                <h3>
                  <Show
                    when={actionById.has(g.parent)}
                    fallback={
                      <span>
                        {t(lang(), 'scorecard.goal')} · {parentTitle(g.parent)}
                      </span>
                    }
                  >
                    <button type="button" class="link" onClick={() => store.set('focus', g.parent)}>
                      {parentTitle(g.parent)}
                    </button>
                  </Show>
                </h3>
                <p class="muted small group-counts">{t(lang(), 'scorecard.groupCounts', { met: counts().met, n: counts().total })}</p>
                <DataTable
                  wrap="table-scroll"
                  class="scorecard"
                  cols={[
                    { text: t(lang(), 'scorecard.colTarget') },
                    { text: t(lang(), 'scorecard.colYear'), class: 'num' },
                    { text: t(lang(), 'scorecard.colPlan'), class: 'num' },
                    { text: t(lang(), 'scorecard.colReported'), class: 'num' },
                    { text: t(lang(), 'scorecard.colStatus') },
                    { text: t(lang(), 'scorecard.colSource') },
                  ]}
                >
                  <tbody>
                    <For each={g.rows}>
                      {(r) => (
                        <tr
                          data-row={`${r.target.id}-${r.year}`}
                          data-status={r.result.status}
                          aria-current={store.state.focus === r.target.id ? 'true' : undefined}
                        >
                          <th scope="row">
                            <button
                              type="button"
                              class="link"
                              onClick={() => store.set('focus', r.target.id)}
                              title={t(lang(), 'scorecard.focusRow', { name: tr(r.target.indicator) })}
                            >
                              {tr(r.target.indicator)}
                            </button>
                            <Show when={columnUnit(r.target.unit, lang())}>{(u) => <span class="unit"> ({u()})</span>}</Show>
                          </th>
                          <td class="num">{r.year}</td>
                          <td class="num">{planText(r)}</td>
                          <td class="num">{reported(r) ?? '–'}</td>
                          <td>
                            <StatusMark row={r} lang={lang()} />
                          </td>
                          <td class="source small">
                            <Show
                              when={r.result.status !== 'no-figure' && r.outcomes[0]}
                              fallback={<span class="muted">{t(lang(), 'scorecard.noSource')}</span>}
                            >
                              {(o) => (
                                <span title={o().source.title}>
                                  <span lang="zh">{o().source.outlet}</span>
                                  <Show when={datePart(o().source.date)}>{(d) => <> · {d()}</>}</Show>
                                </span>
                              )}
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </DataTable>
              </section>
            );
          }}
        </For>
      </Show>
    </aside>
  );
}
