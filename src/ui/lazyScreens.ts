// The screens not needed for the first one: loaded when first used, and prefetched once the map is up
// and the browser is idle. A load that fails is tried again, and a screen whose code still cannot be
// loaded shows what failed where it would be (ui/LoadFailed.tsx); see state/chunkLoader.ts.
import { createChunkLoader } from '../state/chunkLoader.ts';
import { posterLoader } from './posterExport.ts';

export const districtsLoader = createChunkLoader('districts', () => import('./districts/DistrictsPanel.tsx'));
export const presentLoader = createChunkLoader('present', () => import('./present/PresentView.tsx'));
export const readerLoader = createChunkLoader('reader', () => import('./PlanReader.tsx'));
export const briefLoader = createChunkLoader('brief', () => import('./brief/BriefView.tsx'));
export const scorecardLoader = createChunkLoader('scorecard', () => import('./scorecard/ScorecardPanel.tsx'));
/** The institutions' data and panels: only when asked for (the layer, a target's list, a link, a metric), never prefetched. */
export const institutionsLoader = createChunkLoader('institutions', () => import('./institutions/index.ts'));

/** Fetch every lazy screen when the browser is idle, then `then()`. A failure here is quiet: the screen tries again when opened. */
export function prefetchLater(then: () => void): void {
  const go = () => {
    for (const l of [districtsLoader, presentLoader, readerLoader, posterLoader, briefLoader, scorecardLoader]) void l.get();
    then();
  };
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 5000 });
  else setTimeout(go, 2000);
}
