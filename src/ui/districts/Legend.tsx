// The choropleth's classes, as the map draws them: zero apart, then up to four steps of whole counts,
// coloured on the light #fff7ed → #fb923c → #c2410c scale (src/map/style.ts), each with how many districts.
import { For, Show } from 'solid-js';
import type { ChoroClass } from '../../plan/districtStats.ts';
import { classShare } from '../../plan/districtStats.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';

// The dark end stays light enough for the labels and corridors drawn over it.
export const RAMP = ['#fff7ed', '#fb923c', '#c2410c'] as const;

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** The colour of a share 0–1 on the map's scale (linear between the three stops, as in src/map/style.ts). */
export function rampColor(share: number): string {
  const s = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  const [a, b, t] = s <= 0.5 ? [RAMP[0], RAMP[1], s / 0.5] : [RAMP[1], RAMP[2], (s - 0.5) / 0.5];
  const [ca, cb] = [hex(a), hex(b)];
  return `rgb(${ca.map((v, i) => Math.round(v + (cb[i]! - v) * t)).join(' ')})`;
}

/** `reading`: its counts are not known yet (your layers still being read), so it does not say "none". */
export function Legend(props: { title: string; classes: readonly ChoroClass[]; counts: readonly number[]; reading?: boolean }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const max = () => props.classes.at(-1)?.to ?? 0;
  const label = (c: ChoroClass) => (c.from === c.to ? String(c.from) : `${c.from}–${c.to}`);
  const districtsIn = (c: ChoroClass) => props.counts.filter((n) => n >= c.from && n <= c.to).length;
  return (
    <figure class="choro-legend" data-testid="choropleth-legend">
      <figcaption>{props.title}</figcaption>
      <Show when={max() > 0} fallback={<p class="muted small">{props.reading ? '…' : t(lang(), 'districts.legendNone')}</p>}>
        <ul class="classes" aria-label={t(lang(), 'districts.legendClasses')}>
          <For each={props.classes}>
            {(c) => (
              <li data-from={c.from} data-to={c.to}>
                <span class="choro-swatch" style={{ background: rampColor(classShare(c.from, props.classes)) }} aria-hidden="true" />
                <span class="range">{label(c)}</span>
                <span class="muted small">{t(lang(), 'districts.legendDistricts', { n: districtsIn(c) })}</span>
              </li>
            )}
          </For>
        </ul>
        <p class="sr-only">{t(lang(), 'districts.legendMax', { n: max() })}</p>
      </Show>
    </figure>
  );
}
