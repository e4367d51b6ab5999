// Under a target that counts institutions (A1-T2, A1-T3, A5-T1…T4): the plan's figure against what the
// sources know ("20 → 22: 16 known, 3 on the map"), a total given without a list shown as a total, and
// every known institution — a button that opens its panel, marked whether it is on the map.
import { For, Show } from 'solid-js';
import type { Target } from '../../data/planSchema.ts';
import { institutionsOfTarget, planRange } from '../../plan/institutions.ts';
import { useApp } from '../context.ts';
import { LangText } from '../LangText.tsx';
import { t } from '../../i18n/index.ts';
import { INSTITUTIONS } from '../../data/institutionsData.ts';
import { InstitutionItem } from './InstitutionItem.tsx';

export function TargetInstitutions(props: { target: Target; onOpen: (id: string) => void; onShowLayer: () => void }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const behind = () => institutionsOfTarget(INSTITUTIONS, props.target.id);
  const range = () => planRange(props.target.values as Record<string, number | [number, number]>);
  const first = () => {
    const r = range();
    return r && /^\d+$/.test(r.from) ? Number(r.from) : undefined;
  };
  return (
    <section class="target-institutions" data-testid="target-institutions" data-target={props.target.id}>
      <h3>{t(lang(), 'institutions.behind')}</h3>
      <Show when={range()}>
        {(r) => (
          <p data-testid="target-institutions-figure">
            {t(lang(), 'institutions.planFigure', { from: r().from, to: r().to, n: behind().known.length, m: behind().sited.length })}
          </p>
        )}
      </Show>
      <Show when={!behind().total && first() !== undefined && behind().known.length < first()!}>
        <p class="note" data-testid="target-institutions-short">
          {t(lang(), 'institutions.short', { n: behind().known.length, from: first()! })}
        </p>
      </Show>
      <Show when={behind().total}>
        {(tot) => (
          <p class="note" data-testid="target-institutions-total">
            {t(lang(), 'institutions.total', { v: tot().value, d: tot().as_of, n: behind().known.length })} <LangText text={tot().note} />
          </p>
        )}
      </Show>
      <Show when={behind().caveats > 0}>
        <p class="note">{t(lang(), 'institutions.caveats', { n: behind().caveats })}</p>
      </Show>
      <Show when={behind().known.length > 0} fallback={<p class="muted">{t(lang(), 'institutions.noneKnown')}</p>}>
        <ul class="plain institution-list">
          <For each={behind().known}>{(f) => <InstitutionItem feature={f} onOpen={props.onOpen} />}</For>
        </ul>
        <Show when={behind().sited.length > 0}>
          <button type="button" onClick={() => props.onShowLayer()}>
            {t(lang(), 'institutions.showLayer')}
          </button>
        </Show>
      </Show>
    </section>
  );
}
