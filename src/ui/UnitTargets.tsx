// The responsible unit's view (督办): the tasks it leads or joins, the targets of their actions with their
// status each year, and the units it shares tasks with.
import { For, Show } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { PLAN_YEARS, partnersOf } from '../plan/scorecard.ts';
import { numeralIn } from '../plan/numerals.ts';
import { columnUnit } from '../plan/figures.ts';
import { StatusMark } from './StatusMark.tsx';
import { ActionStatusLine } from './ActionStatus.tsx';

export function UnitTasks(props: { unitId: string }) {
  const { graph, store, tr } = useApp();
  const lang = () => store.state.lang;
  return (
    <ul class="plain unit-tasks" data-testid="unit-tasks">
      <For each={graph.tasksOfUnit(props.unitId)}>
        {(id) => {
          const hit = graph.task(id);
          const lead = () => hit?.task.responsible[0] === props.unitId;
          return (
            <li data-task={id} data-role={lead() ? 'lead' : 'partner'}>
              <span class={`role role-${lead() ? 'lead' : 'partner'}`}>{t(lang(), lead() ? 'status.roleLead' : 'status.rolePartner')}</span>{' '}
              <button type="button" class="link" onClick={() => store.set('focus', id)}>
                {id} {hit ? tr(hit.task.title) : ''}
              </button>
            </li>
          );
        }}
      </For>
    </ul>
  );
}

export function UnitTargets(props: { unitId: string }) {
  const { data, graph, store, tr, scorecard } = useApp();
  const lang = () => store.state.lang;
  const actions = () => {
    const ids = new Set(graph.tasksOfUnit(props.unitId).flatMap((id) => graph.task(id)?.parent.id ?? []));
    return data.plan.actions.filter((a) => ids.has(a.id));
  };
  const rowOf = (id: string, year: number) => scorecard.rows.find((r) => r.target.id === id && r.year === year);
  const partners = () =>
    partnersOf(data.plan, props.unitId).flatMap((p) => {
      const u = graph.unit(p.unit);
      return u ? [{ unit: u, tasks: p.tasks }] : [];
    });
  const openScorecard = () => {
    store.set('units', [props.unitId]);
    store.set('mode', 'scorecard');
  };
  return (
    <>
      <Show when={actions().length > 0}>
        <section data-testid="unit-targets">
          <h3>{t(lang(), 'status.unitTargets')}</h3>
          <For each={actions()}>
            {(a) => (
              <div class="unit-action" data-action={a.id}>
                <h4>
                  <button type="button" class="link" onClick={() => store.set('focus', a.id)}>
                    {numeralIn(a.numeral, lang())} {tr(a.title)}
                  </button>
                </h4>
                <p class="small action-status-line">
                  <ActionStatusLine actionId={a.id} />
                </p>
                <div class="table-scroll">
                  <table class="targets status-grid">
                    <thead>
                      <tr>
                        <th scope="col">{t(lang(), 'app.targets')}</th>
                        <For each={PLAN_YEARS}>
                          {(y) => (
                            <th scope="col" class="num">
                              {y}
                            </th>
                          )}
                        </For>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={a.targets}>
                        {(tg) => (
                          <tr data-target={tg.id}>
                            <th scope="row">
                              <button type="button" class="link" onClick={() => store.set('focus', tg.id)}>
                                {tr(tg.indicator)}
                              </button>
                              <Show when={columnUnit(tg.unit, lang())}>{(u) => <span class="unit"> ({u()})</span>}</Show>
                            </th>
                            <For each={PLAN_YEARS}>
                              {(y) => (
                                <td class="num">
                                  <Show when={rowOf(tg.id, y)}>{(r) => <StatusMark row={r()} lang={lang()} />}</Show>
                                </td>
                              )}
                            </For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </div>
            )}
          </For>
          <p>
            <button type="button" data-testid="unit-scorecard" onClick={openScorecard}>
              {t(lang(), 'status.openScorecard')}
            </button>
          </p>
        </section>
      </Show>
      <Show when={partners().length > 0}>
        <section data-testid="unit-partners">
          <h3>{t(lang(), 'status.sharesWith')}</h3>
          <ul class="chips">
            <For each={partners()}>
              {(p) => (
                <li>
                  <button type="button" class={`chip unit-${p.unit.level}`} onClick={() => store.set('focus', p.unit.id)} data-unit={p.unit.id}>
                    {tr(p.unit.name)} <span class="muted small">· {t(lang(), 'status.tasksShared', { n: p.tasks })}</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}
