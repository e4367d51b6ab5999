// A row of buttons (a result's exports): each its words, test id and action.
import { Index } from 'solid-js';

export interface RowButton {
  text: string;
  testid: string;
  onClick: () => void;
}

export function ButtonRow(props: { buttons: readonly RowButton[] }) {
  return (
    <div class="buttons">
      <Index each={props.buttons}>
        {(b) => (
          <button type="button" onClick={() => b().onClick()} data-testid={b().testid}>
            {b().text}
          </button>
        )}
      </Index>
    </div>
  );
}
