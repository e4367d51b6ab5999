// From the first paint: the title and a word on the map area with progress, while the data files
// download (and are checked off the main thread). The map does not wait for them: its sources are
// files its own worker fetches, so it starts as soon as its code is here, in the element the app
// will show it in. Then the app, which wires itself to that map.
import { createSignal, Switch, Match } from 'solid-js';
import { loadAppData, mapSources } from '../data/dataSource.ts';
import type { ParseResult } from '../data/appData.ts';
import { parseHash } from '../state/urlState.ts';
import type { MapStart } from '../map/mapAdapter.ts';
import { t } from '../i18n/index.ts';
import { bootLang } from '../state/bootLang.ts';
import { MapLoading } from './MapLoading.tsx';
import { App } from './App.tsx';
import { DataError } from './DataError.tsx';

export function Boot() {
  const lang = bootLang(location.hash, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const link = parseHash(location.hash).state;
  const mode = link.mode ?? 'explore';
  const [fraction, setFraction] = createSignal(0);
  const [result, setResult] = createSignal<ParseResult | undefined>();

  // One element for the map from the first paint to the app: it moves into the app's layout, which
  // has the same geometry as the booting one below (so the map does not resize on the way).
  const mapEl = document.createElement('div');
  mapEl.className = 'map';
  mapEl.dataset['testid'] = 'map';
  mapEl.setAttribute('role', 'region');
  mapEl.setAttribute('aria-label', t(lang, 'app.appName'));
  // Started once this component is in the document (the import resolves in a later task). In the
  // single-file build the sources come from the data, which loadAppData below parses synchronously,
  // before this callback can run.
  const map: Promise<MapStart> = import('../map/mapAdapter.ts').then((m) => {
    performance.mark('map-chunk');
    return m.startMap(mapEl, mapSources(), { view: link.view, lang });
  });
  // The app reports a failure (the no-WebGL fallback); a data error shows no map at all, so it goes.
  map.catch(() => undefined);
  const settle = (r: ParseResult) => {
    setResult(r);
    if (!r.ok)
      map.then(
        (m) => m.stop(),
        () => undefined,
      );
  };
  loadAppData(setFraction).then(settle, (e: unknown) => settle({ ok: false, errors: [String(e)] }));

  return (
    <Switch>
      <Match when={result()?.ok === true && result()}>{(r) => <App data={(r() as Extract<ParseResult, { ok: true }>).data} map={map} mapEl={mapEl} />}</Match>
      <Match when={result()?.ok === false && result()}>{(r) => <DataError errors={(r() as Extract<ParseResult, { ok: false }>).errors} />}</Match>
      <Match when={!result()}>
        <div class="app booting" classList={{ presenting: mode === 'present' }} data-mode={mode}>
          <header class="top-bar">
            <h1>
              <span class="app-name">{t(lang, 'app.appName')}</span>
              <span class="app-sub">{t(lang, 'app.appSubtitle')}</span>
            </h1>
            {/* Holds the height of the app's search field, so the map keeps its size when the app takes over. */}
            <div class="search boot-placeholder" aria-hidden="true">
              <input type="search" tabindex={-1} disabled />
            </div>
          </header>
          <div class="body">
            <main class="map-wrap">
              {mapEl}
              <MapLoading lang={lang} stage="data" fraction={fraction()} />
            </main>
            <aside class="side-panel" classList={{ 'districts-panel': mode === 'districts' }} aria-hidden="true" />
          </div>
        </div>
      </Match>
    </Switch>
  );
}
