// The investor's portfolio against the plan: one of their layers, a radius (radius= in the link) and
// the kinds of place to measure to; the worker (src/data/portfolioClient.ts) finds each company's
// nearest place, the companies within the radius of each place, the gaps, per district, and the area
// round the companies, which the map draws (mapView.setPortfolio). Recomputed when a choice changes
// (the previous run is stopped); Cancel stops it. Text only: names are JSX text, never HTML.
import '../../i18n/catalogue/portfolio.ts';
import { For, Show, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { runPortfolioWorker, type PortfolioJob } from '../../data/portfolioClient.ts';
import type { PortfolioResult } from '../../geo/portfolio.ts';
import { RADII_KM } from '../../geo/portfolio.ts';
import type { BufferResult } from '../../geo/portfolioBuffer.ts';
import { TARGET_SETS, targetsOf, type NamedTarget } from '../../plan/portfolioTargets.ts';
import { portfolioCompaniesCsv, portfolioPlacesCsv, portfolioGeoJson } from '../../data/exportPortfolio.ts';
import { provenanceOf } from './userExport.ts';
import { userLayers, type UserLayer } from '../../state/userLayers.ts';
import { withoutBidiControls } from '../../i18n/bidi.ts';
import { useApp } from '../context.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { download } from './ExportBox.tsx';
import { PortfolioGaps } from './PortfolioGaps.tsx';
import { CorridorCounts } from './CorridorCounts.tsx';

/** Companies listed with their nearest place in the panel (all of them are in the CSV). */
const NEAREST_LISTED = 20;

interface Run {
  layerId: string;
  color: string;
  radius: number;
  sets: string;
  targets: NamedTarget[];
  result: PortfolioResult;
  buffer: BufferResult;
}
type State =
  | { type: 'idle' }
  | { type: 'running'; phase: 'count' | 'buffer'; fraction: number }
  | { type: 'cancelled' }
  | { type: 'error'; message: string }
  | { type: 'done' };

const safeFile = (s: string) =>
  s
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'layer';

/** `districtName(zh | null)`: a district's name in the UI language, or "outside Guangzhou" for null. */
export function PortfolioPanel(props: { districtName: (zh: string | null) => string }) {
  const { data, store, mapView } = useApp();
  const lang = () => store.state.lang;
  const radius = () => store.state.radius;
  const [chosen, setChosen] = createSignal<string | undefined>();
  const [sets, setSets] = createSignal<readonly string[]>(TARGET_SETS.map((s) => s.id));
  const [state, setState] = createSignal<State>({ type: 'idle' });
  const [gapsOnly, setGapsOnly] = createSignal(false);
  const [again, setAgain] = createSignal(0);
  /** The last result: shown (and drawn) while the next one is computed, so nothing flickers away. */
  const [last, setLast] = createSignal<Run | undefined>();

  /** The layer measured: the one chosen, else the first shown, else the first. */
  const layer = createMemo((): UserLayer | undefined => {
    const ls = userLayers();
    return ls.find((l) => l.id === chosen()) ?? ls.find((l) => l.visible) ?? ls[0];
  });
  const targets = createMemo(() => targetsOf(data, sets()));

  let job: PortfolioJob | undefined;
  const stop = () => {
    job?.cancel();
    job = undefined;
  };
  onCleanup(stop);
  // Runs again on any change of layer (its points, not its name), radius or sets.
  createEffect(
    on([() => layer()?.data, radius, targets, again], ([d, r, ts]) => {
      stop();
      const l = layer();
      if (!d || !l || ts.length === 0) {
        setLast(undefined);
        return setState({ type: 'idle' });
      }
      const district = new Int8Array(d.districts.length);
      const names: string[] = [];
      const index = new Map<string, number>();
      d.districts.forEach((x, i) => {
        if (x === null) {
          district[i] = -1;
          return;
        }
        let k = index.get(x);
        if (k === undefined) {
          k = names.push(x) - 1;
          index.set(x, k);
        }
        district[i] = k;
      });
      setState({ type: 'running', phase: 'count', fraction: 0 });
      // For field measurement (scripts/bench-portfolio.ts): when a run starts and when its result is in.
      performance.mark('portfolio-start');
      const me = runPortfolioWorker(
        {
          lon: d.lon,
          lat: d.lat,
          district,
          districtNames: names,
          targets: ts.map(({ id, set, lon, lat, district }) => ({ id, set, lon, lat, district })),
          radiusKm: r,
        },
        (p) => {
          if (job === me) setState({ type: 'running', phase: p.phase, fraction: p.fraction });
        },
      );
      job = me;
      const key = { layerId: l.id, color: l.color, radius: r, sets: sets().join(','), targets: ts };
      void me.result.then((res) => {
        if (job !== me) return;
        job = undefined;
        if (res.type === 'cancelled') setState({ type: 'cancelled' });
        else if (res.type === 'error') setState({ type: 'error', message: res.message });
        else {
          performance.mark('portfolio-done');
          setLast({ ...key, result: res.result, buffer: res.buffer });
          setState({ type: 'done' });
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

  // A result of a layer since removed is not shown.
  const run = () => {
    const r = last();
    return r && userLayers().some((l) => l.id === r.layerId) ? r : undefined;
  };
  // The map: the area round the companies and a ring round each place (redrawn only when the result
  // or the layer's colour changes, not when a layer is renamed or hidden).
  const shown = createMemo(run);
  const color = createMemo(() => {
    const r = shown();
    return r ? (userLayers().find((l) => l.id === r.layerId)?.color ?? r.color) : '';
  });
  createEffect(
    on([shown, color], ([r, c]) => {
      if (!r) return mapView.setPortfolio(null);
      mapView.setPortfolio({
        area: r.buffer.area,
        color: c,
        targets: {
          type: 'FeatureCollection',
          features: r.targets.map((tg, k) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [tg.lon, tg.lat] },
            properties: { id: tg.id, gap: r.result.perTarget[k]!.within === 0, within: r.result.perTarget[k]!.within },
          })),
        },
      });
    }),
  );
  onCleanup(() => mapView.setPortfolio(null));

  const name = (tg: NamedTarget) => (lang() === 'zh' ? tg.name_zh : tg.name_en);
  const setShort = (id: string): string => {
    const s = TARGET_SETS.find((x) => x.id === id);
    return s ? t(lang(), s.short) : id;
  };
  const rText = (r: number) => t(lang(), 'portfolio.radiusKm', { r });
  // Every number as the language writes it (digit grouping: 100,000); distances to 0.1 km.
  const num = (n: number) => formatNumber(n, lang());
  const fmtKm = (x: number | null) => (x === null ? '—' : formatNumber(x, lang(), 1, true));
  const placeRows = createMemo(() => {
    const r = run();
    if (!r) return [];
    const rows = r.targets.map((tg, k) => ({ tg, c: r.result.perTarget[k]! }));
    return rows
      .filter((x) => !gapsOnly() || x.c.within === 0)
      .sort((a, b) => b.c.within - a.c.within || (a.c.nearestKm ?? Infinity) - (b.c.nearestKm ?? Infinity));
  });
  const radiusOptions = createMemo(() => [...new Set([...RADII_KM, radius()])].sort((a, b) => a - b));

  const exportCsv = (what: 'companies' | 'places') => {
    const r = run();
    const l = layer();
    if (!r || !l || l.id !== r.layerId) return;
    const d = l.data;
    const places = {
      name: (k: number) => name(r.targets[k]!),
      id: (k: number) => r.targets[k]!.id,
      set: (k: number) => setShort(r.targets[k]!.set),
      district: (k: number) => props.districtName(r.targets[k]!.district),
    };
    const h = (k: MessageKey) => t(lang(), k, { r: r.radius });
    const day = new Date().toISOString().slice(0, 10);
    const file = `${safeFile(l.name)}-${what}-${r.radius}km-${day}.csv`;
    const csv =
      what === 'companies'
        ? portfolioCompaniesCsv(
            {
              names: d.names,
              rows: d.rows,
              lon: d.lon,
              lat: d.lat,
              district: (i) => props.districtName(d.districts[i] ?? null),
              unnamed: (row) => t(lang(), 'portfolio.unnamed', { row }),
            },
            r.result,
            places,
            {
              name: h('portfolio.hName'),
              row: h('portfolio.hRow'),
              lon: h('portfolio.hLon'),
              lat: h('portfolio.hLat'),
              district: h('portfolio.hDistrict'),
              nearest: h('portfolio.hNearest'),
              nearestId: h('portfolio.hNearestId'),
              nearestSet: h('portfolio.hNearestSet'),
              nearestKm: h('portfolio.hNearestKm'),
              within: h('portfolio.hWithin'),
            },
          )
        : portfolioPlacesCsv(
            r.result,
            places,
            {
              place: h('portfolio.hPlace'),
              id: h('portfolio.hPlaceId'),
              set: h('portfolio.hSet'),
              district: h('portfolio.hDistrict'),
              within: h('portfolio.hCompaniesWithin'),
              nearestKm: h('portfolio.hNearestCompanyKm'),
              gap: h('portfolio.hGap'),
            },
            { yes: t(lang(), 'portfolio.yes'), no: t(lang(), 'portfolio.no') },
          );
    download(file, csv, 'text/csv;charset=utf-8');
  };

  // The result as GeoJSON (RFC 7946): companies, places and the area, names neutralised as in the CSVs.
  const exportGeoJson = () => {
    const r = run();
    const l = layer();
    if (!r || !l || l.id !== r.layerId) return;
    const d = l.data;
    const text = portfolioGeoJson(
      {
        names: d.names,
        rows: d.rows,
        lon: d.lon,
        lat: d.lat,
        district: (i) => props.districtName(d.districts[i] ?? null),
        unnamed: (row) => t(lang(), 'portfolio.unnamed', { row }),
      },
      r.result,
      {
        name: (k) => name(r.targets[k]!),
        id: (k) => r.targets[k]!.id,
        set: (k) => setShort(r.targets[k]!.set),
        district: (k) => props.districtName(r.targets[k]!.district),
        lon: (k) => r.targets[k]!.lon,
        lat: (k) => r.targets[k]!.lat,
      },
      {
        layer: l.name,
        area: r.buffer.area,
        snapKm: r.buffer.snapKm,
        provenance: provenanceOf('Your layer, measured in this browser against the plan’s places (data/places.geojson)'),
      },
    );
    download(`${safeFile(l.name)}-portfolio-${r.radius}km-${new Date().toISOString().slice(0, 10)}.geojson`, text, 'application/geo+json');
  };

  return (
    <section class="portfolio" aria-labelledby="portfolio-title" data-testid="portfolio" data-state={state().type} data-radius={radius()}>
      <h3 id="portfolio-title">{t(lang(), 'portfolio.title')}</h3>
      <Show when={userLayers().length > 0} fallback={<p class="muted small">{t(lang(), 'portfolio.none')}</p>}>
        <p class="note">{t(lang(), 'portfolio.intro')}</p>
        <div class="portfolio-choices">
          <label>
            <span>{t(lang(), 'portfolio.layer')}</span>
            <select data-testid="portfolio-layer" onChange={(e) => setChosen(e.currentTarget.value)}>
              <For each={userLayers()}>
                {(l) => (
                  <option value={l.id} selected={l.id === layer()?.id}>
                    {withoutBidiControls(l.name)}
                  </option>
                )}
              </For>
            </select>
          </label>
          <label>
            <span>{t(lang(), 'portfolio.radius')}</span>
            <select data-testid="portfolio-radius" onChange={(e) => store.set('radius', Number(e.currentTarget.value))}>
              <For each={radiusOptions()}>
                {(r) => (
                  <option value={r} selected={r === radius()}>
                    {rText(r)}
                  </option>
                )}
              </For>
            </select>
          </label>
        </div>
        <fieldset class="portfolio-sets">
          <legend>{t(lang(), 'portfolio.targets')}</legend>
          <For each={TARGET_SETS}>
            {(s) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={sets().includes(s.id)}
                  data-testid={`portfolio-set-${s.id}`}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setSets((xs) => (on ? TARGET_SETS.map((x) => x.id).filter((id) => id === s.id || xs.includes(id)) : xs.filter((x) => x !== s.id)));
                  }}
                />
                {t(lang(), s.label)}
              </label>
            )}
          </For>
        </fieldset>
        <Show when={targets().length === 0}>
          <p class="notice-inline" role="status">
            {t(lang(), 'portfolio.noTargets')}
          </p>
        </Show>

        <Show when={state().type === 'running' ? (state() as Extract<State, { type: 'running' }>) : undefined}>
          {(s) => (
            <div class="import-progress" role="status" data-testid="portfolio-progress" data-phase={s().phase} data-fraction={s().fraction.toFixed(2)}>
              <span>{t(lang(), 'portfolio.running')}</span>
              <progress
                max="1"
                value={(s().phase === 'count' ? 0 : 0.7) + s().fraction * (s().phase === 'count' ? 0.7 : 0.3)}
                aria-label={t(lang(), 'portfolio.progressLabel')}
              />
              <button type="button" onClick={cancel} data-testid="portfolio-cancel">
                {t(lang(), 'portfolio.cancel')}
              </button>
            </div>
          )}
        </Show>
        <Show when={state().type === 'cancelled' || state().type === 'error'}>
          <p class="notice-inline" role="status" data-testid="portfolio-stopped">
            {state().type === 'error' ? t(lang(), 'portfolio.failed', { e: (state() as { message: string }).message }) : t(lang(), 'portfolio.cancelled')}{' '}
            <button type="button" class="link" onClick={() => setAgain((n) => n + 1)} data-testid="portfolio-again">
              {t(lang(), 'portfolio.runAgain')}
            </button>
          </p>
        </Show>

        <Show when={run()}>
          {(r) => (
            <div
              class="portfolio-result"
              classList={{ stale: state().type !== 'done' }}
              data-testid="portfolio-result"
              data-near={r().result.near}
              data-gaps={r().result.gaps.length}
              data-radius={r().radius}
              data-layer={r().layerId}
            >
              <p class="portfolio-summary" data-testid="portfolio-summary">
                {t(lang(), 'portfolio.summary', {
                  n: r().result.nearest.length,
                  near: r().result.near,
                  r: r().radius,
                  g: r().result.gaps.length,
                  t: r().targets.length,
                })}
              </p>
              <Show when={r().buffer.snapKm > 0}>
                <p class="note small" data-testid="portfolio-precision">
                  {t(lang(), 'portfolio.precision', { m: Math.ceil((r().buffer.snapKm * 1000) / 10) * 10 })}
                </p>
              </Show>

              <h4>{t(lang(), 'portfolio.byDistrict')}</h4>
              <div class="table-wrap">
                <table class="district-table portfolio-districts" data-testid="portfolio-districts">
                  <thead>
                    <tr>
                      <th class="name" scope="col">
                        {t(lang(), 'portfolio.colDistrict')}
                      </th>
                      <th scope="col" class="num">
                        {t(lang(), 'portfolio.colCompanies')}
                      </th>
                      <th scope="col" class="num">
                        {t(lang(), 'portfolio.colNear', { r: r().radius })}
                      </th>
                      <th scope="col" class="num">
                        {t(lang(), 'portfolio.colPlaces')}
                      </th>
                      <th scope="col" class="num">
                        {t(lang(), 'portfolio.colGaps')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={r().result.byDistrict}>
                      {(d) => (
                        <tr data-district={d.district ?? 'outside'}>
                          <th scope="row">{props.districtName(d.district)}</th>
                          <td class="num companies">{num(d.companies)}</td>
                          <td class="num near">{num(d.near)}</td>
                          <td class="num places">{num(d.targets)}</td>
                          <td class="num gaps" classList={{ 'warn-text': d.gaps > 0 }}>
                            {num(d.gaps)}
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>

              <PortfolioGaps
                byDistrict={r().result.byDistrict}
                districtName={props.districtName}
                file={`${safeFile(layer()?.name ?? '')}-district-gaps-${new Date().toISOString().slice(0, 10)}.csv`}
              />

              <h4>{t(lang(), 'portfolio.placesTitle', { r: r().radius })}</h4>
              <label class="check small">
                <input type="checkbox" checked={gapsOnly()} onChange={(e) => setGapsOnly(e.currentTarget.checked)} data-testid="portfolio-gaps-only" />
                {t(lang(), 'portfolio.gapsOnly')}
              </label>
              <Show when={r().result.gaps.length > 0 || !gapsOnly()} fallback={<p class="note small">{t(lang(), 'portfolio.noGaps', { r: r().radius })}</p>}>
                <div class="table-wrap portfolio-scroll">
                  <table class="district-table portfolio-places" data-testid="portfolio-places">
                    <thead>
                      <tr>
                        <th class="name" scope="col">
                          {t(lang(), 'portfolio.colPlace')}
                        </th>
                        <th scope="col">{t(lang(), 'portfolio.colSet')}</th>
                        <th scope="col" class="num">
                          {t(lang(), 'portfolio.colWithin', { r: r().radius })}
                        </th>
                        <th scope="col" class="num">
                          {t(lang(), 'portfolio.colNearestCompany')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={placeRows()}>
                        {(x) => (
                          <tr data-id={x.tg.id} data-within={x.c.within} classList={{ gap: x.c.within === 0 }}>
                            <th scope="row">{name(x.tg)}</th>
                            <td class="set">{setShort(x.tg.set)}</td>
                            <td class="num within">{x.c.within === 0 ? <span class="warn-text">0 · {t(lang(), 'portfolio.gap')}</span> : num(x.c.within)}</td>
                            <td class="num">{fmtKm(x.c.nearestKm)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>

              <h4>{t(lang(), 'portfolio.nearestTitle')}</h4>
              <Show when={layer()?.id === r().layerId ? layer() : undefined}>
                {(l) => (
                  <>
                    <div class="table-wrap portfolio-scroll">
                      <table class="district-table portfolio-nearest" data-testid="portfolio-nearest">
                        <thead>
                          <tr>
                            <th class="name" scope="col">
                              {t(lang(), 'portfolio.colCompany')}
                            </th>
                            <th scope="col">{t(lang(), 'portfolio.colNearest')}</th>
                            <th scope="col" class="num">
                              {t(lang(), 'portfolio.colKm')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={Array.from({ length: Math.min(NEAREST_LISTED, l().data.names.length) }, (_, i) => i)}>
                            {(i) => {
                              const k = r().result.nearest[i]!;
                              const tg = k >= 0 ? r().targets[k] : undefined;
                              return (
                                <tr data-row={l().data.rows[i]} data-nearest={tg?.id ?? ''}>
                                  <th scope="row">{l().data.names[i] || t(lang(), 'portfolio.unnamed', { row: l().data.rows[i]! })}</th>
                                  <td>{tg ? name(tg) : '—'}</td>
                                  <td class="num">{fmtKm(r().result.nearestKm[i]!)}</td>
                                </tr>
                              );
                            }}
                          </For>
                        </tbody>
                      </table>
                    </div>
                    <Show when={l().data.names.length > NEAREST_LISTED}>
                      <p class="note small">{t(lang(), 'portfolio.nearestMore', { k: NEAREST_LISTED, n: l().data.names.length })}</p>
                    </Show>
                  </>
                )}
              </Show>

              <div class="buttons">
                <button type="button" onClick={() => exportCsv('companies')} data-testid="portfolio-export-companies">
                  {t(lang(), 'portfolio.exportCompanies')}
                </button>
                <button type="button" onClick={() => exportCsv('places')} data-testid="portfolio-export-places">
                  {t(lang(), 'portfolio.exportPlaces')}
                </button>
                <button type="button" onClick={exportGeoJson} data-testid="portfolio-export-geojson">
                  {t(lang(), 'portfolio.exportGeoJson')}
                </button>
              </div>
            </div>
          )}
        </Show>
        <CorridorCounts layer={layer} />
      </Show>
    </section>
  );
}
