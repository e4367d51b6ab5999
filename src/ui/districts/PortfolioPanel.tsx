// The investor's portfolio against the plan: one of their layers, a radius (radius= in the link) and
// the kinds of place to measure to (PortfolioChoices); the worker finds each company's nearest place,
// the companies within the radius of each place, the gaps, per district, and the area round the
// companies (usePortfolioRun), which the map draws (usePortfolioMap). Recomputed when a choice changes
// (the previous run is stopped); Cancel stops it (JobStatus). The result: the summary and districts
// (PortfolioDistricts), the districts' gaps (PortfolioGaps), the places (PortfolioPlaces), the nearest
// places (PortfolioNearest) and the exports (portfolioExports.ts); then the corridors (CorridorCounts).
// Text only: names are JSX text, never HTML.
import '../../i18n/catalogue/portfolio.ts';
import { Show, createMemo, createSignal } from 'solid-js';
import { TARGET_SETS, targetsOf } from '../../plan/portfolioTargets.ts';
import { userLayers, type UserLayer } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { safeFileName, today } from './userExport.ts';
import { usePortfolioRun, portfolioProgressValue } from './usePortfolioRun.ts';
import { usePortfolioMap } from './usePortfolioMap.ts';
import { portfolioWords } from './portfolioWords.ts';
import { exportPortfolioCsv, exportPortfolioGeoJson } from './portfolioExports.ts';
import { JobStatus } from './JobStatus.tsx';
import { ButtonRow } from './ButtonRow.tsx';
import { PortfolioChoices } from './PortfolioChoices.tsx';
import { PortfolioDistricts } from './PortfolioDistricts.tsx';
import { PortfolioGaps } from './PortfolioGaps.tsx';
import { PortfolioPlaces } from './PortfolioPlaces.tsx';
import { PortfolioNearest } from './PortfolioNearest.tsx';
import { CorridorCounts } from './CorridorCounts.tsx';
import { useLayerDrawn } from './useLayerDrawn.ts';

/** `districtName(zh | null)`: a district's name in the UI language, or "outside Guangzhou" for null. */
export function PortfolioPanel(props: { districtName: (zh: string | null) => string }) {
  const { data, store } = useApp();
  const lang = () => store.state.lang;
  const words = portfolioWords(lang);
  const [chosen, setChosen] = createSignal<string | undefined>();
  const [sets, setSets] = createSignal<readonly string[]>(TARGET_SETS.map((s) => s.id));
  const [gapsOnly, setGapsOnly] = createSignal(false);

  /** The layer measured: the one chosen, else the first shown, else the first. */
  const layer = createMemo((): UserLayer | undefined => {
    const ls = userLayers();
    return ls.find((l) => l.id === chosen()) ?? ls.find((l) => l.visible) ?? ls[0];
  });
  const targets = createMemo(() => targetsOf(data, sets()));
  // Both analyses of the layer start once the map has drawn its points (useLayerDrawn.ts says why).
  const drawn = useLayerDrawn(layer);
  const job = usePortfolioRun({ layer, radius: () => store.state.radius, targets, sets, drawn });
  const state = job.state;

  // The last result, kept while the next one is computed; one of a layer since removed is not shown.
  const run = () => {
    const r = job.last();
    return r && userLayers().some((l) => l.id === r.layerId) ? r : undefined;
  };
  usePortfolioMap(run);
  /** The layer of the result shown, while it is the one chosen (its companies are listed and exported). */
  const runLayer = () => {
    const r = run();
    const l = layer();
    return r && l && l.id === r.layerId ? l : undefined;
  };
  const exportCtx = () => {
    const r = run();
    const l = runLayer();
    return r && l ? { run: r, layer: l, lang: lang(), words, districtName: props.districtName } : undefined;
  };
  const exportCsv = (what: 'companies' | 'places') => {
    const c = exportCtx();
    if (c) exportPortfolioCsv(c, what);
  };
  const exportGeoJson = () => {
    const c = exportCtx();
    if (c) exportPortfolioGeoJson(c);
  };

  return (
    <section class="portfolio" aria-labelledby="portfolio-title" data-testid="portfolio" data-state={state().type} data-radius={store.state.radius}>
      <h3 id="portfolio-title">{t(lang(), 'portfolio.title')}</h3>
      <Show when={userLayers().length > 0} fallback={<p class="muted small">{t(lang(), 'portfolio.none')}</p>}>
        <p class="note">{t(lang(), 'portfolio.intro')}</p>
        <PortfolioChoices layer={layer()} onLayer={setChosen} sets={sets()} onSets={setSets} noTargets={targets().length === 0} />

        <JobStatus
          state={state()}
          words="portfolio"
          id="portfolio"
          value={portfolioProgressValue}
          data={(p) => ({ phase: p.phase, fraction: p.fraction.toFixed(2) })}
          againId="portfolio-again"
          onCancel={job.cancel}
          onAgain={job.runAgain}
        />

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
              <PortfolioDistricts run={r()} words={words} districtName={props.districtName} />
              <PortfolioGaps
                byDistrict={r().result.byDistrict}
                districtName={props.districtName}
                file={`${safeFileName(layer()?.name ?? '')}-district-gaps-${today()}.csv`}
              />
              <PortfolioPlaces run={r()} words={words} gapsOnly={gapsOnly()} onGapsOnly={setGapsOnly} />

              <h4>{t(lang(), 'portfolio.nearestTitle')}</h4>
              <Show when={runLayer()}>{(l) => <PortfolioNearest run={r()} layer={l()} words={words} />}</Show>

              <ButtonRow
                buttons={[
                  { text: t(lang(), 'portfolio.exportCompanies'), testid: 'portfolio-export-companies', onClick: () => exportCsv('companies') },
                  { text: t(lang(), 'portfolio.exportPlaces'), testid: 'portfolio-export-places', onClick: () => exportCsv('places') },
                  { text: t(lang(), 'portfolio.exportGeoJson'), testid: 'portfolio-export-geojson', onClick: exportGeoJson },
                ]}
              />
            </div>
          )}
        </Show>
        <CorridorCounts layer={layer} drawn={drawn} />
      </Show>
    </section>
  );
}
