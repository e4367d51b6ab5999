// A table in its scrolling box with its header row: one <th scope="col"> a column, with its class
// (`name` for the names' column, `num` for numbers, right-aligned) and an optional title; the body
// (one <tbody> or several) is the children. The texts follow the UI language.
// For, not Index: Index would add Solid's indexArray to the shared chunk of the first load.
import { For, Show, type JSX } from 'solid-js';

export interface Column {
  text: string;
  class?: 'name' | 'num';
  title?: string;
}

function TableHead(props: { cols: readonly Column[] }) {
  return (
    <thead>
      <tr>
        <For each={props.cols}>
          {(c) => (
            <th scope="col" class={c.class} title={c.title}>
              {c.text}
            </th>
          )}
        </For>
      </tr>
    </thead>
  );
}

/** `wrap`: the box's class ('table-wrap' unless given); `caption`: for screen readers only. */
export function DataTable(props: { wrap?: string; class: string; testid?: string; caption?: string; cols: readonly Column[]; children: JSX.Element }) {
  return (
    <div class={props.wrap ?? 'table-wrap'}>
      <table class={props.class} data-testid={props.testid}>
        <Show when={props.caption}>{(c) => <caption class="sr-only">{c()}</caption>}</Show>
        <TableHead cols={props.cols} />
        {props.children}
      </table>
    </div>
  );
}
