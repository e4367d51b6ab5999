// The portfolio's layer along the plan's corridors: a distance (buffer= in the link, 0.5–10 km), the
// companies within it of each corridor segment and of each corridor (each company once), counted in the
// portfolio's worker (src/data/corridorClient.ts); the buffers drawn on the map (mapView.setCorridorBuffers),
// a table, CSV and GeoJSON. Mounted by PortfolioPanel with its chosen layer. Names are JSX text, never HTML.
import '../../i18n/catalogue/corridorCounts.ts';
import './corridorCounts.css';
import { Show, createEffect, createMemo, on, onCleanup, type Accessor } from 'solid-js';
import { runCorridorWorker } from '../../data/corridorClient.ts';
import type { CorridorReply } from '../../data/portfolioProtocol.ts';
import { BUFFER_KM, kmOptions } from '../../geo/kmChoices.ts';
import { corridorCountsCsv, corridorCountsGeoJson, sharePercent, type CorridorNames } from '../../data/exportCorridorCounts.ts';
import { CORRIDORS, type CorridorId } from '../../plan/kinds.ts';
import { userLayers, type UserLayer } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { download } from './ExportBox.tsx';
import { safeFileName, today } from './userExport.ts';
import { useWorkerJob, type JobPlan } from './useWorkerJob.ts';
import { JobStatus } from './JobStatus.tsx';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { ButtonRow } from './ButtonRow.tsx';
import { CorridorTable } from './CorridorTable.tsx';

type Done = Extract<CorridorReply, { type: 'corridors-done' }>;
interface Run extends Done {
  layerId: string;
}
type Progress = { fraction: number };

/** `drawn`: whether the analyses may start (useLayerDrawn.ts: after the map has drawn the layer's points). */
export function CorridorCounts(props: { layer: Accessor<UserLayer | undefined>; drawn: Accessor<boolean> }) {
  const { data, store, mapView, tr } = useApp();
  const lang = () => store.state.lang;
  const buffer = () => store.state.buffer;

  const segments = data.corridors.map((f) => ({
    id: f.properties.id,
    corridor: f.properties.corridor,
    coords: f.geometry.coordinates.map((c) => [c[0]!, c[1]!] as [number, number]),
  }));
  const placeName = new Map(data.places.map((p) => [p.properties.id, { zh: p.properties.name_zh, en: p.properties.name_en }]));
  const byId = new Map(data.corridors.map((f) => [f.properties.id, f.properties]));

  const job = useWorkerJob({
    source: () => [props.layer()?.data, props.layer()?.id, buffer(), props.drawn()] as const,
    mark: 'corridor',
    plan: ([d, id, km, ready]): JobPlan<Progress, Done, Run> | undefined =>
      !d || !id || !ready || segments.length === 0
        ? undefined
        : {
            progress: { fraction: 0 },
            start: (onProgress) =>
              runCorridorWorker({ type: 'corridors', lon: d.lon, lat: d.lat, segments, bufferKm: km }, (p) => onProgress({ fraction: p.fraction })),
            done: (res) => ({ ...res, layerId: id }),
          },
  });
  const state = job.state;

  // A result of a layer since removed is neither shown nor drawn.
  const run = createMemo(() => {
    const r = job.last();
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
  const options = createMemo(() => kmOptions(BUFFER_KM, buffer()));

  const fileBase = (r: Run) => {
    const l = userLayers().find((x) => x.id === r.layerId);
    return `${safeFileName(l?.name ?? 'layer')}-corridors-${r.result.bufferKm}km-${today()}`;
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
        <ChoiceSelect
          label={t(lang(), 'corridorCounts.distance')}
          testid="corridor-buffer"
          options={options()}
          value={(d) => d}
          text={(d) => t(lang(), 'corridorCounts.km', { d })}
          selected={(d) => d === buffer()}
          onChange={(v) => store.set('buffer', Number(v))}
        />
      </div>

      <JobStatus state={state()} words="corridorCounts" id="corridor" value={(p) => p.fraction} onCancel={job.cancel} onAgain={job.runAgain} />

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
            <CorridorTable result={r().result} names={names()} pct={pct} />
            <p class="note small">{t(lang(), 'corridorCounts.note')}</p>
            <ButtonRow
              buttons={[
                { text: t(lang(), 'corridorCounts.exportCsv'), testid: 'corridor-export-csv', onClick: exportCsv },
                { text: t(lang(), 'corridorCounts.exportGeoJson'), testid: 'corridor-export-geojson', onClick: exportGeoJson },
              ]}
            />
          </div>
        )}
      </Show>
    </section>
  );
}
