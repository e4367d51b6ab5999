// The plan's own words for a line range, quoted from the seed, with a way into the reader.
import type { Lines } from '../data/planSchema.ts';
import { useApp } from './context.ts';
import { t } from './i18n.ts';

/** Text of lines a..b as one paragraph: the PDF's line breaks and page numbers removed. */
export function passageText(seedLines: readonly string[], [a, b]: Lines): string {
  return seedLines
    .slice(a - 1, b)
    .filter((l) => !/^\s*\d{1,3}\s*$/.test(l))
    .map((l) => l.trim())
    .join('');
}

export function PlanPassage(props: { lines: Lines; highlight?: string }) {
  const { data, store } = useApp();
  const text = () => passageText(data.seedLines, props.lines);
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
        <span>{t(store.lang(), 'lines', { a: props.lines[0], b: props.lines[1] })}</span>
        <button type="button" class="link" onClick={() => store.openReader(props.lines[0])}>{t(store.lang(), 'openReader')}</button>
      </figcaption>
    </figure>
  );
}
