// The accessible twin of the map: every feature that passes the filters, by district, as buttons.
// Places with no known site are listed under their district too — never dropped — by which kind of
// "no site" they are (not a physical site, site not known, address only).
import { For, Show, createMemo } from 'solid-js';
import type { PlaceFeature } from '../data/appData.ts';
import { SITE_KINDS, type SiteKind } from '../data/vocab.ts';
import { useApp } from './context.ts';
import { districtLabel } from '../plan/districtNames.ts';
import { t } from '../i18n/index.ts';
import { FeatureButtons } from './FeatureButtons.tsx';
import { MarksLegend } from './ActionStatus.tsx';
import { INSTITUTION_KINDS_INFO } from '../plan/institutionKinds.ts';
import { institutionsLoader } from './lazyScreens.ts';
import { openInstitution } from './LoadedScreens.tsx';

export function FeatureList(props: { places: readonly PlaceFeature[]; corridorIds: readonly string[] }) {
  const { data, store, graph, mapView, tr } = useApp();
  const actionsOf = (id: string) => [...new Set(graph.tasksOfPlace(id).flatMap(({ parent }) => (parent.id.startsWith('A') ? [parent.id] : [])))];
  const lang = () => store.state.lang;
  const groups = createMemo(() => {
    const order = [...data.districts.features.map((f) => f.properties.name_zh)];
    const by = new Map<string, { sited: string[]; unsited: Record<SiteKind, string[]> }>();
    for (const p of props.places) {
      const key = p.properties.district ?? '?';
      if (!by.has(key)) by.set(key, { sited: [], unsited: { 'not-physical': [], unknown: [], address: [] } });
      const g = by.get(key)!;
      if (p.geometry) g.sited.push(p.properties.id);
      else g.unsited[p.properties.site?.kind ?? 'unknown'].push(p.properties.id);
    }
    const keys = [...by.keys()].sort((a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    return keys.map((k) => ({ district: k, ...by.get(k)! }));
  });
  const label = (zh: string) => {
    if (zh === '?') return t(lang(), 'app.notLocated');
    return districtLabel(zh, lang());
  };
  return (
    <nav class="feature-list" aria-label={t(lang(), 'app.listTitle')} data-testid="feature-list">
      <h2>
        {t(lang(), 'app.listTitle')} <span class="count">{props.places.length + props.corridorIds.length}</span>
      </h2>
      <MarksLegend />
      <For each={groups()}>
        {(g) => (
          <section>
            <h3>
              {label(g.district)} <span class="count">{g.sited.length + SITE_KINDS.reduce((n, k) => n + g.unsited[k].length, 0)}</span>
            </h3>
            <FeatureButtons ids={g.sited} actionsOf={actionsOf} />
            <For each={SITE_KINDS.filter((k) => g.unsited[k].length > 0)}>
              {(k) => (
                <>
                  <h4 class="muted small" data-site={k}>
                    {t(lang(), `app.site.${k}`)}
                  </h4>
                  <FeatureButtons ids={g.unsited[k]} quietNoSite actionsOf={actionsOf} />
                </>
              )}
            </For>
          </section>
        )}
      </For>
      {/* The institutions the targets count, while their layer is on (by the layer's year): each opens its panel (inst=). */}
      <Show when={mapView.institutionsOn() && institutionsLoader.module()}>
        {(m) => {
          const shown = () => m().shownBy(store.state.year);
          const name = (f: ReturnType<typeof shown>[number]) => (lang() === 'zh' ? f.properties.name_zh : f.properties.name_en);
          const Buttons = (p: { list: ReturnType<typeof shown> }) => (
            <ul class="features">
              <For each={p.list}>
                {(f) => (
                  <li>
                    <button
                      type="button"
                      class="feature"
                      data-inst={f.id}
                      aria-current={store.state.inst === f.id ? 'true' : undefined}
                      onClick={() => openInstitution(store, f.id)}
                    >
                      <span
                        class="ring-swatch"
                        classList={{ unsited: f.geometry === null }}
                        style={{ 'border-color': INSTITUTION_KINDS_INFO[f.properties.kind].color }}
                        aria-hidden="true"
                      />
                      <span>{name(f)}</span>
                      <span class="muted small"> · {tr(INSTITUTION_KINDS_INFO[f.properties.kind])}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          );
          return (
            <section data-testid="list-institutions">
              <h3>
                {t(lang(), 'app.institutionsLayer')} <span class="count">{shown().length}</span>
              </h3>
              <Buttons list={shown().filter((f) => f.geometry !== null)} />
              <Show when={shown().some((f) => f.geometry === null)}>
                <h4 class="muted small">{t(lang(), 'institutions.notOnMap')}</h4>
                <Buttons list={shown().filter((f) => f.geometry === null)} />
              </Show>
            </section>
          );
        }}
      </Show>
      {/* Places first (by district); the corridor segments after them. */}
      <Show when={props.corridorIds.length > 0}>
        <section>
          <h3>
            {t(lang(), 'app.corridors')} <span class="count">{props.corridorIds.length}</span>
          </h3>
          <FeatureButtons ids={props.corridorIds} />
        </section>
      </Show>
    </nav>
  );
}
