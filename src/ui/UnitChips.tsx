// Responsible units as buttons: clicking one shows on the map everything it is responsible for.
import { For } from 'solid-js';
import type { Unit } from '../data/planSchema.ts';
import { useApp } from './context.ts';

export function UnitChips(props: { units: readonly Unit[] }) {
  const { store, tr } = useApp();
  return (
    <ul class="chips">
      <For each={props.units}>
        {(u) => (
          <li>
            <button type="button" class={`chip unit-${u.level}`} aria-pressed={store.state.focus === u.id} onClick={() => store.set('focus', u.id)}>
              {tr(u.name)}
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
