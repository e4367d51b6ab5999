// A dismissible message strip under the top bar: plain text only, never markup.
import type { JSX } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';

export function Notice(props: { tone?: 'info' | 'warn'; onClose: () => void; children: JSX.Element }) {
  const { store } = useApp();
  return (
    <div class={props.tone === 'warn' ? 'notice warn' : 'notice'} role={props.tone === 'warn' ? 'alert' : 'status'}>
      <span>{props.children}</span>
      <button type="button" class="link" onClick={() => props.onClose()} aria-label={t(store.state.lang, 'app.close')}>
        ×
      </button>
    </div>
  );
}
