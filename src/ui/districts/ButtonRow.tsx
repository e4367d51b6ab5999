// A row of buttons (a result's exports): each its words, test id and action.
// For, not Index: Index would add Solid's indexArray to the shared chunk of the first load.
import { For } from 'solid-js';

export interface RowButton {
  text: string;
  testid: string;
  onClick: () => void;
}

export function ButtonRow(props: { buttons: readonly RowButton[] }) {
  return (
    <div class="buttons">
      <For each={props.buttons}>
        {(b) => (
          <button type="button" onClick={() => b.onClick()} data-testid={b.testid}>
            {b.text}
          </button>
        )}
      </For>
    </div>
  );
}
