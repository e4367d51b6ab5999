// The eight actions with their targets: the way into the plan when nothing is selected.
import { For } from 'solid-js';
import { useApp } from './context.ts';
import { t, unitLabel } from './i18n.ts';
import { formatValue } from './TargetTable.tsx';

export function ActionsOverview() {
  const { data, store, tr, graph } = useApp();
  const lang = () => store.lang();
  return (
    <article class="details overview">
      <header>
        <h2 id="details-title">{t(lang(), 'overview')}</h2>
        <p class="muted small">{tr(data.plan.source.title)} · {data.plan.source.status}</p>
      </header>
      <ol class="actions">
        <For each={data.plan.actions}>
          {(a) => (
            <li>
              <button type="button" class="action-title" onClick={() => store.setFocus(a.id)} aria-pressed={store.focus() === a.id}>
                <span class="numeral">{a.numeral}</span> {tr(a.title)}
                <span class="count">{t(lang(), 'placesCount', { n: graph.featuresOf(a.id).places.length })}</span>
              </button>
              <ul class="plain target-lines">
                <For each={a.targets}>
                  {(tg) => (
                    <li>
                      <button type="button" class="link" onClick={() => store.setFocus(tg.id)}>{tr(tg.indicator)}</button>
                      <span class="muted small"> 2021: {formatValue(tg.values['2021'] ?? tg.goal?.value)} {unitLabel(tg.unit, lang())}</span>
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
