// The user's own layers: each import a named layer in its colour — show/hide, rename, delete, export
// with its districts and nearest plan places — and "remove all my data". Kept in this browser only:
// what could not be stored, or read back, is said here, with the space the site takes.
import { For, Show, createSignal } from 'solid-js';
import {
  userLayers,
  userLayersProblems,
  userLayersAside,
  userStorageUse,
  userLayersSaving,
  userLayersLoaded,
  renameUserLayer,
  setUserLayerVisible,
  removeUserLayer,
  removeAllUserData,
  removeAside,
  type UserLayer,
} from '../../state/userLayers.ts';
import { withoutBidiControls } from '../../i18n/bidi.ts';
import { timeOfId } from '../../data/storedLayers.ts';
import { userLayerCsv, userLayerGeoJson, DATUM_NAME } from '../../data/exportUserLayer.ts';
import type { Datum } from '../../geo/datum.ts';
import { useApp } from '../context.ts';
import { t, say } from '../../i18n/index.ts';
import { download } from './ExportBox.tsx';
import { anchorsOf, exportLabels, provenanceOf, safeFileName, today } from './userExport.ts';
import { fileSize } from './importWords.ts';

export function LayersPanel() {
  const { data, store } = useApp();
  const lang = () => store.state.lang;
  const [editing, setEditing] = createSignal<string | undefined>();

  /** CSV in `datum` (the file's own by default, so the coordinates paste back where they came from). */
  const exportLayer = (l: UserLayer, ext: 'csv' | 'geojson', datum: Datum = l.data.datum ?? 'wgs84') => {
    const cities = anchorsOf(data, 'three-cities-one-zone', lang());
    const nodes = anchorsOf(data, 'thirteen-nodes', lang());
    const input = { name: l.name, ...l.data };
    const day = today();
    const tag = datum === (l.data.datum ?? 'wgs84') ? '' : `-${datum}`;
    if (ext === 'csv')
      download(`${safeFileName(l.name)}${tag}-${day}.csv`, userLayerCsv(input, cities, nodes, exportLabels(lang(), data), datum), 'text/csv;charset=utf-8');
    else
      download(
        `${safeFileName(l.name)}-${day}.geojson`,
        userLayerGeoJson(
          input,
          cities,
          nodes,
          exportLabels(lang(), data),
          provenanceOf(
            `your file “${l.fileName}”, imported ${l.createdAt.slice(0, 10)}; districts and nearest plan places by the Guangzhou Innovation Hub Map`,
          ),
        ),
        'application/geo+json',
      );
  };

  return (
    <section
      class="user-layers"
      aria-labelledby="layers-title"
      data-testid="user-layers"
      data-read={String(userLayersLoaded())}
      data-saving={String(userLayersSaving())}
    >
      <h3 id="layers-title">{t(lang(), 'districts.layersTitle')}</h3>
      <p class="note">{t(lang(), 'districts.layersPrivacy')}</p>
      {/* A delete or a rename being stored (a new layer says so on its own line below). */}
      <p class="muted small" role="status">
        <Show when={userLayersSaving() && !userLayers().some((l) => l.kept === 'saving')}>{t(lang(), 'storage.saving')}</Show>
      </p>
      <Show when={userLayersProblems().length > 0}>
        <ul class="storage-problems" role="alert" data-testid="storage-problems">
          <For each={userLayersProblems()}>{(m) => <li class="warn-text small">{say(lang(), m)}</li>}</For>
        </ul>
      </Show>
      <Show when={userLayersAside().length > 0}>
        <div class="layers-aside" role="alert" data-testid="layers-aside" data-count={userLayersAside().length}>
          <p class="warn-text small">{t(lang(), 'storage.aside', { n: userLayersAside().length })}</p>
          <ul>
            <For each={userLayersAside()}>
              {(a) => {
                const at = a.id !== undefined ? timeOfId(a.id) : undefined;
                const label = () =>
                  a.name !== undefined
                    ? withoutBidiControls(a.name)
                    : at !== undefined
                      ? t(lang(), 'storage.asideImported', {
                          at: new Date(at).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
                        })
                      : t(lang(), 'storage.asideRecord', { k: a.keys.join(', ') });
                return (
                  <li data-keys={a.keys.join(' ')}>
                    <span class="layer-name">{label()}</span>{' '}
                    <button
                      type="button"
                      class="link small danger"
                      onClick={() => void removeAside(a)}
                      aria-label={t(lang(), 'storage.asideRemoveLabel', { n: label() })}
                      data-testid="aside-remove"
                    >
                      {t(lang(), 'storage.asideRemove')}
                    </button>
                  </li>
                );
              }}
            </For>
          </ul>
          <p class="note small">{t(lang(), 'storage.asideNote')}</p>
        </div>
      </Show>
      <Show
        when={userLayers().length > 0}
        fallback={
          <p class="muted small" data-testid="layers-none">
            {t(lang(), userLayersLoaded() ? 'districts.layersNone' : 'districts.layersReading')}
          </p>
        }
      >
        <ul class="layer-list">
          <For each={userLayers()}>
            {(l) => (
              <li class="layer" data-layer={l.id} data-name={l.name} data-visible={String(l.visible)} data-points={l.data.names.length} data-kept={l.kept}>
                <label class="check vis">
                  <input
                    type="checkbox"
                    checked={l.visible}
                    onChange={(e) => void setUserLayerVisible(l.id, e.currentTarget.checked)}
                    aria-label={t(lang(), 'districts.layerShow', { n: withoutBidiControls(l.name) })}
                    data-testid="layer-visible"
                  />
                  <span class="layer-swatch" style={{ background: l.color }} aria-hidden="true" />
                </label>
                <Show when={editing() === l.id} fallback={<span class="layer-name">{withoutBidiControls(l.name)}</span>}>
                  <form
                    class="rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      const v = new FormData(e.currentTarget).get('name');
                      void renameUserLayer(l.id, String(v ?? ''));
                      setEditing(undefined);
                    }}
                  >
                    <input
                      name="name"
                      value={l.name}
                      maxLength={60}
                      aria-label={t(lang(), 'districts.layerRename')}
                      data-testid="layer-name-input"
                      ref={(el) => queueMicrotask(() => el.select())}
                    />
                    <button type="submit" data-testid="layer-rename-ok">
                      {t(lang(), 'districts.layerRenameOk')}
                    </button>
                  </form>
                </Show>
                <span class="layer-count">{t(lang(), 'districts.layerCount', { n: l.data.names.length, m: l.data.outside })}</span>
                <Show when={l.kept !== 'saved'}>
                  <span class="layer-kept small" classList={{ 'warn-text': l.kept === 'page' }} data-testid="layer-kept">
                    {t(lang(), l.kept === 'page' ? 'storage.pageOnly' : 'storage.saving')}
                  </span>
                </Show>
                <Show when={l.recovered}>
                  <span class="note small layer-recovered">{t(lang(), 'storage.recovered')}</span>
                </Show>
                <span class="layer-actions">
                  <button type="button" class="link small" onClick={() => setEditing(editing() === l.id ? undefined : l.id)} data-testid="layer-rename">
                    {t(lang(), 'districts.layerRename')}
                  </button>
                  <button
                    type="button"
                    class="link small"
                    onClick={() => exportLayer(l, 'csv')}
                    title={t(lang(), 'importer.exportCsvIn', { d: DATUM_NAME[l.data.datum ?? 'wgs84'] })}
                    data-testid="layer-export-csv"
                  >
                    CSV · {DATUM_NAME[l.data.datum ?? 'wgs84']}
                  </button>
                  <Show when={(l.data.datum ?? 'wgs84') !== 'wgs84'}>
                    <button
                      type="button"
                      class="link small"
                      onClick={() => exportLayer(l, 'csv', 'wgs84')}
                      title={t(lang(), 'importer.exportCsvIn', { d: DATUM_NAME.wgs84 })}
                      data-testid="layer-export-csv-wgs84"
                    >
                      CSV · WGS-84
                    </button>
                  </Show>
                  <button type="button" class="link small" onClick={() => exportLayer(l, 'geojson')} data-testid="layer-export-geojson">
                    GeoJSON
                  </button>
                  <button
                    type="button"
                    class="link small danger"
                    onClick={() => void removeUserLayer(l.id)}
                    aria-label={t(lang(), 'districts.layerDelete', { n: withoutBidiControls(l.name) })}
                    data-testid="layer-delete"
                  >
                    {t(lang(), 'districts.layerDeleteShort')}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
        <p class="note small">
          {t(lang(), 'districts.layersExportNote')}{' '}
          {t(lang(), 'importer.exportDatumNote', { d: [...new Set(userLayers().map((l) => DATUM_NAME[l.data.datum ?? 'wgs84']))].join(', ') })}
        </p>
      </Show>
      <Show when={userLayers().length > 0 || userLayersAside().length > 0}>
        <div class="remove-all">
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (confirm(t(lang(), 'districts.removeAllConfirm'))) void removeAllUserData();
            }}
            data-testid="remove-all"
          >
            {t(lang(), 'districts.removeAll')}
          </button>
          <Show when={userStorageUse()}>
            {(u) => (
              <span class="note small" data-testid="storage-use" data-bytes={u().bytes}>
                {t(lang(), u().layersOnly ? 'storage.usageLayers' : 'storage.usageSite', { size: fileSize(lang(), u().bytes) })}
              </span>
            )}
          </Show>
        </div>
      </Show>
    </section>
  );
}
