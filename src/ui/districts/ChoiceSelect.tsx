// A labelled <select> of a few choices (the portfolio's layer and radius, the corridors' distance):
// each option's value and words, the one selected, and what a choice does.
import { For } from 'solid-js';

export function ChoiceSelect<T>(props: {
  label: string;
  testid: string;
  options: readonly T[];
  value: (o: T) => string | number;
  text: (o: T) => string;
  selected: (o: T) => boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <select data-testid={props.testid} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={props.options}>
          {(o) => (
            <option value={props.value(o)} selected={props.selected(o)}>
              {props.text(o)}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
