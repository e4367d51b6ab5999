// The story of whatever is selected: a feature, else the focus, else the eight actions.
import { Show, Switch, Match } from 'solid-js';
import { useApp } from './context.ts';
import { t } from './i18n.ts';
import { PlaceDetails } from './PlaceDetails.tsx';
import { CorridorDetails } from './CorridorDetails.tsx';
import { FocusDetails } from './FocusDetails.tsx';
import { ActionsOverview } from './ActionsOverview.tsx';

export function SidePanel() {
  const { store, place, corridor, goBack } = useApp();
  const lang = () => store.lang();
  const back = () => goBack();
  return (
    <aside class="side-panel" aria-label={t(lang(), 'selected')} data-testid="side-panel">
      <Show when={store.selected() || store.focus()}>
        <button type="button" class="back" onClick={back}>← {t(lang(), 'back')}</button>
      </Show>
      <Switch fallback={<ActionsOverview />}>
        <Match when={store.selected() ? place(store.selected()!) : undefined}>{(p) => <PlaceDetails place={p()} />}</Match>
        <Match when={store.selected() ? corridor(store.selected()!) : undefined}>{(c) => <CorridorDetails corridor={c()} />}</Match>
        <Match when={store.focus()}>{(id) => <FocusDetails id={id()} />}</Match>
      </Switch>
    </aside>
  );
}
