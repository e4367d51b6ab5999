// The eight actions with their targets: the way into the plan when nothing is selected.
import { For, Show } from 'solid-js';
import { useApp } from './context.ts';
import { t } from './i18n.ts';
import { TargetTable } from './TargetTable.tsx';
import { formatFigure } from '../plan/figures.ts';
import { numeralIn } from '../plan/numerals.ts';

export function ActionsOverview() {
  const { data, store, tr, graph, visibleIds } = useApp();
  const lang = () => store.lang();
  // "3 of 10 places" when the filters hide some of an action's places.
  const countText = (actionId: string) => {
    const all = graph.featuresOf(actionId).places;
    const filtering = Object.values(store.filters()).some((v) => v.length > 0);
    const shown = filtering ? all.filter((id) => visibleIds().has(id)).length : all.length;
    return shown < all.length ? t(lang(), 'placesOfCount', { n: shown, m: all.length }) : t(lang(), 'placesCount', { n: all.length });
  };
  return (
    <article class="details overview" data-item="overview">
      <header>
        <h2 id="details-title">{t(lang(), 'overview')}</h2>
        <p class="muted small">{tr(data.plan.source.title)} · {lang() === 'zh' ? data.plan.source.status : t(lang(), 'statusDraft')}</p>
      </header>
      <details class="goals">
        <summary><h3>{t(lang(), 'overallGoals')}</h3></summary>
        <For each={data.plan.goals}>
          {(g) => (
            <section>
              <h4>{tr(g.title)}</h4>
              <Show when={g.targets.length > 0}><TargetTable targets={g.targets} /></Show>
              <ul class="plain statements">
                <For each={g.statements}>{(st) => <li>{tr(st.text)}</li>}</For>
              </ul>
              <Show when={g.industryClusters}>
                {(c) => <p class="small"><strong>{t(lang(), 'clusters')}:</strong> {c().map((x) => tr(x)).join(lang() === 'zh' ? '、' : '; ')}</p>}
              </Show>
              <button type="button" class="link small" onClick={() => store.openReader(g.lines[0])}>
                {t(lang(), 'openReader')} · {t(lang(), 'lines', { a: g.lines[0], b: g.lines[1] })}
              </button>
            </section>
          )}
        </For>
      </details>
      <ol class="actions">
        <For each={data.plan.actions}>
          {(a) => (
            <li>
              <button type="button" class="action-title" onClick={() => store.setFocus(a.id)} aria-pressed={store.focus() === a.id}>
                <span class="numeral">{numeralIn(a.numeral, lang())}</span> {tr(a.title)}
                <span class="count">{countText(a.id)}</span>
              </button>
              <ul class="plain target-lines">
                <For each={a.targets}>
                  {(tg) => (
                    <li>
                      <button type="button" class="link" onClick={() => store.setFocus(tg.id)}>{tr(tg.indicator)}</button>
                      <Show when={tg.values['2021'] ?? tg.goal?.value}>{(v) => <span class="muted small"> 2021: {formatFigure(v(), tg.unit, [], lang())}</span>}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </li>
          )}
        </For>
      </ol>
      <h3>{t(lang(), 'supports')}</h3>
      <ul class="plain">
        <For each={data.plan.supports.flatMap((s) => s.tasks)}>
          {(task) => <li><button type="button" class="link" onClick={() => store.setFocus(task.id)}>{task.id} {tr(task.title)}</button></li>}
        </For>
      </ul>
    </article>
  );
}
