// A screen whose code could not be loaded says what failed, in the screen's place, with Try again and
// Reload (and a way out): never a blank panel or a bare map. In the shell, with its messages (loads.*).
import { Show } from 'solid-js';
import { t, type KeyIn } from '../i18n/index.ts';
import type { LoadFailure } from '../state/chunkLoader.ts';
import { useApp } from './context.ts';

export type LoadWhat = Exclude<KeyIn<'loads'>, 'failed' | 'gone' | 'retry' | 'reload' | 'back' | 'close'>;

export function LoadFailed(props: {
  what: LoadWhat;
  failure: LoadFailure;
  onRetry?: () => void;
  leave?: { label: 'back' | 'close'; run: () => void };
  class?: string;
}) {
  const { store, notices } = useApp();
  const lang = () => store.state.lang;
  // A waiting service-worker update is the new version: reload into it.
  const reload = () => (notices.updateReady() ? notices.applyUpdate() : location.reload());
  return (
    <div class={`load-failed ${props.class ?? ''}`} role="alert" data-testid="load-failed" data-what={props.what} data-failure={props.failure}>
      <p>{t(lang(), props.failure === 'gone' ? 'loads.gone' : 'loads.failed', { what: t(lang(), `loads.${props.what}`) })}</p>
      <div class="buttons">
        <button type="button" class="primary" onClick={reload} data-testid="load-reload">
          {t(lang(), 'loads.reload')}
        </button>
        <Show when={props.failure === 'failed' && props.onRetry}>
          {(retry) => (
            <button type="button" onClick={() => retry()()} data-testid="load-retry">
              {t(lang(), 'loads.retry')}
            </button>
          )}
        </Show>
        <Show when={props.leave}>
          {(l) => (
            <button type="button" class="link" onClick={() => l().run()} data-testid="load-leave">
              {t(lang(), `loads.${l().label}`)}
            </button>
          )}
        </Show>
      </div>
    </div>
  );
}
