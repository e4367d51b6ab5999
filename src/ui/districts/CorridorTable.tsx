// The corridor counts' table: per corridor, the companies within the distance of any of its segments
// (each company once) and their share of the layer, then each segment's own count. Names are JSX text.
import { For } from 'solid-js';
import type { CorridorCountResult } from '../../geo/corridorBuffer.ts';
import type { CorridorNames } from '../../data/exportCorridorCounts.ts';
import { CORRIDORS, type CorridorId } from '../../plan/kinds.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { DataTable } from '../DataTable.tsx';

/** `pct(within, points)`: a share as the UI language writes it. */
export function CorridorTable(props: { result: CorridorCountResult; names: CorridorNames; pct: (within: number, points: number) => string }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  return (
    <DataTable
      wrap="table-wrap portfolio-scroll"
      class="district-table corridor-table"
      testid="corridor-table"
      cols={[
        { text: t(lang(), 'corridorCounts.colCorridor'), class: 'name' },
        { text: t(lang(), 'corridorCounts.colWithin', { d: props.result.bufferKm }), class: 'num' },
        { text: t(lang(), 'corridorCounts.colShare'), class: 'num' },
      ]}
    >
      <For each={props.result.perCorridor}>
        {(c) => (
          <tbody data-corridor={c.corridor}>
            <tr class="corridor-total" data-corridor={c.corridor} data-within={c.within}>
              <th scope="row">
                <span class="swatch" style={{ background: CORRIDORS[c.corridor as CorridorId]?.color ?? '#334155' }} aria-hidden="true" />
                {props.names.corridor(c.corridor)}
                <span class="muted small all">{props.names.allSegments}</span>
              </th>
              <td class="num within">{c.within}</td>
              <td class="num share">{props.pct(c.within, props.result.points)}</td>
            </tr>
            <For each={props.result.perSegment.filter((s) => s.corridor === c.corridor)}>
              {(s) => (
                <tr class="corridor-segment" data-segment={s.id} data-within={s.within}>
                  <th scope="row" class="segment">
                    {props.names.segment(s.id)}
                  </th>
                  <td class="num within">{s.within}</td>
                  <td class="num share">{props.pct(s.within, props.result.points)}</td>
                </tr>
              )}
            </For>
          </tbody>
        )}
      </For>
    </DataTable>
  );
}
