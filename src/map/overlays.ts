// The layers the app adds over the style — the user's own layers, institutions, the portfolio, the
// corridor counts' buffers — each kept in step with its signal, and drawn again when the style is replaced.
import type * as maplibregl from 'maplibre-gl';
import { createEffect, on, type Accessor } from 'solid-js';
import { createUserLayers } from './userLayersOnMap.ts';
import { createInstitutionLayer } from './institutionLayer.ts';
import { createPortfolioLayers } from './portfolioLayers.ts';
import { createCorridorBufferLayers } from './corridorBufferLayers.ts';
import type { MapInputs } from './mapTypes.ts';

/**
 * @param ready our sources are in the current style (nothing is drawn before).
 * @param builtIn the map shows the built-in style, not the street map.
 * @param onUserLayerDrawn told when a user layer's points are drawn.
 */
export function createOverlays(
  map: maplibregl.Map,
  inputs: MapInputs,
  ready: () => boolean,
  builtIn: () => boolean,
  onUserLayerDrawn?: (features: object) => void,
) {
  const user = createUserLayers(map, builtIn, onUserLayerDrawn);
  const institutions = createInstitutionLayer(map);
  const portfolio = createPortfolioLayers(map);
  const corridorBuffers = createCorridorBufferLayers(map);
  /** Draws one overlay as its signal says (`fresh`: the style was replaced, nothing of it is left). */
  const follow = (draw: (fresh: boolean) => void, value: Accessor<unknown> | undefined) => {
    const sync = (fresh = false) => ready() && draw(fresh);
    if (value) createEffect(on(value, () => sync()));
    return sync;
  };
  const syncUser = follow((fresh) => user.sync(inputs.userLayers(), fresh), inputs.userLayers);
  const syncInstitutions = follow((fresh) => institutions.sync(inputs.institutions?.() ?? null, fresh), inputs.institutions);
  const syncPortfolio = follow((fresh) => portfolio.sync(inputs.portfolio?.() ?? null, fresh), inputs.portfolio);
  const syncBuffers = follow((fresh) => corridorBuffers.sync(inputs.corridorBuffers?.() ?? null, fresh), inputs.corridorBuffers);
  return {
    user,
    institutions,
    /** The style was replaced: every overlay drawn again (institutions first, under the user's points). */
    redraw() {
      syncInstitutions(true);
      syncUser(true);
      syncPortfolio(true);
      syncBuffers(true);
    },
  };
}
