// A list of features as buttons that select them; places without a site say so.
import { For, Show, onCleanup } from 'solid-js';
import { KINDS, CORRIDORS, type Kind, type CorridorId } from '../plan/kinds.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { ActionMarks } from './ActionStatus.tsx';

/**
 * @param quietNoSite leave out "no site known" where a heading already says it.
 * @param actionsOf with it, each place shows how its actions' targets stand (the List).
 */
export function FeatureButtons(props: { ids: readonly string[]; quietNoSite?: boolean; actionsOf?: (id: string) => readonly string[] }) {
  const { place, corridor, store, tr, select, mapView } = useApp();
  return (
    <ul class="features">
      <For each={props.ids}>
        {(id) => {
          const p = place(id);
          const c = corridor(id);
          const placeName = (pid: string) => {
            const q = place(pid);
            return q ? (store.state.lang === 'zh' ? q.properties.name_zh : q.properties.name_en) : pid;
          };
          // A corridor segment is named by its ends: the corridor's name alone repeats for every segment.
          const name = () => (p ? placeName(id) : c ? `${placeName(c.properties.from)} → ${placeName(c.properties.to)}` : id);
          const color = p ? KINDS[p.properties.kind as Kind]?.color : c ? CORRIDORS[c.properties.corridor as CorridorId]?.color : undefined;
          // Pointing at (or tabbing to) a place marks it on the map.
          const mark = () => mapView.setHovered(id);
          const unmark = () => {
            if (mapView.hovered() === id) mapView.setHovered(undefined);
          };
          onCleanup(unmark);
          return (
            <li>
              <button
                type="button"
                class="feature"
                data-id={id}
                aria-current={store.state.select === id ? 'true' : undefined}
                onClick={() => select(id)}
                onMouseEnter={mark}
                onMouseLeave={unmark}
                onFocus={mark}
                onBlur={unmark}
              >
                <span class="swatch" style={{ background: color ?? '#64748b' }} aria-hidden="true" />
                <span>{name()}</span>
                <Show when={c}>
                  {(cc) => (
                    <span class="muted small">
                      {' '}
                      · {tr(CORRIDORS[cc().properties.corridor as CorridorId] ?? { zh: cc().properties.name_zh, en: cc().properties.name_en })}
                    </span>
                  )}
                </Show>
                <Show when={p && p.geometry === null && !props.quietNoSite}>
                  <span class="muted small"> · {t(store.state.lang, p!.properties.site ? `app.site.${p!.properties.site.kind}` : 'app.noSite')}</span>
                </Show>
                <Show when={props.actionsOf?.(id)}>
                  {(as) => (
                    <Show when={as().length > 0}>
                      <ActionMarks actionIds={as()} />
                    </Show>
                  )}
                </Show>
              </button>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
