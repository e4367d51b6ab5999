// Export of what is shown (the metric and the filters apply): CSV for Excel, and GeoJSON with provenance.
import type { PlaceFeature } from '../../data/appData.ts';
import { toCsv, toGeoJson, placeRow, exportFileName, type RowContext } from '../../data/exportPlaces.ts';
import { KINDS, type Kind } from '../../plan/kinds.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { downloadBlob } from '../download.ts';
import { provenanceOf } from './userExport.ts';

/** Saves text as a file. */
export function download(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export function ExportBox(props: { places: readonly PlaceFeature[] }) {
  const { store, graph, tr } = useApp();
  const lang = () => store.state.lang;
  // The CSV is for people: kinds and units by the UI language's names. The GeoJSON keeps the kind codes.
  const ctx = (): RowContext => ({
    kindName: (k) => (KINDS[k as Kind] ? tr(KINDS[k as Kind]) : k),
    unitsOf: (id) => graph.unitsOfPlace(id).map((u) => tr(u.name)),
    lang: lang(),
  });
  const csv = () =>
    download(exportFileName(store.state.metric, new Date(), 'csv'), toCsv(props.places.map((f) => placeRow(f, ctx()))), 'text/csv;charset=utf-8');
  const geojson = () =>
    download(
      exportFileName(store.state.metric, new Date(), 'geojson'),
      toGeoJson(
        props.places,
        { ...ctx(), kindName: (k) => k },
        provenanceOf('Guangzhou S&T innovation plan 2019–2021 (seeds/plan-2019-2021.txt) and the gazetteer sources of each place (data/places.geojson)'),
      ),
      'application/geo+json',
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
    </section>
  );
}
