// The scorecard's legend on the map: what the marks beside the places mean (a ring drawn like the map's,
// its symbol and its word: never colour alone), how many places carry each, and the rule for a place in
// several actions. Drawn over the map area (a portal), gone with the scorecard screen.
import { For, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { ActionMark, PlanYear } from '../../plan/scorecard.ts';
import { MARKS } from '../../plan/statusMap.ts';
import { MARK_SYMBOL } from '../../plan/statusText.ts';
import { t, type Lang, type MessageKey } from '../../i18n/index.ts';

export const MARK_LEGEND: Record<ActionMark, MessageKey> = {
  all: 'scorecard.mapLegendAll',
  some: 'scorecard.mapLegendSome',
  none: 'scorecard.mapLegendNone',
  unknown: 'scorecard.mapLegendUnknown',
};

/** Each mark's ring colour, as the map draws it (src/map/style.ts, points-mark): for the poster's swatches. */
export const MARK_COLOR: Record<ActionMark, string> = { all: '#15803d', some: '#b45309', none: '#b91c1c', unknown: '#6b7280' };

export function StatusMapLegend(props: { lang: Lang; year: PlanYear | undefined; counts: Readonly<Record<ActionMark, number>> }) {
  const mount = document.querySelector('.map-wrap') ?? document.body;
  const narrow = matchMedia('(max-width: 720px)').matches;
  return (
    <Portal mount={mount}>
      <section
        class="status-map-legend"
        data-testid="status-map-legend"
        aria-label={props.year ? t(props.lang, 'scorecard.mapLegend', { year: props.year }) : undefined}
      >
        <Show when={props.year} fallback={<p class="small">{t(props.lang, 'scorecard.mapLegendNoYear')}</p>}>
          {(year) => (
            // On a phone the legend starts folded to one line (its title and each mark's symbol and count),
            // so it leaves the map visible; a tap on it unfolds it.
            <details class="legend-fold" open={!narrow}>
              <summary>
                <h2>{t(props.lang, 'scorecard.mapLegend', { year: year() })}</h2>
                <span class="legend-compact" aria-hidden="true">
                  <For each={MARKS}>
                    {(m) => (
                      <span data-mark={m}>
                        <span class={`ring ring-${m}`} />
                        {MARK_SYMBOL[m]} {props.counts[m]}
                      </span>
                    )}
                  </For>
                </span>
              </summary>
              <ul>
                <For each={MARKS}>
                  {(m) => (
                    <li data-mark={m}>
                      <span class={`ring ring-${m}`} aria-hidden="true" />
                      <span class="glyph" aria-hidden="true">
                        {MARK_SYMBOL[m]}
                      </span>
                      <span>
                        {t(props.lang, MARK_LEGEND[m])} <span class="muted">· {t(props.lang, 'scorecard.mapLegendPlaces', { n: props.counts[m] })}</span>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
              {/* The rule stays in the legend; on a phone it is folded too. */}
              <details class="rule" open={!narrow}>
                <summary>{t(props.lang, 'scorecard.mapLegendRuleTitle')}</summary>
                <p class="small muted">{t(props.lang, 'scorecard.mapLegendRule')}</p>
              </details>
            </details>
          )}
        </Show>
      </section>
    </Portal>
  );
}
