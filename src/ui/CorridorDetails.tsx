// One corridor segment: which corridor, its ends, and where the plan names the corridor.
import { For } from 'solid-js';
import type { CorridorFeature } from '../data/appData.ts';
import { CORRIDORS, type CorridorId } from '../plan/kinds.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { FeatureButtons } from './FeatureButtons.tsx';
import { PlanPassage } from './PlanPassage.tsx';
import { LangText } from './LangText.tsx';

export function CorridorDetails(props: { corridor: CorridorFeature }) {
  const { store, tr, graph } = useApp();
  const c = () => props.corridor.properties;
  const lang = () => store.state.lang;
  const info = () => CORRIDORS[c().corridor as CorridorId];
  return (
    <article class="details" data-item={c().id}>
      <header>
        <p class="kind-tag" style={{ '--kind': info()?.color ?? '#334155' }}>
          {t(lang(), 'app.corridor')} · {info() ? tr(info()) : c().corridor}
        </p>
        <h2 id="details-title">{tr({ zh: c().name_zh, en: c().name_en })}</h2>
      </header>
      <FeatureButtons ids={[c().from, c().to]} />
      <p class="note">
        <LangText text={c().note} />
      </p>
      <h3>{t(lang(), 'app.tasksNaming')}</h3>
      <ul class="plain">
        <For each={c().tasks}>
          {(id) => (
            <li>
              <button type="button" class="link" onClick={() => store.set('focus', id)}>
                {id} {tr(graph.task(id)?.task.title ?? { zh: id, en: id })}
              </button>
            </li>
          )}
        </For>
      </ul>
      <h3>{t(lang(), 'app.planWords')}</h3>
      <For each={c().lines}>{(l) => <PlanPassage lines={l} />}</For>
    </article>
  );
}
