// A target's status in a year: a symbol and a word (never colour alone), and the rule that gave it. The
// rule is the button's title for a mouse, and a tap (or Enter) shows it under the word: a phone has no
// hover, so a title alone would never be read there. A table whose year columns are too narrow for a
// sentence shows the rule in a row of its own instead (`rule`: it says which is open, and where).
import { Show, createSignal } from 'solid-js';
import type { Lang } from '../i18n/index.ts';
import type { ScoreRow } from '../plan/scorecard.ts';
import { STATUS_SYMBOL, ruleText, statusWord } from '../plan/statusText.ts';

export interface RuleElsewhere {
  readonly open: boolean;
  readonly toggle: () => void;
  /** The id of the element the rule is shown in (aria-controls). */
  readonly id: string;
}

export function StatusMark(props: { row: ScoreRow; lang: Lang; rule?: RuleElsewhere }) {
  const [ownOpen, setOwnOpen] = createSignal(false);
  const open = () => (props.rule ? props.rule.open : ownOpen());
  const toggle = () => (props.rule ? props.rule.toggle() : setOwnOpen(!ownOpen()));
  const rule = () => ruleText(props.row, props.lang);
  return (
    <span class={`status status-${props.row.result.status}`} data-status={props.row.result.status}>
      <button type="button" class="status-toggle" aria-expanded={open()} aria-controls={props.rule?.id} title={rule()} onClick={toggle}>
        <span class="status-symbol" aria-hidden="true">
          {STATUS_SYMBOL[props.row.result.status]}
        </span>{' '}
        <span class="status-word">{statusWord(props.row.result.status, props.lang)}</span>
      </button>
      <Show when={open() && !props.rule}>
        <span class="status-rule" data-testid="status-rule">
          {rule()}
        </span>
      </Show>
    </span>
  );
}
