// Import of one's own CSV/TSV/GeoJSON file as a new layer: pick or drop a file, see its first rows,
// confirm the columns and the datum, then the worker reads it with a progress bar and a Cancel.
// Every piece of the file is shown as JSX text, never as HTML.
import { For, Show, createSignal } from 'solid-js';
import type { ColumnMapping, Preview, ImportedPoints, ImportIssue } from '../../data/importPipeline.ts';
import { MAX_BYTES, MAX_COLUMNS, mappingUsable } from '../../data/importPipeline.ts';
import { runImportWorker, type ImportJob } from '../../data/importClient.ts';
import type { TextEncoding } from '../../data/sniffEncoding.ts';
import { DATUMS, type Datum } from '../../geo/datum.ts';
import { addUserLayer } from '../../state/userLayers.ts';
import { unpackPoints } from '../../data/packPoints.ts';
import { useApp } from '../context.ts';
import { t, say, type Message, type MessageKey } from '../../i18n/index.ts';
import { withoutBidiControls } from '../../i18n/bidi.ts';
import { fileSize, importIssueText } from './importWords.ts';

const MAX_ISSUES_LISTED = 300;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const mb = (b: number) => (Math.round((b / 1024 / 1024) * 10) / 10).toString();

export const issueText = (lang: 'zh' | 'en', i: ImportIssue) => importIssueText(lang, i);

const DATUM_LABEL: Record<Datum, MessageKey> = { wgs84: 'districts.datumWgs84', gcj02: 'districts.datumGcj02', bd09: 'districts.datumBd09' };
const ENCODING_LABEL: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030' };

/** A datum named in the header (高德/AMap → GCJ-02, 百度/Baidu → BD-09), as a suggestion. */
function datumHint(header: readonly string[]): Datum | undefined {
  const h = header.join(' ').toLowerCase();
  if (/bd-?09|baidu|百度/.test(h)) return 'bd09';
  if (/gcj|amap|高德|腾讯|tencent/.test(h)) return 'gcj02';
  if (/wgs/.test(h)) return 'wgs84';
  return undefined;
}

interface Pending {
  file: File;
  preview: Preview;
  encoding: TextEncoding;
}
interface Done {
  fileName: string;
  layerName: string;
  result: ImportedPoints;
  /** The layer could not be stored (it lives in this page only): said instead of the summary. */
  notStored?: Message;
}

export function ImportBox() {
  const { data, store } = useApp();
  const lang = () => store.state.lang;
  const [pending, setPending] = createSignal<Pending | undefined>();
  const [mapping, setMapping] = createSignal<ColumnMapping>({ name: -1, lon: -1, lat: -1 });
  const [datum, setDatum] = createSignal<Datum | undefined>();
  const [progress, setProgress] = createSignal<{ phase: string; fraction: number } | undefined>();
  const [error, setError] = createSignal<string | undefined>();
  const [done, setDone] = createSignal<Done | undefined>();
  const [dragging, setDragging] = createSignal(false);
  let job: ImportJob | undefined;
  let input!: HTMLInputElement;

  const reset = () => {
    setPending(undefined);
    setProgress(undefined);
    setError(undefined);
    input.value = '';
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    job?.cancel();
    reset();
    setDone(undefined);
    // The size limit is checked before anything is read.
    if (file.size > MAX_BYTES) return setError(t(lang(), 'districts.impTooBig', { size: mb(file.size), mb: mb(MAX_BYTES) }));
    if (file.size === 0) return setError(t(lang(), 'districts.impEmpty'));
    setProgress({ phase: 'read', fraction: 0 });
    job = runImportWorker({ type: 'preview', file });
    const r = await job.result;
    setProgress(undefined);
    if (r.type === 'error') return setError(issueText(lang(), r.error));
    if (r.type !== 'preview') return;
    setPending({ file, preview: r.preview, encoding: r.encoding });
    setMapping(r.preview.mapping);
    setDatum(r.preview.format === 'geojson' ? 'wgs84' : datumHint(r.preview.header));
  };

  // The same rule as the worker's: a mapping is used only if the lists show it.
  const canImport = () => {
    const p = pending();
    if (!p || !datum() || progress()) return false;
    return p.preview.format === 'geojson' || mappingUsable(mapping(), p.preview.header.length);
  };
  /** The table's columns: the first MAX_COLUMNS, and the chosen ones wherever they stand. */
  const tableColumns = () => {
    const n = pending()?.preview.header.length ?? 0;
    const m = mapping();
    const chosen = [m.name, m.lon, m.lat].filter((i) => i >= MAX_COLUMNS && i < n);
    return [...Array.from({ length: Math.min(n, MAX_COLUMNS) }, (_, i) => i), ...[...new Set(chosen)].sort((a, b) => a - b)];
  };

  const start = async () => {
    const p = pending();
    const d = datum();
    if (!p || !d) return;
    setError(undefined);
    setProgress({ phase: 'read', fraction: 0 });
    performance.mark('import-start');
    job = runImportWorker(
      {
        type: 'import',
        file: p.file,
        datum: d,
        mapping: p.preview.format === 'csv' ? mapping() : undefined,
        delimiter: p.preview.delimiter,
        districts: data.districts,
      },
      (m) => setProgress({ phase: m.phase, fraction: m.fraction }),
    );
    const r = await job.result;
    job = undefined;
    if (r.type === 'cancelled') {
      setProgress(undefined);
      return;
    }
    if (r.type === 'error') {
      setProgress(undefined);
      return setError(issueText(lang(), r.error));
    }
    if (r.type !== 'done') return;
    performance.mark('import-parsed');
    // Let the page paint between the steps that follow (unpacking, storing, drawing): no long task.
    await nextTask();
    // A file with no usable point adds no layer: only its reasons are shown.
    if (r.result.count === 0) setDone({ fileName: p.file.name, layerName: p.file.name, result: unpackPoints(r.result) });
    else {
      const { layer, problem } = await addUserLayer(p.file.name, r.result);
      setDone({ fileName: p.file.name, layerName: layer.name, result: layer.data, notStored: problem });
    }
    reset();
  };

  const cancel = () => {
    job?.cancel();
    job = undefined;
    setProgress(undefined);
    setError(t(lang(), 'districts.importCancelled'));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void choose(e.dataTransfer?.files?.[0]);
  };

  const colSelect = (key: keyof ColumnMapping, label: MessageKey) => (
    <label class="map-col">
      <span>{t(lang(), label)}</span>
      <select data-testid={`map-${key}`} onChange={(e) => setMapping((m) => ({ ...m, [key]: Number(e.currentTarget.value) }))}>
        <option value="-1" selected={mapping()[key] < 0}>
          {t(lang(), 'districts.mapNone')}
        </option>
        <For each={pending()?.preview.header ?? []}>
          {(h, i) => (
            <option value={i()} selected={mapping()[key] === i()}>
              {h || `#${i() + 1}`}
            </option>
          )}
        </For>
      </select>
    </label>
  );

  return (
    <section class="import" aria-labelledby="import-title" data-testid="import">
      <h3 id="import-title">{t(lang(), 'districts.importTitle')}</h3>
      <p class="note">{t(lang(), 'districts.importHelp2', { mb: mb(MAX_BYTES) })}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file button inside it is the keyboard's way */}
      <div
        class="drop-zone"
        classList={{ dragging: dragging() }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <label class="file">
          <span>{t(lang(), 'districts.importLabel2')}</span>
          <input ref={input} type="file" accept=".csv,.tsv,.txt,.geojson,.json" onChange={() => void choose(input.files?.[0])} data-testid="import-file" />
        </label>
      </div>

      <Show when={error()}>
        {(e) => (
          <p class="warn-text" role="alert" data-testid="import-error">
            {e()}
          </p>
        )}
      </Show>

      <Show when={pending()}>
        {(p) => (
          <div class="import-preview" data-testid="import-preview">
            <p class="note">
              {t(lang(), 'districts.previewOf', {
                f: withoutBidiControls(p().file.name),
                size: fileSize(lang(), p().file.size),
                enc: ENCODING_LABEL[p().encoding],
              })}
              <Show when={p().preview.format === 'csv'}>
                {' '}
                {t(lang(), 'districts.previewDelim', { d: p().preview.delimiter === '\t' ? 'Tab' : p().preview.delimiter })}
              </Show>
            </p>
            <Show when={p().preview.format === 'csv'}>
              <div class="table-wrap preview-wrap">
                <table class="preview-table">
                  <thead>
                    <tr>
                      <For each={tableColumns()}>
                        {(i) => (
                          <th scope="col" classList={{ mapped: [mapping().name, mapping().lon, mapping().lat].includes(i) }}>
                            {p().preview.header[i]}
                          </th>
                        )}
                      </For>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={p().preview.rows}>
                      {(r) => (
                        <tr>
                          <For each={tableColumns()}>{(i) => <td>{r[i] ?? ''}</td>}</For>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <Show when={p().preview.header.length > MAX_COLUMNS}>
                <p class="note small" data-testid="preview-columns">
                  {t(lang(), 'importer.tableColumns', { n: p().preview.header.length, k: MAX_COLUMNS })}
                </p>
              </Show>
              <div class="mapping">
                {colSelect('name', 'districts.mapName')}
                {colSelect('lon', 'districts.mapLon')}
                {colSelect('lat', 'districts.mapLat')}
              </div>
              <Show when={!mappingUsable(mapping(), p().preview.header.length)}>
                <p class="warn-text small" data-testid="map-need-coords">
                  {t(lang(), 'districts.mapNeedCoords')}
                </p>
              </Show>
            </Show>
            <fieldset class="datum" data-testid="datum">
              <legend>{t(lang(), 'districts.datumLegend')}</legend>
              <For each={DATUMS}>
                {(d) => (
                  <label class="check">
                    <input type="radio" name="datum" value={d} checked={datum() === d} onChange={() => setDatum(d)} data-testid={`datum-${d}`} />
                    {t(lang(), DATUM_LABEL[d])}
                  </label>
                )}
              </For>
              <Show when={!datum()}>
                <p class="warn-text small">{t(lang(), 'districts.datumNeeded')}</p>
              </Show>
            </fieldset>
            <div class="buttons">
              <button type="button" class="primary" disabled={!canImport()} onClick={() => void start()} data-testid="import-start">
                {t(lang(), 'districts.importStart')}
              </button>
              <button
                type="button"
                onClick={() => {
                  job?.cancel();
                  reset();
                }}
                disabled={progress() !== undefined}
              >
                {t(lang(), 'districts.importDiscard')}
              </button>
            </div>
          </div>
        )}
      </Show>

      <Show when={progress()}>
        {(pr) => (
          <div class="import-progress" role="status" data-testid="import-progress" data-phase={pr().phase} data-fraction={pr().fraction.toFixed(2)}>
            <span>{t(lang(), pr().phase === 'place' ? 'districts.phasePlace' : pr().phase === 'parse' ? 'districts.phaseParse' : 'districts.phaseRead')}</span>
            <progress max="1" value={pr().fraction} aria-label={t(lang(), 'districts.importProgress')} />
            <button type="button" onClick={cancel} data-testid="import-cancel">
              {t(lang(), 'districts.importCancel')}
            </button>
          </div>
        )}
      </Show>

      <Show when={done()}>
        {(d) => {
          const r = () => d().result;
          return (
            <div
              class="import-result"
              classList={{ 'not-stored': d().notStored !== undefined }}
              data-testid="import-result"
              data-points={r().names.length}
              data-outside={r().outside}
              data-skipped={r().skipped}
            >
              <Show
                when={d().notStored}
                fallback={
                  <p class="summary" role="status">
                    {t(lang(), 'districts.importSummary2', { f: withoutBidiControls(d().layerName), n: r().names.length, m: r().outside, k: r().skipped })}
                  </p>
                }
              >
                {(m) => (
                  <p class="warn-text" role="alert" data-testid="import-not-stored">
                    {say(lang(), m())}
                  </p>
                )}
              </Show>
              <Show when={(r().warnings ?? []).length > 0}>
                <ul class="import-warnings warn-text small" data-testid="import-warnings">
                  <For each={r().warnings}>{(w) => <li data-key={w.key}>{issueText(lang(), w)}</li>}</For>
                </ul>
              </Show>
              <Show when={r().encoding !== 'utf-8'}>
                <p class="note">{t(lang(), 'districts.importEncoding2', { enc: ENCODING_LABEL[r().encoding] })}</p>
              </Show>
              <Show when={r().issueCount > 0}>
                <details class="import-problems" open={r().names.length === 0} data-testid="import-problems">
                  <summary>{t(lang(), r().skipped > 0 ? 'districts.importProblems' : 'districts.importNotes', { n: r().skipped })}</summary>
                  <ul>
                    <For each={r().issues.slice(0, MAX_ISSUES_LISTED)}>{(i) => <li>{issueText(lang(), i)}</li>}</For>
                  </ul>
                  <Show when={r().issueCount > MAX_ISSUES_LISTED}>
                    <p class="muted small">{t(lang(), 'districts.moreNotShown', { n: r().issueCount - MAX_ISSUES_LISTED })}</p>
                  </Show>
                </details>
              </Show>
              <button type="button" class="link small" onClick={() => setDone(undefined)}>
                {t(lang(), 'districts.closeDistrict')}
              </button>
            </div>
          );
        }}
      </Show>
    </section>
  );
}
