// A table's header row: one <th scope="col"> a column, with its class (`name` for the names' column,
// `num` for numbers, right-aligned) and an optional title. The texts follow the UI language.
import { Index } from 'solid-js';

export interface Column {
  text: string;
  class?: 'name' | 'num';
  title?: string;
}

export function TableHead(props: { cols: readonly Column[] }) {
  return (
    <thead>
      <tr>
        <Index each={props.cols}>
          {(c) => (
            <th scope="col" class={c().class} title={c().title}>
              {c().text}
            </th>
          )}
        </Index>
      </tr>
    </thead>
  );
}
