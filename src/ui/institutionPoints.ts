// The institutions layer's points for the map: its chunk is fetched when the layer is first switched on
// (or a link opens an institution), and the points follow the year shown.
import { createEffect } from 'solid-js';
import type { AppStore } from '../state/appStore.ts';
import type { MapView } from '../state/mapView.ts';
import type { InstitutionPoints } from '../map/institutionLayer.ts';
import { institutionsLoader } from './lazyScreens.ts';

export function createInstitutionPoints(store: AppStore, mapView: MapView): () => InstitutionPoints | null {
  createEffect(() => {
    if (store.state.inst) mapView.setInstitutionsOn(true);
  });
  createEffect(() => {
    if (mapView.institutionsOn()) void institutionsLoader.get();
  });
  return () => (mapView.institutionsOn() ? (institutionsLoader.module()?.pointsFor(store.state.year) ?? null) : null);
}
