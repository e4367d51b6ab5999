// A bilingual text in the UI language. In English, the Chinese names and quotations it keeps are
// marked lang="zh" (so they are read and shaped as Chinese, and checks can tell them from prose).
import { For, Show } from 'solid-js';
import type { Bilingual } from '../data/planSchema.ts';
import { cjkRuns } from '../plan/scriptRuns.ts';
import { useApp } from './context.ts';

export function MarkedText(props: { text: string }) {
  return <For each={cjkRuns(props.text)}>{(r) => (r.zh ? <span lang="zh">{r.text}</span> : r.text)}</For>;
}

export function LangText(props: { text: Bilingual }) {
  const { store } = useApp();
  return (
    <Show when={store.state.lang === 'en'} fallback={props.text.zh}>
      <MarkedText text={props.text.en} />
    </Show>
  );
}
