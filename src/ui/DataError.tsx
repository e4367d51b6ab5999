// What the page shows when the data cannot be loaded: in both languages at once, since no language
// setting can be trusted before the data is in.
import { For } from 'solid-js';

export function DataError(props: { errors: string[] }) {
  return (
    <div class="data-error" role="alert">
      <h1>广州科技创新强市地图 · Guangzhou Innovation Hub Map</h1>
      <p>数据无法加载 · The data could not be loaded:</p>
      <ul>
        <For each={props.errors}>
          {(e) => (
            <li>
              <code>{e}</code>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
