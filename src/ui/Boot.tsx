// From the first paint: the title and a word on the map area with progress, while the data files
// download (and are checked off the main thread) and the map code loads beside them. Then the app.
import { createSignal, Switch, Match } from 'solid-js';
import { loadAppData } from '../data/dataSource.ts';
import type { ParseResult } from '../data/appData.ts';
import type { Lang } from '../state/urlState.ts';
import { t } from './i18n.ts';
import { bootLang } from '../state/bootLang.ts';
import { MapLoading } from './MapLoading.tsx';
import { App, DataError } from './App.tsx';

export function Boot() {
  const lang = bootLang(location.hash, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const [fraction, setFraction] = createSignal(0);
  const [result, setResult] = createSignal<ParseResult | undefined>();
  // The map's code downloads while the data does; the app awaits the same module later.
  void import('../map/mapAdapter.ts').catch(() => undefined);
  loadAppData(setFraction).then(setResult, (e: unknown) => setResult({ ok: false, errors: [String(e)] }));
  return (
    <Switch>
      <Match when={result()?.ok === true && result()}>
        {(r) => <App data={(r() as Extract<ParseResult, { ok: true }>).data} />}
      </Match>
      <Match when={result()?.ok === false && result()}>
        {(r) => <DataError errors={(r() as Extract<ParseResult, { ok: false }>).errors} />}
      </Match>
      <Match when={!result()}>
        <div class="app booting" data-mode="explore">
          <header class="top-bar">
            <h1>
              <span class="app-name">{t(lang, 'appName')}</span>
              <span class="app-sub">{t(lang, 'appSubtitle')}</span>
            </h1>
          </header>
          <div class="body">
            <main class="map-wrap">
              <div class="map" />
              <MapLoading lang={lang} stage="data" fraction={fraction()} />
            </main>
          </div>
        </div>
      </Match>
    </Switch>
  );
}
