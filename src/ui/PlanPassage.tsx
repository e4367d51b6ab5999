// The plan's own words for a line range, quoted from the seed as whole sentences (the range widened
// to 。/；), with their line numbers and a way into the reader. In English: the same lines of the
// unofficial translation (aligned line by line), said to be one, with the Chinese original a click away.
import { Show, createMemo, createSignal } from 'solid-js';
import type { Lines } from '../data/planSchema.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { englishOf, sentencePassage } from '../plan/passage.ts';
import { markEnglish } from '../plan/englishMark.ts';
import { usePlanEnglish } from './planEnglishText.ts';

/**
 * @param highlight the phrase the Chinese quote marks (a name, a term, an indicator)
 * @param highlightEn the same in English, the ways the translation may word it (englishMark.ts): the
 *   English quote marks the best of them it holds
 */
export function PlanPassage(props: { lines: Lines; highlight?: string; highlightEn?: readonly string[] }) {
  const { data, store } = useApp();
  const lang = () => store.state.lang;
  const [original, setOriginal] = createSignal(false);
  const english = usePlanEnglish(() => lang() === 'en' && !original());
  const passage = createMemo(() => sentencePassage(data.seedLines, props.lines, props.highlight));
  const inEnglish = createMemo(() => {
    const en = english.lines();
    return lang() === 'en' && !original() && en ? englishOf(data.seedLines, en, passage()) : undefined;
  });
  const loading = () => lang() === 'en' && !original() && !english.lines() && !english.failed();
  const text = () => passage().text;
  const parts = () => {
    const h = props.highlight;
    const s = text();
    const i = h ? s.indexOf(h) : -1;
    return i < 0 || !h ? [s, '', ''] : [s.slice(0, i), h, s.slice(i + h.length)];
  };
  const enParts = (text: string) => {
    const m = props.highlightEn?.length ? markEnglish(text, props.highlightEn) : undefined;
    return m ? [text.slice(0, m[0]), text.slice(m[0], m[1]), text.slice(m[1])] : [text, '', ''];
  };
  return (
    <figure class="passage">
      <Show
        when={inEnglish()}
        fallback={
          <Show
            when={!loading()}
            fallback={
              <p class="muted small" role="status">
                {t(lang(), 'app.translationLoading')}
              </p>
            }
          >
            <blockquote lang="zh" data-testid="passage-zh">
              {parts()[0]}
              {parts()[1] ? <mark>{parts()[1]}</mark> : null}
              {parts()[2]}
            </blockquote>
          </Show>
        }
      >
        {(p) => (
          <blockquote lang="en" data-testid="passage-en">
            {enParts(p().text)[0]}
            {enParts(p().text)[1] ? <mark>{enParts(p().text)[1]}</mark> : null}
            {enParts(p().text)[2]}
          </blockquote>
        )}
      </Show>
      <Show when={lang() === 'en'}>
        <p class="muted small translation-note">{t(lang(), english.failed() && !original() ? 'app.translationFailed' : 'app.translationNote')}</p>
      </Show>
      <figcaption>
        <span>{t(lang(), 'app.lines', { a: passage().lines[0], b: passage().lines[1] })}</span>
        <Show when={lang() === 'en'}>
          <button type="button" class="link" data-testid="passage-original" onClick={() => setOriginal(!original())}>
            {t(lang(), original() ? 'app.showTranslation' : 'app.showOriginal')}
          </button>
        </Show>
        <button type="button" class="link" onClick={() => store.set('line', passage().at)}>
          {t(lang(), 'app.openReader')}
        </button>
      </figcaption>
    </figure>
  );
}
