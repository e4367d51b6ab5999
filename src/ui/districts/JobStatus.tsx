// A worker job's status line (src/ui/districts/useWorkerJob.ts): while it runs, its words, a progress
// bar and Cancel; once cancelled or failed, why, and "Run again". The texts are the namespace's
// `running`, `progressLabel`, `cancel`, `cancelled`, `failed` ({e}) and `runAgain`; the test ids are
// `<id>-progress`, `<id>-cancel` and `<id>-stopped` (and `againId` on the button, where given).
import { Show } from 'solid-js';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import type { JobState } from './useWorkerJob.ts';

type Words = 'portfolio' | 'corridorCounts';

export function JobStatus<P>(props: {
  state: JobState<P>;
  words: Words;
  id: string;
  /** The bar's value (0–1) for a run's progress. */
  value: (p: P) => number;
  /** The progress line's phase and fraction, as data attributes for the tests. (Named, not spread: a JSX
   *  spread pulls Solid's whole `spread` helper into the shared chunk of the first load.) */
  data?: (p: P) => { phase?: string; fraction?: string };
  againId?: string;
  onCancel: () => void;
  onAgain: () => void;
}) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const running = () => (props.state.type === 'running' ? props.state.progress : undefined);
  const failed = () => (props.state.type === 'error' ? props.state.message : undefined);
  return (
    <>
      <Show when={running()}>
        {(p) => {
          const attrs = () => props.data?.(p());
          return (
            <div class="import-progress" role="status" data-testid={`${props.id}-progress`} data-phase={attrs()?.phase} data-fraction={attrs()?.fraction}>
              <span>{t(lang(), `${props.words}.running`)}</span>
              <progress max="1" value={props.value(p())} aria-label={t(lang(), `${props.words}.progressLabel`)} />
              <button type="button" onClick={() => props.onCancel()} data-testid={`${props.id}-cancel`}>
                {t(lang(), `${props.words}.cancel`)}
              </button>
            </div>
          );
        }}
      </Show>
      <Show when={props.state.type === 'cancelled' || props.state.type === 'error'}>
        <p class="notice-inline" role="status" data-testid={`${props.id}-stopped`}>
          {failed() !== undefined ? t(lang(), `${props.words}.failed`, { e: failed()! }) : t(lang(), `${props.words}.cancelled`)}{' '}
          <button type="button" class="link" onClick={() => props.onAgain()} data-testid={props.againId}>
            {t(lang(), `${props.words}.runAgain`)}
          </button>
        </p>
      </Show>
    </>
  );
}
