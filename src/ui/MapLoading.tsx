// The map area's word while the map is on its way: never a blank box (data, map code, first drawing).
import { Show } from 'solid-js';
import type { Lang } from '../state/urlState.ts';
import { t } from '../i18n/index.ts';

export type LoadStage = 'data' | 'engine' | 'drawing';

export function MapLoading(props: { lang: Lang; stage: LoadStage; fraction?: number }) {
  const pct = () => Math.round((props.fraction ?? 0) * 100);
  return (
    <div class="map-loading" role="status" aria-live="polite" data-testid="map-loading" data-stage={props.stage}>
      <p class="map-loading-title">{t(props.lang, 'app.loadingMap')}</p>
      <p class="map-loading-stage">
        {t(props.lang, props.stage === 'data' ? 'app.loadingData' : props.stage === 'engine' ? 'app.loadingEngine' : 'app.loadingDrawing')}
        <Show when={props.stage === 'data'}> {pct()}%</Show>
      </p>
      <progress max={100} value={props.stage === 'data' ? pct() * 0.6 : props.stage === 'engine' ? 70 : 90} aria-label={t(props.lang, 'app.loadingMap')} />
    </div>
  );
}
