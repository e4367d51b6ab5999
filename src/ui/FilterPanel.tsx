// Legend and filters in one: each kind and group with its symbol and how many are shown; actions,
// districts and responsible units; layer toggles and the basemap switch.
import { For, Show } from 'solid-js';
import { KINDS, GROUPS, KIND_IDS, GROUP_IDS, CORRIDORS, glyphOf, type CorridorId } from '../plan/kinds.ts';
import { numeralIn } from '../plan/numerals.ts';
import type { FilterKey } from '../state/appStore.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { HAS_ONLINE_BASEMAP } from '../map/onlineStyle.ts';
import { INSTITUTION_KINDS_INFO, INSTITUTION_KIND_IDS } from '../plan/institutionKinds.ts';
import { MarkedText } from './LangText.tsx';

export interface LayerToggles {
  districts: boolean;
  context: boolean;
  corridors: boolean;
}

export function FilterPanel(props: {
  kindCounts: Map<string, number>;
  groupCounts: Map<string, number>;
  layers: LayerToggles;
  onLayers: (l: LayerToggles) => void;
}) {
  const { data, store, tr, mapView } = useApp();
  const lang = () => store.state.lang;
  const on = (key: FilterKey, v: string) => store.filters()[key].includes(v);
  const presentKinds = () => KIND_IDS.filter((k) => data.places.some((p) => p.properties.kind === k));
  const districtNames = () => data.districts.features.map((f) => f.properties.name_zh);
  const districtLabel = (zh: string) => {
    const f = data.districts.features.find((d) => d.properties.name_zh === zh);
    return f && lang() === 'en' ? f.properties.name_en : zh;
  };
  return (
    <div class="filter-panel" data-testid="filters">
      <fieldset>
        <legend>{t(lang(), 'app.kinds')}</legend>
        <For each={presentKinds()}>
          {(k) => (
            <label class="check">
              <input type="checkbox" checked={on('kinds', k)} onChange={() => store.toggleFilter('kinds', k)} />
              <span class="glyph-swatch" style={{ background: KINDS[k].color }} aria-hidden="true" lang={lang()}>
                {glyphOf(k, lang())}
              </span>
              {tr(KINDS[k])}
              <span class="count">{props.kindCounts.get(k) ?? 0}</span>
            </label>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t(lang(), 'app.groups')}</legend>
        <For each={GROUP_IDS}>
          {(g) => (
            <label class="check">
              <input type="checkbox" checked={on('groups', g)} onChange={() => store.toggleFilter('groups', g)} />
              {tr(GROUPS[g])}
              <span class="count">{props.groupCounts.get(g) ?? 0}</span>
            </label>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t(lang(), 'app.actions')}</legend>
        <For each={data.plan.actions}>
          {(a) => (
            <label class="check">
              <input type="checkbox" checked={on('actions', a.id)} onChange={() => store.toggleFilter('actions', a.id)} />
              {numeralIn(a.numeral, lang())} {tr(a.title)}
            </label>
          )}
        </For>
      </fieldset>
      <label class="select">
        {t(lang(), 'app.district')}
        <select onChange={(e) => store.set('districts', e.currentTarget.value ? [e.currentTarget.value] : [])}>
          <option value="" selected={store.filters().districts.length === 0}>
            {t(lang(), 'app.allDistricts')}
          </option>
          <For each={districtNames()}>
            {(d) => (
              <option value={d} selected={on('districts', d)}>
                {districtLabel(d)}
              </option>
            )}
          </For>
        </select>
      </label>
      <Show when={store.filters().districts.length > 0}>
        <p class="note small" data-testid="district-rule-note">
          <MarkedText text={t(lang(), 'app.districtRuleNote')} />
        </p>
      </Show>
      <label class="select">
        {t(lang(), 'app.units')}
        <select onChange={(e) => store.set('units', e.currentTarget.value ? [e.currentTarget.value] : [])}>
          <option value="" selected={store.filters().units.length === 0}>
            {t(lang(), 'app.allUnits')}
          </option>
          <For each={data.plan.units}>
            {(u) => (
              <option value={u.id} selected={on('units', u.id)}>
                {tr(u.name)}
              </option>
            )}
          </For>
        </select>
      </label>
      <button type="button" onClick={() => store.clearFilters()}>
        {t(lang(), 'app.clearFilters')}
      </button>

      <fieldset>
        <legend>{t(lang(), 'app.layers')}</legend>
        <label class="check">
          <input type="checkbox" checked={props.layers.districts} onChange={(e) => props.onLayers({ ...props.layers, districts: e.currentTarget.checked })} />
          {t(lang(), 'app.districts')}
        </label>
        <label class="check">
          <input type="checkbox" checked={props.layers.context} onChange={(e) => props.onLayers({ ...props.layers, context: e.currentTarget.checked })} />
          {tr(GROUPS.context)}
        </label>
        <label class="check">
          <input type="checkbox" checked={props.layers.corridors} onChange={(e) => props.onLayers({ ...props.layers, corridors: e.currentTarget.checked })} />
          {t(lang(), 'app.corridors')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            data-testid="institutions-toggle"
            checked={mapView.institutionsOn()}
            onChange={(e) => mapView.setInstitutionsOn(e.currentTarget.checked)}
          />
          {t(lang(), 'app.institutionsLayer')}
        </label>
        <Show when={mapView.institutionsOn()}>
          <ul class="plain institution-legend" data-testid="institutions-legend">
            <For each={INSTITUTION_KIND_IDS}>
              {(k) => (
                <li>
                  <span class="ring-swatch" style={{ 'border-color': INSTITUTION_KINDS_INFO[k].color }} aria-hidden="true" />
                  {tr(INSTITUTION_KINDS_INFO[k])}
                </li>
              )}
            </For>
          </ul>
          <p class="muted small">{t(lang(), 'app.institutionsLegend')}</p>
          <label class="select">
            {t(lang(), 'app.institutionsYear')}
            <select
              data-testid="institutions-year"
              onChange={(e) => store.set('year', e.currentTarget.value ? (Number(e.currentTarget.value) as 2019 | 2020 | 2021) : undefined)}
            >
              <option value="" selected={store.state.year === undefined}>
                {t(lang(), 'app.institutionsAllYears')}
              </option>
              <For each={[2019, 2020, 2021] as const}>
                {(y) => (
                  <option value={y} selected={store.state.year === y}>
                    {t(lang(), 'app.institutionsByYear', { y })}
                  </option>
                )}
              </For>
            </select>
          </label>
        </Show>
        <Show when={props.layers.corridors}>
          <ul class="plain corridor-legend">
            <For each={Object.keys(CORRIDORS) as CorridorId[]}>
              {(c) => (
                <li>
                  <span class="line-swatch" style={{ background: CORRIDORS[c].color }} aria-hidden="true" />
                  {tr(CORRIDORS[c])}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </fieldset>
      <fieldset>
        <legend>{t(lang(), 'app.basemap')}</legend>
        <label class="check">
          <input type="radio" name="basemap" checked={store.state.basemap === 'offline'} onChange={() => store.set('basemap', 'offline')} />
          {t(lang(), 'app.basemapOffline')}
        </label>
        <Show when={HAS_ONLINE_BASEMAP}>
          <label class="check">
            <input type="radio" name="basemap" checked={store.state.basemap === 'online'} onChange={() => store.set('basemap', 'online')} />
            {t(lang(), 'app.basemapOnline')}
          </label>
        </Show>
      </fieldset>
      <p class="muted small legend-note">{t(lang(), 'app.legendNote')}</p>
    </div>
  );
}
