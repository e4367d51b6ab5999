// How an action's targets stand in the year shown (the link's year=, else the plan's last, 2021): a
// symbol and words ("2021: 1 of 2 targets met; 1 without a comparable figure"), never colour alone.
import { For } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { actionSummary, type PlanYear } from '../plan/scorecard.ts';
import { MARK_SYMBOL, actionSummaryText, markWord } from '../plan/statusText.ts';
import { numeralIn } from '../plan/numerals.ts';

/** The year whose status the panels show. */
export const shownYear = (year: PlanYear | undefined): PlanYear => year ?? 2021;

export function ActionStatusLine(props: { actionId: string }) {
  const { store, scorecard } = useApp();
  const year = () => shownYear(store.state.year);
  const s = () => actionSummary(scorecard.rows, props.actionId, year());
  return (
    <span class={`action-status mark-${s().mark}`} data-action-status={props.actionId} data-mark={s().mark}>
      <span class="mark-symbol" aria-hidden="true">
        {MARK_SYMBOL[s().mark]}
      </span>{' '}
      {actionSummaryText(s(), year(), store.state.lang)}
    </span>
  );
}

/** Compact marks for a list row: each action's numeral and symbol, its words for screen readers and in the title. */
export function ActionMarks(props: { actionIds: readonly string[] }) {
  const { store, scorecard, data } = useApp();
  const lang = () => store.state.lang;
  const year = () => shownYear(store.state.year);
  const numeral = (id: string) => numeralIn(data.plan.actions.find((a) => a.id === id)?.numeral ?? id, lang());
  return (
    <span class="action-marks">
      <For each={props.actionIds}>
        {(id) => {
          const s = () => actionSummary(scorecard.rows, id, year());
          return (
            <span
              class={`action-mark mark-${s().mark}`}
              data-mark={s().mark}
              title={`${t(lang(), 'status.actionN', { n: numeral(id) })} · ${actionSummaryText(s(), year(), lang())}`}
            >
              <span aria-hidden="true">
                {numeral(id)}
                {MARK_SYMBOL[s().mark]}
              </span>
              <span class="sr-only">
                {t(lang(), 'status.actionN', { n: numeral(id) })}
                {lang() === 'zh' ? '：' : ': '}
                {markWord(s().mark, lang())}
              </span>
            </span>
          );
        }}
      </For>
    </span>
  );
}

/** What the marks mean, for the year shown. */
export function MarksLegend() {
  const { store } = useApp();
  const lang = () => store.state.lang;
  return (
    <p class="marks-legend muted small" data-testid="marks-legend">
      {t(lang(), 'status.marksLegend', { year: shownYear(store.state.year) })}{' '}
      <For each={['all', 'some', 'none', 'unknown'] as const}>
        {(m, i) => (
          <>
            {i() > 0 ? ' · ' : ''}
            <span class={`mark-${m}`}>
              <span aria-hidden="true">{MARK_SYMBOL[m]}</span> {markWord(m, lang())}
            </span>
          </>
        )}
      </For>
    </p>
  );
}
