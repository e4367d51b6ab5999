// A target's status in a year: a symbol and a word (never colour alone), the rule in the title.
import type { Lang } from '../i18n/index.ts';
import type { ScoreRow } from '../plan/scorecard.ts';
import { STATUS_SYMBOL, ruleText, statusWord } from '../plan/statusText.ts';

export function StatusMark(props: { row: ScoreRow; lang: Lang }) {
  return (
    <span class={`status status-${props.row.result.status}`} data-status={props.row.result.status} title={ruleText(props.row, props.lang)}>
      <span class="status-symbol" aria-hidden="true">
        {STATUS_SYMBOL[props.row.result.status]}
      </span>{' '}
      <span class="status-word">{statusWord(props.row.result.status, props.lang)}</span>
    </span>
  );
}
