// Export of what is shown (the metric and the filters apply): CSV for Excel, and GeoJSON.
import type { PlaceFeature } from '../../data/appData.ts';
import { toCsv, toGeoJson, placeRow, exportFileName } from '../../data/exportPlaces.ts';
import { useApp } from '../context.ts';
import { td } from '../../plan/districtStrings.ts';
import { KINDS, type Kind } from '../../plan/kinds.ts';
import { downloadBlob } from '../download.ts';

/** Saves text as a file. */
export function download(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export function ExportBox(props: { places: readonly PlaceFeature[] }) {
  const { store } = useApp();
  const lang = () => store.lang();
  // The CSV is for people: kinds by the UI language's name (the GeoJSON keeps the codes).
  const kindName = (k: string) => KINDS[k as Kind]?.[lang()] ?? k;
  const csv = () => download(exportFileName(store.metric(), new Date(), 'csv'), toCsv(props.places.map((p) => placeRow(p, kindName))), 'text/csv;charset=utf-8');
  const geojson = () => download(exportFileName(store.metric(), new Date(), 'geojson'), toGeoJson(props.places), 'application/geo+json');
  return (
    <section class="export" aria-labelledby="export-title">
      <h3 id="export-title">{td(lang(), 'exportTitle')}</h3>
      <p class="note">{td(lang(), 'exportNote', { n: props.places.length })}</p>
      <div class="buttons">
        <button type="button" onClick={csv} disabled={props.places.length === 0} data-testid="export-csv">{td(lang(), 'exportCsv')}</button>
        <button type="button" onClick={geojson} disabled={props.places.length === 0} data-testid="export-geojson">{td(lang(), 'exportGeoJson')}</button>
      </div>
    </section>
  );
}
