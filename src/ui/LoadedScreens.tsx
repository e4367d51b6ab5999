// The lazy screens as components: the screen once its code is here, what failed if it cannot be
// loaded (never a blank panel or a bare map), nothing while it loads. Opening one whose earlier load
// failed (a prefetch during a network blip) loads it again.
import { Show, type JSX } from 'solid-js';
import type { ChunkLoader } from '../state/chunkLoader.ts';
import { districtsLoader, presentLoader, readerLoader, briefLoader, scorecardLoader } from './lazyScreens.ts';
import type { BriefSubject } from '../plan/brief.ts';
import type { MapHandle } from '../map/mapAdapter.ts';
import { LoadFailed, type LoadWhat } from './LoadFailed.tsx';
import { useApp } from './context.ts';

function Lazy<M>(props: { loader: ChunkLoader<M>; what: LoadWhat; children: (m: M) => JSX.Element; failed: (f: JSX.Element) => JSX.Element; leave: { label: 'back' | 'close'; run: () => void } }) {
  void props.loader.get();
  return (
    <Show when={props.loader.module()} fallback={
      <Show when={props.loader.failure()}>
        {(f) => props.failed(<LoadFailed what={props.what} failure={f()} onRetry={() => void props.loader.get()} leave={props.leave} />)}
      </Show>
    }>
      {(m) => props.children(m())}
    </Show>
  );
}

export function DistrictsPanel() {
  const { store } = useApp();
  return (
    <Lazy loader={districtsLoader} what="districts" leave={{ label: 'back', run: () => store.set('mode', 'explore') }}
      failed={(f) => <aside class="side-panel load-failed-panel" data-testid="districts-panel-failed">{f}</aside>}>
      {(m) => <m.DistrictsPanel />}
    </Lazy>
  );
}

export function ScorecardPanel() {
  const { store } = useApp();
  return (
    <Lazy loader={scorecardLoader} what="scorecard" leave={{ label: 'back', run: () => store.set('mode', 'explore') }}
      failed={(f) => <aside class="side-panel load-failed-panel" data-testid="scorecard-panel-failed">{f}</aside>}>
      {(m) => <m.ScorecardPanel />}
    </Lazy>
  );
}

export function PresentView() {
  const { store } = useApp();
  return (
    <Lazy loader={presentLoader} what="present" leave={{ label: 'back', run: () => store.set('mode', 'explore') }}
      failed={(f) => <div class="load-failed-overlay">{f}</div>}>
      {(m) => <m.PresentView />}
    </Lazy>
  );
}

export function PlanReader(props: { line: number }) {
  const { store } = useApp();
  return (
    <Lazy loader={readerLoader} what="reader" leave={{ label: 'close', run: () => store.set('line', undefined) }}
      failed={(f) => <div class="load-failed-overlay">{f}</div>}>
      {(m) => <m.PlanReader line={props.line} />}
    </Lazy>
  );
}

export function BriefView(props: { subject: BriefSubject; map: () => MapHandle | undefined; onClose: () => void }) {
  return (
    <Lazy loader={briefLoader} what="brief" leave={{ label: 'close', run: props.onClose }}
      failed={(f) => <div class="load-failed-overlay">{f}</div>}>
      {(m) => <m.BriefView subject={props.subject} map={props.map} onClose={props.onClose} />}
    </Lazy>
  );
}
