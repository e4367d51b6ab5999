// The eight actions with their targets: the way into the plan when nothing is selected.
import { For, Show } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { TargetTable } from './TargetTable.tsx';
import { formatFigure } from '../plan/figures.ts';
import { numeralIn } from '../plan/numerals.ts';
import { ActionStatusLine, shownYear } from './ActionStatus.tsx';
import { StatusMark } from './StatusMark.tsx';

export function ActionsOverview() {
  const { data, store, tr, graph, explore, scorecard } = useApp();
  const rowOf = (id: string) => scorecard.rows.find((r) => r.target.id === id && r.year === shownYear(store.state.year));
  const lang = () => store.state.lang;
  // "3 of 10 places" when the filters hide some of an action's places.
  const countText = (actionId: string) => {
    const all = graph.featuresOf(actionId).places;
    const filtering = Object.values(store.filters()).some((v) => v.length > 0);
    const shown = filtering ? all.filter((id) => explore.visible().has(id)).length : all.length;
    return shown < all.length ? t(lang(), 'app.placesOfCount', { n: shown, m: all.length }) : t(lang(), 'app.placesCount', { n: all.length });
  };
  return (
    <article class="details overview" data-item="overview">
      <header>
        <h2 id="details-title">{t(lang(), 'app.overview')}</h2>
        <p class="muted small">
          {tr(data.plan.source.title)} · {lang() === 'zh' ? data.plan.source.status : t(lang(), 'app.statusDraft')}
        </p>
      </header>
      <details class="goals">
        <summary>
          <h3>{t(lang(), 'app.overallGoals')}</h3>
        </summary>
        <For each={data.plan.goals}>
          {(g) => (
            <section>
              <h4>{tr(g.title)}</h4>
              <Show when={g.targets.length > 0}>
                <TargetTable targets={g.targets} />
              </Show>
              <ul class="plain statements">
                <For each={g.statements}>{(st) => <li>{tr(st.text)}</li>}</For>
              </ul>
              <Show when={g.industryClusters}>
                {(c) => (
                  <p class="small">
                    <strong>{t(lang(), 'app.clusters')}:</strong>{' '}
                    {c()
                      .map((x) => tr(x))
                      .join(lang() === 'zh' ? '、' : '; ')}
                  </p>
                )}
              </Show>
              <button type="button" class="link small" onClick={() => store.set('line', g.lines[0])}>
                {t(lang(), 'app.openReader')} · {t(lang(), 'app.lines', { a: g.lines[0], b: g.lines[1] })}
              </button>
            </section>
          )}
        </For>
      </details>
      <ol class="actions">
        <For each={data.plan.actions}>
          {(a) => (
            <li>
              <button type="button" class="action-title" onClick={() => store.set('focus', a.id)} aria-pressed={store.state.focus === a.id}>
                <span class="numeral">{numeralIn(a.numeral, lang())}</span> {tr(a.title)}
                <span class="count">{countText(a.id)}</span>
              </button>
              <p class="small action-status-line">
                <ActionStatusLine actionId={a.id} />
              </p>
              <ul class="plain target-lines">
                <For each={a.targets}>
                  {(tg) => (
                    <li>
                      <button type="button" class="link" onClick={() => store.set('focus', tg.id)}>
                        {tr(tg.indicator)}
                      </button>
                      {/* The plan's figure and the status of the year shown (year=, else 2021). */}
                      <Show
                        when={tg.values[String(shownYear(store.state.year)) as '2021'] ?? (shownYear(store.state.year) === 2021 ? tg.goal?.value : undefined)}
                      >
                        {(v) => (
                          <span class="muted small">
                            {' '}
                            {shownYear(store.state.year)}: {formatFigure(v(), tg.unit, [], lang())}
                          </span>
                        )}
                      </Show>
                      <Show when={rowOf(tg.id)}>
                        {(r) => (
                          <>
                            {' '}
                            <StatusMark row={r()} lang={lang()} />
                          </>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </li>
          )}
        </For>
      </ol>
      <h3>{t(lang(), 'app.supports')}</h3>
      <ul class="plain">
        <For each={data.plan.supports.flatMap((s) => s.tasks)}>
          {(task) => (
            <li>
              <button type="button" class="link" onClick={() => store.set('focus', task.id)}>
                {task.id} {tr(task.title)}
              </button>
            </li>
          )}
        </For>
      </ul>
    </article>
  );
}
