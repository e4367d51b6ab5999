// The lazy screens as components: the screen once its code is here, what failed if it cannot be
// loaded (never a blank panel or a bare map), nothing while it loads. Opening one whose earlier load
// failed (a prefetch during a network blip) loads it again.
import { Show, type JSX } from 'solid-js';
import type { ChunkLoader } from '../state/chunkLoader.ts';
import { districtsLoader, presentLoader, readerLoader, briefLoader, scorecardLoader, institutionsLoader } from './lazyScreens.ts';
import type { Target } from '../data/planSchema.ts';
import { batch } from 'solid-js';
import { t } from '../i18n/index.ts';
import type { BriefSubject } from '../plan/brief.ts';
import type { MapHandle } from '../map/mapAdapter.ts';
import { LoadFailed, type LoadWhat } from './LoadFailed.tsx';
import { useApp } from './context.ts';

function Lazy<M>(props: {
  loader: ChunkLoader<M>;
  what: LoadWhat;
  children: (m: M) => JSX.Element;
  failed: (f: JSX.Element) => JSX.Element;
  leave: { label: 'back' | 'close'; run: () => void };
}) {
  void props.loader.get();
  return (
    <Show
      when={props.loader.module()}
      fallback={
        <Show when={props.loader.failure()}>
          {(f) => props.failed(<LoadFailed what={props.what} failure={f()} onRetry={() => void props.loader.get()} leave={props.leave} />)}
        </Show>
      }
    >
      {(m) => props.children(m())}
    </Show>
  );
}

/** Opens an institution's panel (Explore's side panel) in place of whatever is selected. */
export function openInstitution(store: ReturnType<typeof useApp>['store'], id: string): void {
  batch(() => {
    store.set('select', undefined);
    store.set('inst', id);
    if (store.state.mode !== 'explore') store.set('mode', 'explore');
  });
}

function InstitutionsLazy(props: {
  children: (m: NonNullable<ReturnType<typeof institutionsLoader.module>>) => JSX.Element;
  leave: { label: 'back' | 'close'; run: () => void };
}) {
  return (
    <Lazy loader={institutionsLoader} what="institutions" leave={props.leave} failed={(f) => <div class="load-failed-inline">{f}</div>}>
      {(m) => props.children(m)}
    </Lazy>
  );
}

/** An institution's panel (inst= in the link). */
export function InstitutionPanel(props: { id: string }) {
  const { store } = useApp();
  const close = () => store.set('inst', undefined);
  return (
    <>
      <Show when={!institutionsLoader.module() && !institutionsLoader.failure()}>
        <p class="muted" role="status">
          {t(store.state.lang, 'loads.institutions')}…
        </p>
      </Show>
      <InstitutionsLazy leave={{ label: 'close', run: close }}>
        {(m) => (
          <m.InstitutionDetails
            id={props.id}
            onTarget={(id) =>
              batch(() => {
                store.set('inst', undefined);
                store.set('focus', id);
              })
            }
            onOpen={(id) => openInstitution(store, id)}
          />
        )}
      </InstitutionsLazy>
    </>
  );
}

/** Under a target that counts institutions: the ones behind its figure. */
export function TargetInstitutions(props: { target: Target }) {
  const { store, mapView } = useApp();
  return (
    <InstitutionsLazy leave={{ label: 'close', run: () => store.set('focus', undefined) }}>
      {(m) => (
        <m.TargetInstitutions
          target={props.target}
          onOpen={(id) => openInstitution(store, id)}
          onShowLayer={() => {
            mapView.setInstitutionsOn(true);
            const pts = m.INSTITUTIONS.features.filter((f) => f.geometry && f.properties.targets.includes(props.target.id)).map((f) => f.geometry!.coordinates);
            if (pts.length > 0)
              mapView.frameBox([
                Math.min(...pts.map((p) => p[0])),
                Math.min(...pts.map((p) => p[1])),
                Math.max(...pts.map((p) => p[0])),
                Math.max(...pts.map((p) => p[1])),
              ]);
          }}
        />
      )}
    </InstitutionsLazy>
  );
}

export function DistrictsPanel() {
  const { store } = useApp();
  return (
    <Lazy
      loader={districtsLoader}
      what="districts"
      leave={{ label: 'back', run: () => store.set('mode', 'explore') }}
      failed={(f) => (
        <aside class="side-panel load-failed-panel" data-testid="districts-panel-failed">
          {f}
        </aside>
      )}
    >
      {(m) => <m.DistrictsPanel />}
    </Lazy>
  );
}

export function ScorecardPanel() {
  const { store } = useApp();
  return (
    <Lazy
      loader={scorecardLoader}
      what="scorecard"
      leave={{ label: 'back', run: () => store.set('mode', 'explore') }}
      failed={(f) => (
        <aside class="side-panel load-failed-panel" data-testid="scorecard-panel-failed">
          {f}
        </aside>
      )}
    >
      {(m) => <m.ScorecardPanel />}
    </Lazy>
  );
}

export function PresentView() {
  const { store } = useApp();
  return (
    <Lazy
      loader={presentLoader}
      what="present"
      leave={{ label: 'back', run: () => store.set('mode', 'explore') }}
      failed={(f) => <div class="load-failed-overlay">{f}</div>}
    >
      {(m) => <m.PresentView />}
    </Lazy>
  );
}

export function PlanReader(props: { line: number }) {
  const { store } = useApp();
  return (
    <Lazy
      loader={readerLoader}
      what="reader"
      leave={{ label: 'close', run: () => store.set('line', undefined) }}
      failed={(f) => <div class="load-failed-overlay">{f}</div>}
    >
      {(m) => <m.PlanReader line={props.line} />}
    </Lazy>
  );
}

export function BriefView(props: { subject: BriefSubject; map: () => MapHandle | undefined; onClose: () => void }) {
  return (
    <Lazy loader={briefLoader} what="brief" leave={{ label: 'close', run: props.onClose }} failed={(f) => <div class="load-failed-overlay">{f}</div>}>
      {(m) => <m.BriefView subject={props.subject} map={props.map} onClose={props.onClose} />}
    </Lazy>
  );
}
