// The point of a user layer clicked on the map: every attribute of its row, as text.
import { For, Show, createEffect, createMemo, on } from 'solid-js';
import { userLayers, pickedUserPoint, pickUserPoint } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { withoutBidiControls as plain } from '../../i18n/bidi.ts';
import { nearest } from '../../data/exportUserLayer.ts';
import { anchorsOf } from './userExport.ts';

export function UserPointPanel(props: { districtLabel: (bucket: string) => string }) {
  const { store, data } = useApp();
  const lang = () => store.state.lang;
  // The plan's layout the export measures against: the nearest of each, as the CSV and GeoJSON say it.
  const cities = createMemo(() => anchorsOf(data, 'three-cities-one-zone', lang()));
  const nodes = createMemo(() => anchorsOf(data, 'thirteen-nodes', lang()));
  const km = (n: ReturnType<typeof nearest>) => (n ? t(lang(), 'districts.nearestKm', { name: n.anchor.name, km: n.km }) : '–');
  const point = createMemo(() => {
    const p = pickedUserPoint();
    const l = p ? userLayers().find((x) => x.id === p.layerId) : undefined;
    if (!p || !l || p.index < 0 || p.index >= l.data.names.length) return undefined;
    const d = l.data;
    const i = p.index;
    return {
      // The file's texts without bidirectional controls (i18n/bidi.ts): a name never reads reversed.
      layer: plain(l.name),
      color: l.color,
      name: plain(d.names[i] ?? '') || t(lang(), 'districts.impUnnamedRow', { row: d.rows[i]! }),
      rows: [
        [t(lang(), 'districts.hDistrict'), d.districts[i] ? props.districtLabel(d.districts[i]!) : t(lang(), 'districts.outside')],
        [t(lang(), 'districts.hCity'), km(nearest(d.lon[i]!, d.lat[i]!, cities()))],
        [t(lang(), 'districts.hNode'), km(nearest(d.lon[i]!, d.lat[i]!, nodes()))],
        [t(lang(), 'districts.hLon'), d.lon[i]!.toFixed(6)],
        [t(lang(), 'districts.hLat'), d.lat[i]!.toFixed(6)],
        [t(lang(), 'districts.hRow'), String(d.rows[i])],
        ...d.attrKeys.map((k, j) => [plain(k), plain(d.attrs[j]?.[i] ?? '')] as const),
      ] as Array<readonly [string, string]>,
    };
  });
  let el: HTMLElement | undefined;
  // A click on the map brings the point's panel into view (the panel may be scrolled far down).
  createEffect(on(pickedUserPoint, (p) => p && queueMicrotask(() => el?.scrollIntoView({ block: 'nearest' })), { defer: true }));
  return (
    <Show when={point()}>
      {(p) => (
        <section class="user-point" data-testid="user-point" aria-labelledby="user-point-title" aria-live="polite" ref={(e) => (el = e)}>
          <header>
            <span class="layer-swatch" style={{ background: p().color }} aria-hidden="true" />
            <h3 id="user-point-title">{p().name}</h3>
            <button type="button" onClick={() => pickUserPoint(null)} aria-label={t(lang(), 'districts.closeDistrict')}>
              ×
            </button>
          </header>
          <p class="muted small">{t(lang(), 'districts.pointOfLayer', { l: p().layer })}</p>
          <dl>
            <For each={p().rows}>
              {([k, v]) => (
                <>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </>
              )}
            </For>
          </dl>
        </section>
      )}
    </Show>
  );
}
