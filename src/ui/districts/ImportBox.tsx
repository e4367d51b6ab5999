// Import of one's own CSV/GeoJSON points, counted by district. Kept in memory only (never in the URL);
// every piece of the file is shown as JSX text, never as HTML.
import { For, Show, createSignal } from 'solid-js';
import { importUserText, decodeBytes, formatIssue, MAX_BYTES, MAX_ROWS, type ImportResult } from '../../data/importUser.ts';
import { assignDistricts, type DistrictAssignment } from '../../geo/assignDistricts.ts';
import { useApp } from '../context.ts';
import { td } from '../../plan/districtStrings.ts';

export interface Imported {
  fileName: string;
  encoding: 'utf-8' | 'gb18030';
  result: ImportResult;
  assignment: DistrictAssignment;
}

const MAX_ISSUES_LISTED = 300;

export function ImportBox(props: {
  imported: Imported | null;
  onImported: (x: Imported | null) => void;
  shadeByUser: boolean;
  onShadeByUser: (on: boolean) => void;
}) {
  const { data, store } = useApp();
  const lang = () => store.lang();
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | undefined>();
  let input!: HTMLInputElement;

  const onFile = async () => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    try {
      let text = '';
      let encoding: Imported['encoding'] = 'utf-8';
      // Too large: not even read; importUserText says so from the size alone.
      if (file.size <= MAX_BYTES) ({ text, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer())));
      const result = importUserText(text, { fileName: file.name, byteLength: file.size });
      props.onImported({ fileName: file.name, encoding, result, assignment: assignDistricts(result.points, data.districts) });
    } catch (e) {
      setFailure(String((e as Error)?.message ?? e));
    } finally {
      setBusy(false);
      // The same file can be chosen again after a change or a clear.
      input.value = '';
    }
  };
  const clear = () => {
    props.onImported(null);
    props.onShadeByUser(false);
    setFailure(undefined);
    input.value = '';
  };

  return (
    <section class="import" aria-labelledby="import-title" data-testid="import">
      <h3 id="import-title">{td(lang(), 'importTitle')}</h3>
      <p class="note">{td(lang(), 'importHelp', { rows: MAX_ROWS, mb: MAX_BYTES / 1024 / 1024 })}</p>
      <label class="file">
        <span>{td(lang(), 'importLabel')}</span>
        <input ref={input} type="file" accept=".csv,.geojson,.json" onChange={onFile} data-testid="import-file" />
      </label>
      <Show when={busy()}><p class="muted small" role="status">{td(lang(), 'importReading')}</p></Show>
      <Show when={failure()}>{(f) => <p class="warn-text" role="alert">{td(lang(), 'importFailed', { e: f() })}</p>}</Show>
      <Show when={props.imported}>
        {(imp) => {
          const r = () => imp().result;
          return (
            <div class="import-result" data-testid="import-result">
              <p class="summary" role="status">
                {td(lang(), 'importSummary', { f: imp().fileName, n: r().points.length, m: imp().assignment.outside, k: r().skipped })}
              </p>
              <Show when={imp().encoding === 'gb18030'}><p class="note">{td(lang(), 'importEncoding')}</p></Show>
              <Show when={r().issues.length > 0}>
                <details class="import-problems" open={r().points.length === 0} data-testid="import-problems">
                  <summary>{td(lang(), r().skipped > 0 ? 'importProblems' : 'importNotes', { n: r().skipped })}</summary>
                  <ul>
                    <For each={r().issues.slice(0, MAX_ISSUES_LISTED)}>{(i) => <li>{formatIssue(i, lang())}</li>}</For>
                  </ul>
                  <Show when={r().issues.length > MAX_ISSUES_LISTED}>
                    <p class="muted small">{td(lang(), 'moreNotShown', { n: r().issues.length - MAX_ISSUES_LISTED })}</p>
                  </Show>
                </details>
              </Show>
              <Show when={r().points.length > 0}>
                <p class="note">{td(lang(), 'importNotDrawn')}</p>
                <label class="check">
                  <input type="checkbox" checked={props.shadeByUser} onChange={(e) => props.onShadeByUser(e.currentTarget.checked)} />
                  {td(lang(), 'shadeByUser')}
                </label>
              </Show>
              <button type="button" onClick={clear} data-testid="import-clear">{td(lang(), 'clearImport')}</button>
            </div>
          );
        }}
      </Show>
    </section>
  );
}
