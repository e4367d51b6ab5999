// The choropleth's scale, as the map draws it: light #fff7ed → #fb923c → #9a3412 for 0 → the largest count.
import { Show } from 'solid-js';
import { useApp } from '../context.ts';
import { td } from '../../plan/districtStrings.ts';

export const RAMP = ['#fff7ed', '#fb923c', '#9a3412'] as const;

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** The colour of a share 0–1 on the map's scale (linear between the three stops, as in src/map/style.ts). */
export function rampColor(share: number): string {
  const s = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  const [a, b, t] = s <= 0.5 ? [RAMP[0], RAMP[1], s / 0.5] : [RAMP[1], RAMP[2], (s - 0.5) / 0.5];
  const [ca, cb] = [hex(a), hex(b)];
  return `rgb(${ca.map((v, i) => Math.round(v + (cb[i]! - v) * t)).join(' ')})`;
}

export function Legend(props: { title: string; max: number }) {
  const { store } = useApp();
  const lang = () => store.lang();
  return (
    <figure class="choro-legend" data-testid="choropleth-legend">
      <figcaption>{props.title}</figcaption>
      <Show when={props.max > 0} fallback={<p class="muted small">{td(lang(), 'legendNone')}</p>}>
        <div class="ramp" role="img" aria-label={`0 – ${props.max}`} style={{ background: `linear-gradient(to right, ${RAMP.join(', ')})` }} />
        <div class="ramp-labels" aria-hidden="true">
          <span>0</span>
          {/* The scale's middle stop, labelled only when it is a whole count. */}
          <Show when={props.max >= 2 && props.max % 2 === 0}><span class="mid">{props.max / 2}</span></Show>
          <span>{td(lang(), 'legendMax', { n: props.max })}</span>
        </div>
      </Show>
    </figure>
  );
}
