// The portfolio's layer along the plan's corridors: a distance (buffer= in the link, 0.5–10 km), the
// companies within it of each corridor segment and of each corridor (each company once), counted in the
// portfolio's worker (src/data/corridorClient.ts); the buffers drawn on the map (mapView.setCorridorBuffers),
// a table, CSV and GeoJSON. Mounted by PortfolioPanel with its chosen layer. Names are JSX text, never HTML.
import '../../i18n/catalogue/corridorCounts.ts';
import './corridorCounts.css';
import { For, Show, createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { runCorridorWorker, type CorridorJob } from '../../data/corridorClient.ts';
import type { CorridorReply } from '../../data/portfolioProtocol.ts';
import { BUFFERS_KM } from '../../geo/corridorBuffer.ts';
import { corridorCountsCsv, corridorCountsGeoJson, sharePercent, type CorridorNames } from '../../data/exportCorridorCounts.ts';
import { CORRIDORS, type CorridorId } from '../../plan/kinds.ts';
import { userLayers, type UserLayer } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { download } from './ExportBox.tsx';

type Done = Extract<CorridorReply, { type: 'corridors-done' }>;
interface Run extends Done {
  layerId: string;
}
type State = { type: 'idle' } | { type: 'running'; fraction: number } | { type: 'cancelled' } | { type: 'error'; message: string } | { type: 'done' };

const safeFile = (s: string) =>
  s
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'layer';

export function CorridorCounts(props: { layer: Accessor<UserLayer | undefined> }) {
  const { data, store, mapView, tr } = useApp();
  const lang = () => store.state.lang;
  const buffer = () => store.state.buffer;
  const [state, setState] = createSignal<State>({ type: 'idle' });
  const [again, setAgain] = createSignal(0);
  const [last, setLast] = createSignal<Run | undefined>();

  const segments = data.corridors.map((f) => ({
    id: f.properties.id,
    corridor: f.properties.corridor,
    coords: f.geometry.coordinates.map((c) => [c[0]!, c[1]!] as [number, number]),
  }));
  const placeName = new Map(data.places.map((p) => [p.properties.id, { zh: p.properties.name_zh, en: p.properties.name_en }]));
  const byId = new Map(data.corridors.map((f) => [f.properties.id, f.properties]));

  let job: CorridorJob | undefined;
  const stop = () => {
    job?.cancel();
    job = undefined;
  };
  onCleanup(stop);
  createEffect(
    on([() => props.layer()?.data, () => props.layer()?.id, buffer, again], ([d, id, km]) => {
      stop();
      if (!d || !id || segments.length === 0) {
        setLast(undefined);
        return setState({ type: 'idle' });
      }
      setState({ type: 'running', fraction: 0 });
      // For field measurement (scripts/bench-portfolio.ts): when a count starts and when its result is in.
      performance.mark('corridor-start');
      const me = runCorridorWorker({ type: 'corridors', lon: d.lon, lat: d.lat, segments, bufferKm: km }, (p) => {
        if (job === me) setState({ type: 'running', fraction: p.fraction });
      });
      job = me;
      void me.result.then((res) => {
        if (job !== me) return;
        job = undefined;
        if (res.type === 'cancelled') setState({ type: 'cancelled' });
        else if (res.type === 'error') setState({ type: 'error', message: res.message });
        else {
          performance.mark('corridor-done');
          setLast({ ...res, layerId: id });
          setState({ type: 'done' });
          // The table rendered and the buffers handed to the map (Solid updates synchronously): the main thread's share.
          performance.mark('corridor-shown');
        }
      });
    }),
  );
  const cancel = () => {
    const j = job;
    job = undefined;
    j?.cancel();
    setState({ type: 'cancelled' });
  };

  // A result of a layer since removed is neither shown nor drawn.
  const run = createMemo(() => {
    const r = last();
    return r && userLayers().some((l) => l.id === r.layerId) ? r : undefined;
  });
  createEffect(
    on(run, (r) => {
      if (!r) return mapView.setCorridorBuffers(null);
      const within = new Map(r.result.perCorridor.map((c) => [c.corridor, c.within]));
      mapView.setCorridorBuffers({
        areas: {
          type: 'FeatureCollection',
          features: r.corridorAreas.map((f) => ({ ...f, properties: { ...f.properties, within: within.get(f.properties.corridor) ?? 0 } })),
        },
      });
    }),
  );
  onCleanup(() => mapView.setCorridorBuffers(null));

  const corridorName = (id: string) => {
    const c = CORRIDORS[id as CorridorId];
    return c ? tr(c) : id;
  };
  const segmentName = (id: string) => {
    const s = byId.get(id);
    if (!s) return id;
    const end = (p: string) => {
      const n = placeName.get(p);
      return n ? tr(n) : p;
    };
    return `${end(s.from)} → ${end(s.to)}`;
  };
  const names = (): CorridorNames => ({ corridor: corridorName, segment: segmentName, allSegments: t(lang(), 'corridorCounts.allSegments') });
  const pct = (within: number, points: number) => t(lang(), 'corridorCounts.percent', { p: sharePercent(within, points).toFixed(1) });
  const options = createMemo(() => [...new Set<number>([...BUFFERS_KM, buffer()])].sort((a, b) => a - b));

  const fileBase = (r: Run) => {
    const l = userLayers().find((x) => x.id === r.layerId);
    return `${safeFile(l?.name ?? 'layer')}-corridors-${r.result.bufferKm}km-${new Date().toISOString().slice(0, 10)}`;
  };
  const exportCsv = () => {
    const r = run();
    if (!r) return;
    const h = (k: Parameters<typeof t>[1]) => t(lang(), k);
    const csv = corridorCountsCsv(r.result, names(), {
      corridor: h('corridorCounts.hCorridor'),
      corridorId: h('corridorCounts.hCorridorId'),
      segment: h('corridorCounts.hSegment'),
      segmentId: h('corridorCounts.hSegmentId'),
      distance: h('corridorCounts.hDistance'),
      within: h('corridorCounts.hWithin'),
      share: h('corridorCounts.hShare'),
    });
    download(`${fileBase(r)}.csv`, csv, 'text/csv;charset=utf-8');
  };
  const exportGeoJson = () => {
    const r = run();
    if (!r) return;
    const layer = userLayers().find((x) => x.id === r.layerId)?.name ?? '';
    const text = corridorCountsGeoJson(r.result, r.segmentAreas, names(), {
      layer,
      exported: new Date().toISOString(),
      method: t(lang(), 'corridorCounts.gjMethod'),
      routes: t(lang(), 'corridorCounts.gjRoutes'),
    });
    download(`${fileBase(r)}.geojson`, text, 'application/geo+json');
  };

  return (
    <section class="corridor-counts" aria-labelledby="corridor-counts-title" data-testid="corridor-counts" data-state={state().type} data-buffer={buffer()}>
      <h4 id="corridor-counts-title">{t(lang(), 'corridorCounts.title')}</h4>
      <p class="note small">{t(lang(), 'corridorCounts.intro')}</p>
      <div class="portfolio-choices">
        <label>
          <span>{t(lang(), 'corridorCounts.distance')}</span>
          <select data-testid="corridor-buffer" onChange={(e) => store.set('buffer', Number(e.currentTarget.value))}>
            <For each={options()}>
              {(d) => (
                <option value={d} selected={d === buffer()}>
                  {t(lang(), 'corridorCounts.km', { d })}
                </option>
              )}
            </For>
          </select>
        </label>
      </div>

      <Show when={state().type === 'running' ? (state() as Extract<State, { type: 'running' }>) : undefined}>
        {(s) => (
          <div class="import-progress" role="status" data-testid="corridor-progress">
            <span>{t(lang(), 'corridorCounts.running')}</span>
            <progress max="1" value={s().fraction} aria-label={t(lang(), 'corridorCounts.progressLabel')} />
            <button type="button" onClick={cancel} data-testid="corridor-cancel">
              {t(lang(), 'corridorCounts.cancel')}
            </button>
          </div>
        )}
      </Show>
      <Show when={state().type === 'cancelled' || state().type === 'error'}>
        <p class="notice-inline" role="status" data-testid="corridor-stopped">
          {state().type === 'error'
            ? t(lang(), 'corridorCounts.failed', { e: (state() as { message: string }).message })
            : t(lang(), 'corridorCounts.cancelled')}{' '}
          <button type="button" class="link" onClick={() => setAgain((n) => n + 1)}>
            {t(lang(), 'corridorCounts.runAgain')}
          </button>
        </p>
      </Show>

      <Show when={run()}>
        {(r) => (
          <div
            class="corridor-result"
            classList={{ stale: state().type !== 'done' }}
            data-testid="corridor-result"
            data-buffer={r().result.bufferKm}
            data-layer={r().layerId}
            data-any={r().result.anyWithin}
          >
            <p class="portfolio-summary" data-testid="corridor-summary">
              {t(lang(), 'corridorCounts.summary', {
                n: r().result.points,
                any: r().result.anyWithin,
                p: sharePercent(r().result.anyWithin, r().result.points).toFixed(1),
                d: r().result.bufferKm,
              })}
            </p>
            <div class="table-wrap portfolio-scroll">
              <table class="district-table corridor-table" data-testid="corridor-table">
                <thead>
                  <tr>
                    <th class="name" scope="col">
                      {t(lang(), 'corridorCounts.colCorridor')}
                    </th>
                    <th scope="col" class="num">
                      {t(lang(), 'corridorCounts.colWithin', { d: r().result.bufferKm })}
                    </th>
                    <th scope="col" class="num">
                      {t(lang(), 'corridorCounts.colShare')}
                    </th>
                  </tr>
                </thead>
                <For each={r().result.perCorridor}>
                  {(c) => (
                    <tbody data-corridor={c.corridor}>
                      <tr class="corridor-total" data-corridor={c.corridor} data-within={c.within}>
                        <th scope="row">
                          <span class="swatch" style={{ background: CORRIDORS[c.corridor as CorridorId]?.color ?? '#334155' }} aria-hidden="true" />
                          {corridorName(c.corridor)}
                          <span class="muted small all">{t(lang(), 'corridorCounts.allSegments')}</span>
                        </th>
                        <td class="num within">{c.within}</td>
                        <td class="num share">{pct(c.within, r().result.points)}</td>
                      </tr>
                      <For each={r().result.perSegment.filter((s) => s.corridor === c.corridor)}>
                        {(s) => (
                          <tr class="corridor-segment" data-segment={s.id} data-within={s.within}>
                            <th scope="row" class="segment">
                              {segmentName(s.id)}
                            </th>
                            <td class="num within">{s.within}</td>
                            <td class="num share">{pct(s.within, r().result.points)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  )}
                </For>
              </table>
            </div>
            <p class="note small">{t(lang(), 'corridorCounts.note')}</p>
            <div class="buttons">
              <button type="button" onClick={exportCsv} data-testid="corridor-export-csv">
                {t(lang(), 'corridorCounts.exportCsv')}
              </button>
              <button type="button" onClick={exportGeoJson} data-testid="corridor-export-geojson">
                {t(lang(), 'corridorCounts.exportGeoJson')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
