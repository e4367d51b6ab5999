// The basemap: the built-in style or the opt-in street map. src/map/core/basemap.ts decides (the state
// machine: request, style loaded, error, timeout); this runs its effects on the map.
import type * as maplibregl from 'maplibre-gl';
import type { Accessor } from 'solid-js';
import type { Basemap, Lang } from '../state/urlState.ts';
import type { MapSources } from '../geo/mapData.ts';
import { ONLINE_STYLE_URL } from './onlineStyle.ts';
import { prebuiltGlyphs } from './prebuiltGlyphs.ts';
import { offlineStyle, ourLayers, ourSources } from './style.ts';
import { glyphDrawing } from './mapStart.ts';
import { withOurLayers } from './core/streetMap.ts';
import { BASEMAP_START, basemapStep, listensForErrors, shownBasemap, type BasemapEffect, type BasemapEvent, type BasemapState } from './core/basemap.ts';
import type { MapCallbacks } from './mapTypes.ts';

/** @param replacing a new style is on its way: our sources are gone until its 'style.load'. */
export function createBasemapSwitch(
  map: maplibregl.Map,
  data: MapSources,
  lang: Accessor<Lang>,
  cb: Pick<MapCallbacks, 'onBasemapError' | 'onBasemapLoading' | 'onBasemapPartial'>,
  replacing: () => void,
) {
  // Which style the map shows (the built-in one at start).
  let basemap: BasemapState = BASEMAP_START;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hearingErrors = false;
  const onMapError = (e: maplibregl.ErrorEvent) => dispatch({ type: 'error', message: e.error?.message ?? 'style error' });
  const setStyle = (to: Basemap) => {
    replacing();
    if (to === 'offline') {
      map.setStyle(offlineStyle(data, lang(), prebuiltGlyphs()), { diff: false, ...glyphDrawing('offline') });
      return;
    }
    map.setStyle(ONLINE_STYLE_URL, {
      diff: false,
      ...glyphDrawing('online'),
      // Draw our layers on top of the street map, with its fonts.
      transformStyle: (_prev, next) => withOurLayers(next, { sources: ourSources(data), layers: (font) => ourLayers(lang(), font) }),
    });
  };
  const run = (effect: BasemapEffect) => {
    switch (effect.type) {
      case 'setStyle':
        return setStyle(effect.basemap);
      case 'startTimer':
        timer = setTimeout(() => dispatch({ type: 'timeout' }), effect.ms);
        return;
      case 'clearTimer':
        return clearTimeout(timer);
      case 'loading':
        return cb.onBasemapLoading?.(effect.on);
      case 'failed':
        return cb.onBasemapError(effect.why);
      case 'partial':
        return cb.onBasemapPartial?.();
    }
  };
  function dispatch(event: BasemapEvent) {
    const step = basemapStep(basemap, event);
    // The state first: a callback below may ask for a basemap again (the app goes back to 'offline').
    basemap = step.state;
    if (listensForErrors(basemap) !== hearingErrors) {
      hearingErrors = !hearingErrors;
      if (hearingErrors) map.on('error', onMapError);
      else map.off('error', onMapError);
    }
    step.effects.forEach(run);
  }
  return {
    /** The map shows the built-in style (not the street map). */
    builtIn: () => shownBasemap(basemap) === 'offline',
    request: (b: Basemap) => dispatch({ type: 'request', basemap: b }),
    styleLoaded: () => dispatch({ type: 'styleLoaded' }),
    destroy() {
      clearTimeout(timer);
      map.off('error', onMapError);
    },
  };
}
