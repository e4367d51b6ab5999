// Export of what is shown (the metric and the filters apply): CSV for Excel, and GeoJSON with provenance.
// Each place's sources are a panel file (data/place-sources.json), loaded when an export is asked for;
// without them there is no export (an export without its sources would look complete), and the box says so.
import { Show, createSignal } from 'solid-js';
import type { PlaceFeature } from '../../data/appData.ts';
import { toCsv, toGeoJson, placeRow, exportFileName, type RowContext } from '../../data/exportPlaces.ts';
import { KINDS, type Kind } from '../../plan/kinds.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { downloadBlob } from '../download.ts';
import { provenanceOf } from './userExport.ts';
import { loadPanelFile } from '../../data/panelData.ts';
import type { Source } from '../../data/placeSchema.ts';

/** Saves text as a file. */
export function download(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export function ExportBox(props: { places: readonly PlaceFeature[] }) {
  const { store, graph, tr } = useApp();
  const lang = () => store.state.lang;
  const [failed, setFailed] = createSignal(false);
  // The CSV is for people: kinds and units by the UI language's names. The GeoJSON keeps the kind codes.
  const ctx = (sources: ReadonlyMap<string, readonly Source[]>): RowContext => ({
    kindName: (k) => (KINDS[k as Kind] ? tr(KINDS[k as Kind]) : k),
    unitsOf: (id) => graph.unitsOfPlace(id).map((u) => tr(u.name)),
    lang: lang(),
    sourcesOf: (id) => sources.get(id) ?? [],
  });
  /** Runs an export once the places' sources are here; says so when they cannot be loaded. */
  const withSources = (write: (c: RowContext) => void) => () =>
    void loadPanelFile('placeSources').then(
      (file) => {
        setFailed(false);
        write(ctx(new Map(file.places.map((e) => [e.id, e.sources]))));
      },
      () => setFailed(true),
    );
  const csv = withSources((c) =>
    download(exportFileName(store.state.metric, new Date(), 'csv'), toCsv(props.places.map((f) => placeRow(f, c))), 'text/csv;charset=utf-8'),
  );
  const geojson = withSources((c) =>
    download(
      exportFileName(store.state.metric, new Date(), 'geojson'),
      toGeoJson(
        props.places,
        { ...c, kindName: (k) => k },
        provenanceOf(
          'Guangzhou S&T innovation plan 2019–2021 (seeds/plan-2019-2021.txt) and the gazetteer sources of each place (data/places.geojson, data/place-sources.json)',
        ),
      ),
      'application/geo+json',
    ),
  );
  return (
    <section class="export" aria-labelledby="export-title">
      <h3 id="export-title">{t(lang(), 'districts.exportTitle')}</h3>
      <p class="note">{t(lang(), 'districts.exportNote', { n: props.places.length })}</p>
      <div class="buttons">
        <button type="button" onClick={csv} disabled={props.places.length === 0} data-testid="export-csv">
          {t(lang(), 'districts.exportCsv')}
        </button>
        <button type="button" onClick={geojson} disabled={props.places.length === 0} data-testid="export-geojson">
          {t(lang(), 'districts.exportGeoJson')}
        </button>
      </div>
      <Show when={failed()}>
        <p class="note" role="status" data-testid="export-sources-failed">
          {t(lang(), 'districts.exportSourcesFailed')}
        </p>
      </Show>
    </section>
  );
}
