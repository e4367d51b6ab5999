// The screens not needed for the first one: loaded when first used, and prefetched once the map is up
// and the browser is idle.
import { lazy } from 'solid-js';
import { loadPoster } from './posterExport.ts';

const loadDistricts = () => import('./districts/DistrictsPanel.tsx');
const loadPresent = () => import('./present/PresentView.tsx');
const loadReader = () => import('./PlanReader.tsx');

export const DistrictsPanel = lazy(() => loadDistricts().then((m) => ({ default: m.DistrictsPanel })));
export const PresentView = lazy(() => loadPresent().then((m) => ({ default: m.PresentView })));
export const PlanReader = lazy(() => loadReader().then((m) => ({ default: m.PlanReader })));

/** Fetch every lazy screen when the browser is idle, then `then()`. */
export function prefetchLater(then: () => void): void {
  const go = () => { void loadDistricts(); void loadPresent(); void loadReader(); void loadPoster(); then(); };
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 5000 });
  else setTimeout(go, 2000);
}
