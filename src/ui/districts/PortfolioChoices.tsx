// What the portfolio measures: one of the user's layers, a radius (radius= in the link) and the kinds
// of place to measure to; says so when no place is chosen. Names are JSX text, never HTML.
import { For, Show, createMemo } from 'solid-js';
import { RADIUS_KM, kmOptions } from '../../geo/kmChoices.ts';
import { TARGET_SETS } from '../../plan/portfolioTargets.ts';
import { userLayers, type UserLayer } from '../../state/userLayers.ts';
import { withoutBidiControls } from '../../i18n/bidi.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';

export function PortfolioChoices(props: {
  layer: UserLayer | undefined;
  onLayer: (id: string) => void;
  sets: readonly string[];
  onSets: (sets: readonly string[]) => void;
  noTargets: boolean;
}) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const radius = () => store.state.radius;
  const radiusOptions = createMemo(() => kmOptions(RADIUS_KM, radius()));
  /** The sets in TARGET_SETS's order, with `id` in or out. */
  const toggle = (id: string, on: boolean) =>
    props.onSets(on ? TARGET_SETS.map((x) => x.id).filter((x) => x === id || props.sets.includes(x)) : props.sets.filter((x) => x !== id));
  return (
    <>
      <div class="portfolio-choices">
        <ChoiceSelect
          label={t(lang(), 'portfolio.layer')}
          testid="portfolio-layer"
          options={userLayers()}
          value={(l) => l.id}
          text={(l) => withoutBidiControls(l.name)}
          selected={(l) => l.id === props.layer?.id}
          onChange={props.onLayer}
        />
        <ChoiceSelect
          label={t(lang(), 'portfolio.radius')}
          testid="portfolio-radius"
          options={radiusOptions()}
          value={(r) => r}
          text={(r) => t(lang(), 'portfolio.radiusKm', { r })}
          selected={(r) => r === radius()}
          onChange={(v) => store.set('radius', Number(v))}
        />
      </div>
      <fieldset class="portfolio-sets">
        <legend>{t(lang(), 'portfolio.targets')}</legend>
        <For each={TARGET_SETS}>
          {(s) => (
            <label class="check">
              <input
                type="checkbox"
                checked={props.sets.includes(s.id)}
                data-testid={`portfolio-set-${s.id}`}
                onChange={(e) => toggle(s.id, e.currentTarget.checked)}
              />
              {t(lang(), s.label)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={props.noTargets}>
        <p class="notice-inline" role="status">
          {t(lang(), 'portfolio.noTargets')}
        </p>
      </Show>
    </>
  );
}
