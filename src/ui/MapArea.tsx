// The map area: the map Boot started, with what is said over it (filter chips, loading, failure,
// "ready offline", the street map loading, how many places the focus concerns).
import { Show } from 'solid-js';
import { t } from '../i18n/index.ts';
import { useApp } from './context.ts';
import { FilterChips } from './FilterChips.tsx';
import { MapLoading } from './MapLoading.tsx';

export function MapArea(props: { mapEl: HTMLDivElement }) {
  const { store, notices, explore } = useApp();
  const lang = () => store.state.lang;
  return (
    <main class="map-wrap">
      {/* The top bar (and its h1) is hidden while presenting: the page keeps its name for screen readers. */}
      <Show when={store.state.mode === 'present'}>
        <h1 class="sr-only">{t(lang(), 'app.appName')}</h1>
      </Show>
      {props.mapEl}
      <Show when={store.state.mode === 'explore'}>
        <FilterChips />
      </Show>
      <Show when={notices.mapStage() === 'failed'}>
        <p class="notice warn map-error" role="alert">
          {t(lang(), 'app.mapFailed')}
        </p>
      </Show>
      <Show when={notices.offlineReady()}>
        <p class="offline-ready" role="status" data-testid="offline-ready">
          {t(lang(), 'app.offlineReady')}
        </p>
      </Show>
      <Show when={notices.basemapLoading()}>
        <p class="notice basemap-loading" role="status" data-testid="basemap-loading">
          {t(lang(), 'app.basemapLoading')}
        </p>
      </Show>
      <Show when={notices.mapStage() === 'engine' || notices.mapStage() === 'drawing'}>
        <MapLoading lang={lang()} stage={notices.mapStage() === 'drawing' ? 'drawing' : 'engine'} />
      </Show>
      <Show when={explore.focusFeatures()}>
        {(f) => (
          <p class="focus-badge" role="status" data-places={f().places.length}>
            {f().corridors.length > 0
              ? t(lang(), 'app.featuresAndCorridors', { n: f().places.length, m: f().corridors.length })
              : t(lang(), 'app.featuresOf', { n: f().places.length })}
          </p>
        )}
      </Show>
    </main>
  );
}
