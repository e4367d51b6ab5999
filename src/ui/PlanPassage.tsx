// The plan's own words for a line range, quoted from the seed as whole sentences (the range widened
// to 。/；), with their line numbers and a way into the reader.
import { createMemo } from 'solid-js';
import type { Lines } from '../data/planSchema.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { sentencePassage } from '../plan/passage.ts';

export function PlanPassage(props: { lines: Lines; highlight?: string }) {
  const { data, store } = useApp();
  const passage = createMemo(() => sentencePassage(data.seedLines, props.lines, props.highlight));
  const text = () => passage().text;
  const parts = () => {
    const h = props.highlight;
    const s = text();
    const i = h ? s.indexOf(h) : -1;
    return i < 0 || !h ? [s, '', ''] : [s.slice(0, i), h, s.slice(i + h.length)];
  };
  return (
    <figure class="passage">
      <blockquote lang="zh">
        {parts()[0]}
        {parts()[1] ? <mark>{parts()[1]}</mark> : null}
        {parts()[2]}
      </blockquote>
      <figcaption>
        <span>{t(store.state.lang, 'app.lines', { a: passage().lines[0], b: passage().lines[1] })}</span>
        <button type="button" class="link" onClick={() => store.set('line', passage().at)}>{t(store.state.lang, 'app.openReader')}</button>
      </figcaption>
    </figure>
  );
}
