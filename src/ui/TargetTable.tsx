// A target's yearly values as the plan writes them, with a small bar chart where there is a series.
import { For, Show } from 'solid-js';
import type { Target, Value } from '../data/planSchema.ts';
import { YEARS } from '../data/planSchema.ts';
import { useApp } from './context.ts';
import { t, unitLabel } from './i18n.ts';

export function formatValue(v: Value | undefined): string {
  if (v === undefined) return '–';
  return typeof v === 'number' ? String(v) : `${v[0]}–${v[1]}`;
}
const top = (v: Value | undefined): number => (v === undefined ? 0 : typeof v === 'number' ? v : v[1]);

export function TargetChart(props: { target: Target }) {
  const values = () => YEARS.map((y) => props.target.values[y]);
  const max = () => Math.max(...values().map(top), 0) || 1;
  const W = 120;
  const H = 36;
  return (
    <Show when={values().filter((v) => v !== undefined).length > 1}>
      <svg class="chart" viewBox={`0 0 ${W} ${H + 12}`} width={W} height={H + 12} role="img"
        aria-label={YEARS.map((y, i) => `${y}: ${formatValue(values()[i])}`).join(', ')}>
        <For each={YEARS}>
          {(y, i) => {
            const h = () => (top(values()[i()]) / max()) * H;
            return (
              <g>
                <rect x={i() * 40 + 6} y={H - h()} width={28} height={h()} rx={2} class="bar" />
                <text x={i() * 40 + 20} y={H + 10} text-anchor="middle" class="bar-label">{y}</text>
              </g>
            );
          }}
        </For>
      </svg>
    </Show>
  );
}

export function TargetTable(props: { targets: readonly Target[]; onPick?: (id: string) => void }) {
  const { store, tr } = useApp();
  return (
    <table class="targets">
      <thead>
        <tr>
          <th scope="col">{t(store.lang(), 'targets')}</th>
          <For each={YEARS}>{(y) => <th scope="col" class="num">{y}</th>}</For>
          <th scope="col"><span class="sr-only">{t(store.lang(), 'chart')}</span></th>
        </tr>
      </thead>
      <tbody>
        <For each={props.targets}>
          {(target) => (
            <tr>
              <th scope="row">
                <button type="button" class="link" onClick={() => props.onPick?.(target.id)} title={`${target.id} · ${tr(target.indicator)}`}>
                  {tr(target.indicator)}
                </button>
                <Show when={unitLabel(target.unit, store.lang())}>{(u) => <span class="unit"> ({u()})</span>}</Show>
              </th>
              <For each={YEARS}>
                {(y) => (
                  <td class="num">
                    {formatValue(target.values[y])}
                    <Show when={(target.qualifiers[y] ?? []).length > 0}>
                      <span class="qual" lang="zh">{(target.qualifiers[y] ?? []).join('·')}</span>
                    </Show>
                  </td>
                )}
              </For>
              <td><TargetChart target={target} /></td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
