// A results chapter's targets (src/plan/resultsTour.ts): per target, the status in large type as a
// symbol and a word (never colour alone), the reported figure counting up to its value beside the
// plan's, and the source in small type — or "no public figure found". The rule is each line's title.
import { For, Show } from 'solid-js';
import type { ActionResults } from '../../plan/resultsTour.ts';
import { t, type Lang, type Bilingual } from '../../i18n/index.ts';
import { CountUp } from './CountUp.tsx';

export function PresentResults(props: { lang: Lang; results: ActionResults; reduced: boolean }) {
  const tx = (b: Bilingual) => b[props.lang];
  return (
    <>
      <p class="present-result-summary" data-mark={props.results.mark} data-testid="present-result-summary">
        <span class="present-result-mark">
          <span aria-hidden="true">{props.results.markSymbol}</span> {tx(props.results.markWord)}
        </span>
        <span>{tx(props.results.summary)}</span>
      </p>
      <ul class="present-results" data-testid="present-results">
        <For each={props.results.lines}>
          {(line) => (
            <li class="present-result" data-target={line.target} data-status={line.status} title={tx(line.rule)}>
              <p class="present-result-status">
                <span class="present-result-symbol" aria-hidden="true">
                  {line.symbol}
                </span>
                <span class="present-result-word">{tx(line.word)}</span>
              </p>
              <div class="present-result-what">
                <p class="present-result-indicator">{tx(line.indicator)}</p>
                <p class="present-result-figures">
                  <Show when={line.reported} fallback={<span class="present-result-none">{t(props.lang, 'present.resultNoFigure')}</span>}>
                    {(r) => (
                      <span class="present-result-reported">
                        <span class="present-result-label">{t(props.lang, 'present.resultReported')}</span> <CountUp text={tx(r())} reduced={props.reduced} />
                      </span>
                    )}
                  </Show>
                  <span class="present-result-plan">
                    <span class="present-result-label">{t(props.lang, 'present.resultTarget')}</span> {tx(line.plan)}
                  </span>
                </p>
                <Show when={line.measures}>{(m) => <p class="present-result-source">{t(props.lang, 'present.resultCounts', { what: tx(m()) })}</p>}</Show>
                <Show when={line.source}>
                  {(src) => (
                    <p class="present-result-source" title={src().title}>
                      {t(props.lang, 'present.resultSource')}
                      <span lang="zh">{src().outlet}</span>
                      <Show when={src().date}>{(d) => <> · {d()}</>}</Show>
                    </p>
                  )}
                </Show>
              </div>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
