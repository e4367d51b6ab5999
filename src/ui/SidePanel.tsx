// The story of whatever is selected: a feature, else the focus, else the eight actions.
import { Show, Switch, Match, createEffect, on } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { PlaceDetails } from './PlaceDetails.tsx';
import { CorridorDetails } from './CorridorDetails.tsx';
import { FocusDetails } from './FocusDetails.tsx';
import { ActionsOverview } from './ActionsOverview.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { InstitutionPanel } from './LoadedScreens.tsx';

export function SidePanel() {
  const { store, place, corridor, goBack } = useApp();
  const lang = () => store.state.lang;
  const back = () => goBack();
  let panel!: HTMLElement;
  // A new selection or focus is read from its title: the panel starts at the top.
  createEffect(
    on(
      () => [store.state.select, store.state.focus],
      () => {
        panel.scrollTop = 0;
      },
      { defer: true },
    ),
  );
  return (
    <aside ref={panel} class="side-panel" aria-label={t(lang(), 'app.selected')} data-testid="side-panel">
      <div class="panel-tools">
        <Show when={store.state.select || store.state.focus || store.state.inst}>
          <button type="button" class="back" onClick={back}>
            ← {t(lang(), 'app.back')}
          </button>
        </Show>
        <CopyLinkButton />
      </div>
      <Switch fallback={<ActionsOverview />}>
        <Match when={store.state.inst}>{(id) => <InstitutionPanel id={id()} />}</Match>
        <Match when={store.state.select ? place(store.state.select!) : undefined}>{(p) => <PlaceDetails place={p()} />}</Match>
        <Match when={store.state.select ? corridor(store.state.select!) : undefined}>{(c) => <CorridorDetails corridor={c()} />}</Match>
        <Match when={store.state.focus}>{(id) => <FocusDetails id={id()} />}</Match>
      </Switch>
    </aside>
  );
}
