// The places of the chosen district (or of "not located" / "outside Guangzhou"), grouped by kind with
// institutes first, and the user's imported points that fall there.
import { For, Show, createMemo } from 'solid-js';
import { groupByKind } from '../../plan/districtStats.ts';
import { KINDS, type Kind } from '../../plan/kinds.ts';
import { useApp } from '../context.ts';
import { FeatureButtons } from '../FeatureButtons.tsx';
import { t } from '../../i18n/index.ts';
import { PrintBriefButton } from '../PrintBriefButton.tsx';

const MAX_USER_LISTED = 100;

export function DistrictPlaces(props: {
  bucket: string;
  label: string;
  ids: readonly string[];
  /** Names of the imported points here (undefined: nothing imported). */
  userNames: readonly string[] | undefined;
  /** Whether the bucket is a Guangzhou district (it can be framed). */
  isDistrict: boolean;
  onFrame: () => void;
  onClose: () => void;
  ref?: (el: HTMLElement) => void;
}) {
  const { store, place, tr } = useApp();
  const lang = () => store.state.lang;
  const groups = createMemo(() =>
    groupByKind(
      props.ids.flatMap((id) => {
        const p = place(id);
        return p ? [{ id, kind: p.properties.kind }] : [];
      }),
    ),
  );
  const selectedHere = () => {
    const s = store.state.select;
    return s !== undefined && props.ids.includes(s);
  };
  return (
    <section class="district-places" data-testid="district-places" data-bucket={props.bucket} ref={props.ref} aria-labelledby="district-places-title">
      <header>
        <h3 id="district-places-title" tabindex="-1">
          {t(lang(), 'districts.selectedTitle', { d: props.label, n: props.ids.length })}
        </h3>
        <div class="actions">
          <Show when={props.isDistrict}>
            <button type="button" onClick={() => props.onFrame()}>
              {t(lang(), 'districts.frameAgain')}
            </button>
            <PrintBriefButton subject={{ kind: 'district', name: props.bucket, places: props.ids }} />
          </Show>
          <button type="button" onClick={() => props.onClose()} aria-label={t(lang(), 'districts.closeDistrict')}>
            ×
          </button>
        </div>
      </header>
      <Show when={props.ids.length > 0} fallback={<p class="muted">{t(lang(), 'districts.nothingHere')}</p>}>
        <p class="note">{t(lang(), 'districts.selectedHint')}</p>
        <Show when={selectedHere()}>
          <button type="button" class="link small" onClick={() => store.set('mode', 'explore')}>
            {t(lang(), 'districts.openExplore')} →
          </button>
        </Show>
        <For each={groups()}>
          {(g) => (
            <div class="kind-group" data-kind={g.kind}>
              <h4>
                <span class="swatch" style={{ background: KINDS[g.kind as Kind]?.color ?? '#64748b' }} aria-hidden="true" />
                {KINDS[g.kind as Kind] ? tr(KINDS[g.kind as Kind]) : g.kind}
                <span class="count">{g.ids.length}</span>
              </h4>
              <FeatureButtons ids={g.ids} />
            </div>
          )}
        </For>
      </Show>
      <Show when={props.userNames}>
        {(names) => (
          <div class="user-here" data-testid="user-points-here">
            <h4>{t(lang(), props.isDistrict ? 'districts.yourPointsHere' : 'districts.yourPointsOutside', { n: names().length })}</h4>
            <Show when={names().length > 0}>
              <ul class="user-names">
                <For each={names().slice(0, MAX_USER_LISTED)}>{(n) => <li>{n}</li>}</For>
              </ul>
              <Show when={names().length > MAX_USER_LISTED}>
                <p class="muted small">{t(lang(), 'districts.moreNotShown', { n: names().length - MAX_USER_LISTED })}</p>
              </Show>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
