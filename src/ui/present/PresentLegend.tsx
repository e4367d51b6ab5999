// Present mode's legend, inside the card (so the map's free area stays free): the corridor colours
// with their names in the UI language (the chapter's own corridor marked), and the kinds of the
// places the chapter shows.
import { For, Show } from 'solid-js';
import type { Lang } from '../../state/urlState.ts';
import { t } from '../../i18n/index.ts';

export interface LegendCorridor {
  id: string;
  label: string;
  color: string;
  lit: boolean;
}
export interface LegendKind {
  id: string;
  label: string;
  color: string;
  glyph: string;
}

/** A results chapter's marks: the ring drawn round a place (its colour), its symbol and its words. */
export interface LegendMark {
  id: string;
  label: string;
  color: string;
  symbol: string;
}

export function PresentLegend(props: {
  lang: Lang;
  corridors: LegendCorridor[];
  kinds: LegendKind[];
  marks?: LegendMark[] | undefined;
  marksTitle?: string | undefined;
}) {
  return (
    <div class="present-legend" data-testid="present-legend" role="group" aria-label={t(props.lang, 'app.legend')}>
      <Show when={props.corridors.length > 0}>
        <ul class="present-legend-corridors" aria-label={t(props.lang, 'app.legendCorridors')}>
          <For each={props.corridors}>
            {(c) => (
              <li classList={{ lit: c.lit }} data-corridor={c.id}>
                <span class="present-swatch-line" style={{ 'background-color': c.color }} aria-hidden="true" />
                <span>{c.label}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.kinds.length > 0}>
        <ul class="present-legend-kinds" aria-label={t(props.lang, 'app.legendKinds')}>
          <For each={props.kinds}>
            {(k) => (
              <li data-kind={k.id}>
                <span class="present-swatch-dot" style={{ 'background-color': k.color }} aria-hidden="true">
                  {k.glyph}
                </span>
                <span>{k.label}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.marks?.length}>
        <ul class="present-legend-marks" aria-label={props.marksTitle}>
          <Show when={props.marksTitle}>
            <li class="present-legend-title" aria-hidden="true">
              {props.marksTitle}
            </li>
          </Show>
          <For each={props.marks}>
            {(m) => (
              <li data-mark={m.id}>
                <span class={`present-swatch-ring ring-${m.id}`} style={{ 'border-color': m.color }} aria-hidden="true" />
                <span aria-hidden="true">{m.symbol}</span>
                <span>{m.label}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
