// The notice of a link's ignored parameters, bounded however hostile the link: a one-line summary
// with the count, then the first items in a short scrolling list; the × never leaves the screen.
import { For, Show } from 'solid-js';
import { useApp } from './context.ts';
import { t, say, type Message } from '../i18n/index.ts';

const MAX_ITEMS = 50;

export function IgnoredNotice(props: { items: readonly Message[]; onClose: () => void }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  return (
    <div class="notice ignored-notice" role="status" data-testid="ignored-notice">
      <div class="ignored-body">
        <p class="ignored-summary">{t(lang(), 'app.urlIgnoredCount', { n: props.items.length })}</p>
        <ul class="ignored-list" tabindex="0" aria-label={t(lang(), 'app.urlIgnoredCount', { n: props.items.length })}>
          <For each={props.items.slice(0, MAX_ITEMS)}>{(item) => <li>{say(lang(), item)}</li>}</For>
          <Show when={props.items.length > MAX_ITEMS}>
            <li class="muted">{t(lang(), 'app.urlIgnoredMore', { n: props.items.length - MAX_ITEMS })}</li>
          </Show>
        </ul>
      </div>
      <button type="button" class="link notice-close" onClick={() => props.onClose()} aria-label={t(lang(), 'app.close')}>
        ×
      </button>
    </div>
  );
}
