// The accessible twin of the map: every feature that passes the filters, by district, as buttons.
// Places with no known site are listed under their district too — never dropped — by which kind of
// "no site" they are (not a physical site, site not known, address only).
import { For, Show, createMemo } from 'solid-js';
import type { PlaceFeature } from '../data/appData.ts';
import { SITE_KINDS, type SiteKind } from '../data/placeSchema.ts';
import { useApp } from './context.ts';
import { districtLabel } from '../plan/districtNames.ts';
import { t } from '../i18n/index.ts';
import { FeatureButtons } from './FeatureButtons.tsx';
import { MarksLegend } from './ActionStatus.tsx';

export function FeatureList(props: { places: readonly PlaceFeature[]; corridorIds: readonly string[] }) {
  const { data, store, graph } = useApp();
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
      <h2>{t(lang(), 'app.listTitle')} <span class="count">{props.places.length + props.corridorIds.length}</span></h2>
      <MarksLegend />
      <For each={groups()}>
        {(g) => (
          <section>
            <h3>{label(g.district)} <span class="count">{g.sited.length + SITE_KINDS.reduce((n, k) => n + g.unsited[k].length, 0)}</span></h3>
            <FeatureButtons ids={g.sited} actionsOf={actionsOf} />
            <For each={SITE_KINDS.filter((k) => g.unsited[k].length > 0)}>
              {(k) => (
                <>
                  <h4 class="muted small" data-site={k}>{t(lang(), `app.site.${k}`)}</h4>
                  <FeatureButtons ids={g.unsited[k]} quietNoSite actionsOf={actionsOf} />
                </>
              )}
            </For>
          </section>
        )}
      </For>
      {/* Places first (by district); the corridor segments after them. */}
      <Show when={props.corridorIds.length > 0}>
        <section>
          <h3>{t(lang(), 'app.corridors')} <span class="count">{props.corridorIds.length}</span></h3>
          <FeatureButtons ids={props.corridorIds} />
        </section>
      </Show>
    </nav>
  );
}
