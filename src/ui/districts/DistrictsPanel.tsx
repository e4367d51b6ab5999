// The Districts screen (investors): the 11 districts shaded by what they host, a ranked and sortable
// table, the places of a district grouped by kind, export of what is shown, and import of one's own
// points to count them by district. Replaces the side panel; the map stays on screen.
import '../../i18n/catalogue/districts.ts';
import '../../i18n/catalogue/importer.ts';
import '../../i18n/catalogue/storage.ts';
import '../../i18n/catalogue/institutions.ts';
import { For, Show, createEffect, createMemo, onCleanup, on } from 'solid-js';
import { applyFilters } from '../../plan/filters.ts';
import { KINDS, GROUPS, KIND_IDS, GROUP_IDS, type Kind, type Group } from '../../plan/kinds.ts';
import {
  resolveMetric,
  inMetric,
  districtTable,
  choroClasses,
  classShare,
  bucketOf,
  UNLOCATED,
  OUTSIDE,
  KIND_ORDER,
  CONTEXT_KINDS,
  INSTITUTION_METRICS,
  USER_METRIC,
  placeStat,
  institutionStat,
  type StatPlace,
} from '../../plan/districtStats.ts';
import { districtTableCsv } from '../../data/exportDistricts.ts';
import { download } from './ExportBox.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { INSTITUTION_METRIC_LABELS } from '../../plan/institutions.ts';
import { institutionsLoader } from '../lazyScreens.ts';
import { openInstitution } from '../LoadedScreens.tsx';
import { InstitutionsHere, InstitutionExport } from './InstitutionsHere.tsx';
import { GUANGZHOU_DISTRICT_NAMES } from '../../data/vocab.ts';
import type { PlaceFeature } from '../../data/appData.ts';
import { userLayers, userLayersLoaded } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { CITY_EN } from '../../plan/districtNames.ts';
import { Legend, rampColor } from './Legend.tsx';
import { DistrictTable } from './DistrictTable.tsx';
import { DistrictPlaces } from './DistrictPlaces.tsx';
import { ExportBox } from './ExportBox.tsx';
import { ImportBox } from './ImportBox.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import { UserPointPanel } from './UserPointPanel.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { PortfolioPanel } from './PortfolioPanel.tsx';
import './districts.css';
import { MarkedText } from '../LangText.tsx';

export function DistrictsPanel() {
  const { data, graph, store, tr, mapView, notices } = useApp();
  const { setChoropleth, frameIds, setChosenDistrict, setHighlight, setDistrictTips, setPosterClasses } = mapView;
  const mapReady = () => notices.mapStage() === 'ready';
  const lang = () => store.state.lang;

  // --- what is shown: the Explore filters, then the metric ------------------------------------
  const metric = createMemo(() => resolveMetric(store.state.metric));
  const filtered = createMemo(() =>
    applyFilters(
      data.places.map((f) => ({ ...f.properties, feature: f })),
      store.filters(),
      graph.tasksOfUnit,
    ).map((x) => x.feature),
  );
  const placeStats = createMemo(() => filtered().map(placeStat));
  // The institutions the targets count (their own chunk; counted only by the institution metrics, and
  // not filtered by Explore's filters, which are about the plan's places).
  void institutionsLoader.get();
  const institutionFeatures = () => institutionsLoader.module()?.INSTITUTIONS.features ?? [];
  const statPlaces = createMemo((): StatPlace[] => [...placeStats(), ...institutionFeatures().map(institutionStat)]);
  const isInstitutionMetric = () => metric().type === 'institution';
  createEffect(() => {
    if (isInstitutionMetric()) mapView.setInstitutionsOn(true);
  });
  const filtersOn = () => Object.values(store.filters()).some((v) => v.length > 0);

  const metricLabel = createMemo(() => {
    const m = metric();
    if (m.type === 'kind') return tr(KINDS[m.id as Kind]);
    if (m.type === 'group') return tr(GROUPS[m.id as Group]);
    if (m.type === 'institution') return tr(INSTITUTION_METRIC_LABELS[m.id]!);
    if (m.type === 'user') return t(lang(), 'districts.colUser');
    return t(lang(), 'districts.metricAll');
  });
  /** How many shown places each choice of the select would count. */
  const optionCount = (id: string | undefined) => statPlaces().filter((p) => inMetric(p, resolveMetric(id))).length;

  // --- the user's own layers (the visible ones count) --------------------------------------------
  const shownLayers = createMemo(() => userLayers().filter((l) => l.visible));
  const userCounts = createMemo(() => {
    const ls = shownLayers();
    if (ls.length === 0) return undefined;
    const m = new Map<string, number>([[OUTSIDE, 0]]);
    for (const l of ls) {
      for (const [d, n] of Object.entries(l.data.counts)) m.set(d, (m.get(d) ?? 0) + n);
      m.set(OUTSIDE, m.get(OUTSIDE)! + l.data.outside);
    }
    return m;
  });

  // --- the table and the choropleth ------------------------------------------------------------
  const table = createMemo(() => districtTable(statPlaces(), metric(), { userCounts: userCounts() }));
  // The user's points are a metric (metric=user-points): the map is shaded and the table ranked by them.
  const byUser = () => metric().type === 'user';
  // Until the layers kept in this browser are read, the counts by your points are not known: the table
  // says so rather than ranking zeros (and its export waits).
  const userReading = () => byUser() && !userLayersLoaded();
  const shadeCounts = createMemo(() => new Map(table().rows.map((r) => [r.bucket, r.count])));
  // Shaded by classes (stated in the legend), not a continuous ramp: a reader can tell them apart.
  const classes = createMemo(() => choroClasses(Math.max(0, ...shadeCounts().values())));
  const shadeShares = createMemo(() => new Map([...shadeCounts()].map(([d, n]) => [d, classShare(n, classes())])));
  // With a metric chosen the map shows it first: the other places fade.
  createEffect(() => {
    const m = metric();
    // Counting institutions, the plan's places fade: the rings are what the metric is about.
    setHighlight(m.type === 'kind' || m.type === 'group' ? shownPlaces().map((f) => f.properties.id) : m.type === 'institution' ? [] : null);
  });
  onCleanup(() => setHighlight(null));
  // Hovering a district on the map names it and its count; a click drills in.
  createEffect(() => {
    const tips = new Map<string, string>();
    for (const r of table().rows) {
      const user = userCounts() && !byUser() ? ` · ${t(lang(), 'districts.colUser')} ${formatNumber(r.user, lang())}` : '';
      tips.set(r.bucket, `${districtLabel(r.bucket)}: ${metricLabel()} ${formatNumber(r.count, lang())}${user}`);
    }
    setDistrictTips(tips);
  });
  onCleanup(() => setDistrictTips(null));
  createEffect(() => setChoropleth(shadeShares()));
  onCleanup(() => setChoropleth(null));
  // The poster's legend: the same title and classes as the one on screen.
  createEffect(() =>
    setPosterClasses({
      title: byUser() ? t(lang(), 'districts.legendUser') : t(lang(), 'districts.legendTitle', { m: metricLabel() }),
      items: classes().map((c) => ({ label: c.from === c.to ? String(c.from) : `${c.from}–${c.to}`, color: rampColor(classShare(c.from, classes())) })),
    }),
  );
  onCleanup(() => setPosterClasses(null));

  // --- the chosen district (district= in the link) ---------------------------------------------
  const isBucket = (b: string | undefined) => b !== undefined && (isDistrict(b) || b === UNLOCATED || b === OUTSIDE);
  const chosen = () => (isBucket(store.state.district) ? store.state.district : undefined);
  const setChosen = (b: string | undefined) => store.set('district', b);
  let placesEl: HTMLElement | undefined;
  function isDistrict(b: string) {
    return (GUANGZHOU_DISTRICT_NAMES as readonly string[]).includes(b);
  }
  const frame = (b: string) => {
    if (isDistrict(b)) frameIds([], b);
    else frameIds(idsOf(b));
  };
  createEffect(() => {
    const b = chosen();
    setChosenDistrict(b && isDistrict(b) ? b : null);
  });
  onCleanup(() => setChosenDistrict(null));
  // A district chosen on the map or from a link is framed and its list scrolled into view.
  createEffect(
    on([chosen, mapReady], ([b, ready]) => {
      if (!b || !ready) return;
      frame(b);
      queueMicrotask(() => placesEl?.scrollIntoView({ block: 'nearest' }));
    }),
  );
  const pick = (b: string) => {
    if (chosen() === b) frame(b);
    setChosen(b);
  };
  const idsOf = (b: string): string[] => {
    const t = table();
    if (b === UNLOCATED) return t.unlocated.ids;
    if (b === OUTSIDE) return t.outside.ids;
    return t.rows.find((r) => r.bucket === b)?.ids ?? [];
  };
  const userNamesOf = (b: string): string[] | undefined => {
    const ls = shownLayers();
    // Imported points are in a district or outside Guangzhou, never "not located".
    if (ls.length === 0 || b === UNLOCATED) return undefined;
    const want = b === OUTSIDE ? null : b;
    const out: string[] = [];
    for (const l of ls) {
      const d = l.data;
      for (let i = 0; i < d.names.length; i++) if (d.districts[i] === want) out.push(d.names[i] || t(lang(), 'districts.impUnnamedRow', { row: d.rows[i]! }));
    }
    return out;
  };

  function districtLabel(b: string): string {
    if (b === UNLOCATED) return t(lang(), 'districts.unlocated');
    if (b === OUTSIDE) return t(lang(), 'districts.outside');
    if (lang() === 'zh') return b;
    const f = data.districts.features.find((d) => d.properties.name_zh === b);
    return f ? f.properties.name_en.replace(/ District$/, '') : b;
  }
  const cityLabel = (c: string) => (lang() === 'zh' ? c : (CITY_EN[c] ?? c));

  // --- what export writes: the places counted, districts first, then not located, then outside ----
  const shownPlaces = createMemo(() => {
    const order = (p: PlaceFeature) => {
      const b = bucketOf(p.properties.district);
      const i = (GUANGZHOU_DISTRICT_NAMES as readonly string[]).indexOf(b);
      return i >= 0 ? i : b === UNLOCATED ? GUANGZHOU_DISTRICT_NAMES.length : GUANGZHOU_DISTRICT_NAMES.length + 1;
    };
    const kindPos = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
    return filtered()
      .filter((f) => inMetric(f.properties, metric()))
      .sort((a, b) => order(a) - order(b) || kindPos(a.properties.kind) - kindPos(b.properties.kind) || a.properties.id.localeCompare(b.properties.id));
  });

  const userTotal = () => [...(userCounts()?.values() ?? [])].reduce((a, b) => a + b, 0);
  // The ranked table as it stands (metric, filters, the user's points when shown) as CSV.
  const exportTable = () => {
    const cols = {
      labs: 'districts.colLabsTitle',
      institutes: 'districts.colInstitutesTitle',
      universities: 'districts.colUniversitiesTitle',
      nodes: 'districts.colNodesTitle',
    } as const;
    const csv = districtTableCsv(table(), (b) => (b === 'total' ? t(lang(), 'districts.total') : districtLabel(b)), {
      rank: t(lang(), 'districts.colRank'),
      district: t(lang(), 'districts.colDistrict'),
      count: metricLabel(),
      cols: { labs: t(lang(), cols.labs), institutes: t(lang(), cols.institutes), universities: t(lang(), cols.universities), nodes: t(lang(), cols.nodes) },
      ...(userCounts() !== undefined && !byUser() ? { user: t(lang(), 'districts.colUser') } : {}),
    });
    download(
      `guangzhou-districts-${(store.state.metric ?? 'all').replace(/[^A-Za-z0-9-]+/g, '-')}-${new Date().toISOString().slice(0, 10)}.csv`,
      csv,
      'text/csv;charset=utf-8',
    );
  };

  const kindOptions = KIND_IDS.filter((k) => !CONTEXT_KINDS.includes(k));
  const groupOptions = GROUP_IDS.filter((g) => g !== 'context');

  return (
    <aside
      class="side-panel districts-panel"
      aria-label={t(lang(), 'districts.panelLabel')}
      data-testid="districts-panel"
      data-user-layers={userLayersLoaded() ? 'read' : 'reading'}
    >
      <h2>{t(lang(), 'districts.title')}</h2>
      <p class="note">{t(lang(), 'districts.intro')}</p>

      <label class="metric">
        <span>{t(lang(), 'districts.metric')}</span>
        <select
          data-testid="metric"
          value={metric().type === 'kind' || metric().type === 'group' || metric().type === 'institution' || byUser() ? (store.state.metric ?? '') : ''}
          onChange={(e) => store.set('metric', e.currentTarget.value || undefined)}
        >
          <option value="">
            {t(lang(), 'districts.metricAll')} ({optionCount(undefined)})
          </option>
          <optgroup label={t(lang(), 'districts.metricKinds')}>
            <For each={kindOptions}>
              {(k) => (
                <option value={k} selected={store.state.metric === k}>
                  {tr(KINDS[k])} ({optionCount(k)})
                </option>
              )}
            </For>
          </optgroup>
          <optgroup label={t(lang(), 'districts.metricGroups')}>
            <For each={groupOptions}>
              {(g) => (
                <option value={g} selected={store.state.metric === g}>
                  {tr(GROUPS[g])} ({optionCount(g)})
                </option>
              )}
            </For>
          </optgroup>
          <optgroup label={t(lang(), 'institutions.metricGroup')}>
            <For each={Object.keys(INSTITUTION_METRICS)}>
              {(id) => (
                <option value={id} selected={store.state.metric === id}>
                  {tr(INSTITUTION_METRIC_LABELS[id]!)} ({optionCount(id)})
                </option>
              )}
            </For>
          </optgroup>
          <optgroup label={t(lang(), 'districts.metricYours')}>
            <option value={USER_METRIC} selected={byUser()}>
              {t(lang(), 'districts.colUser')} ({userLayersLoaded() ? formatNumber(userTotal(), lang()) : '…'})
            </option>
          </optgroup>
        </select>
      </label>
      <Show when={userReading()}>
        <p class="notice-inline" role="status" data-testid="user-metric-reading">
          {t(lang(), 'districts.layersReading')}
        </p>
      </Show>
      <Show when={byUser() && !userReading() && userCounts() === undefined}>
        <p class="notice-inline" role="status" data-testid="user-metric-none">
          {t(lang(), 'districts.userMetricNone')}
        </p>
      </Show>
      <Show when={metric().type === 'unknown'}>
        <p class="notice-inline" role="status">
          {t(lang(), 'districts.metricUnknown', { m: store.state.metric ?? '' })}
        </p>
      </Show>

      <Legend
        title={byUser() ? t(lang(), 'districts.legendUser') : t(lang(), 'districts.legendTitle', { m: metricLabel() })}
        classes={classes()}
        counts={[...shadeCounts().values()]}
        reading={userReading()}
      />

      <Show when={filtersOn()}>
        <p class="notice-inline" role="status">
          {t(lang(), 'districts.filtersOn', { n: filtered().length })}{' '}
          <button type="button" class="link" onClick={() => store.clearFilters()}>
            {t(lang(), 'districts.clearFilters')}
          </button>
        </p>
      </Show>

      <DistrictTable
        table={table()}
        metricLabel={metricLabel()}
        shares={shadeShares()}
        showUser={userCounts() !== undefined && !byUser()}
        selected={chosen()}
        districtLabel={districtLabel}
        onPick={pick}
        metricKind={metric().type === 'kind' ? (metric() as { id: string }).id : undefined}
        busy={userReading()}
      />

      <div class="table-notes">
        <p class="note" data-testid="no-site-note">
          {byUser()
            ? t(lang(), 'districts.userMetricNote')
            : isInstitutionMetric()
              ? t(lang(), 'institutions.noSiteNote', { n: table().total.noSite })
              : table().total.noSite > 0
                ? t(lang(), 'districts.noSiteNote', { n: table().total.noSite })
                : t(lang(), 'districts.noSiteNoteNone')}
        </p>
        <p class="note" data-testid="district-rule-note">
          <MarkedText text={t(lang(), 'app.districtRuleNote')} />
        </p>
        <p class="note">
          {t(lang(), 'districts.unlocatedNote')}
          <Show when={table().outside.byCity.size > 0}>
            {' '}
            {t(lang(), 'districts.outsideList', {
              list: [...table().outside.byCity].map(([c, n]) => `${cityLabel(c)} ${n}`).join(lang() === 'zh' ? '，' : ', '),
            })}
          </Show>
        </p>
      </div>

      <Show when={chosen() && isInstitutionMetric()}>
        <InstitutionsHere
          label={districtLabel(chosen()!)}
          features={institutionFeatures().filter((f) => idsOf(chosen()!).includes(f.id))}
          onOpen={(id) => openInstitution(store, id)}
          onClose={() => setChosen(undefined)}
        />
      </Show>
      <Show when={!isInstitutionMetric() && chosen()}>
        {(b) => (
          <DistrictPlaces
            bucket={b()}
            label={districtLabel(b())}
            ids={idsOf(b())}
            userNames={userNamesOf(b())}
            isDistrict={isDistrict(b())}
            onFrame={() => frame(b())}
            onClose={() => setChosen(undefined)}
            ref={(el) => (placesEl = el)}
          />
        )}
      </Show>

      <UserPointPanel districtLabel={districtLabel} />
      <ComparePanel places={statPlaces()} districtLabel={districtLabel} />
      <LayersPanel />
      <Show when={userCounts() !== undefined}>
        <label class="check">
          <input
            type="checkbox"
            checked={byUser()}
            onChange={(e) => store.set('metric', e.currentTarget.checked ? USER_METRIC : undefined)}
            data-testid="shade-by-user"
          />
          {t(lang(), 'districts.shadeByUser')}
        </label>
      </Show>
      <PortfolioPanel districtName={(d) => districtLabel(d ?? OUTSIDE)} />
      <ImportBox />
      <div class="buttons">
        <button type="button" onClick={exportTable} disabled={userReading()} data-testid="export-table-csv">
          {t(lang(), 'districts.exportTable')}
        </button>
      </div>
      <Show when={isInstitutionMetric()} fallback={<ExportBox places={shownPlaces()} />}>
        <InstitutionExport features={institutionFeatures().filter((f) => inMetric({ kind: f.properties.kind, groups: [], institution: true }, metric()))} />
      </Show>
    </aside>
  );
}
