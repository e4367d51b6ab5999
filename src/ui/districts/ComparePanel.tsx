// Two or three districts side by side (compare= in the link): a table with small bars, the nodes and
// zones each hosts, the tasks its government is responsible for, the user's own layers; CSV export.
import { For, Show, createEffect, createMemo, on, onCleanup } from 'solid-js';
import { compareDistricts, barShare, type CompareRow } from '../../plan/compareDistricts.ts';
import type { StatPlace } from '../../plan/districtStats.ts';
import { KINDS, GROUPS, type Kind, type Group } from '../../plan/kinds.ts';
import { INSTITUTION_METRIC_LABELS } from '../../plan/institutions.ts';
import { GUANGZHOU_DISTRICT_NAMES } from '../../data/vocab.ts';
import { BOM, csvLine } from '../../data/exportPlaces.ts';
import { userLayers } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { FeatureButtons } from '../FeatureButtons.tsx';
import { t } from '../../i18n/index.ts';
import { withoutBidiControls } from '../../i18n/bidi.ts';
import { download } from './ExportBox.tsx';
import { COMPARE_LINE } from '../../plan/kinds.ts';

export function ComparePanel(props: { places: readonly StatPlace[]; districtLabel: (b: string) => string }) {
  const { data, graph, store, tr, mapView, notices } = useApp();
  const lang = () => store.state.lang;
  const chosen = () => store.state.compare.filter((d) => (GUANGZHOU_DISTRICT_NAMES as readonly string[]).includes(d));
  const toggle = (d: string) => {
    const c = chosen();
    store.set('compare', c.includes(d) ? c.filter((x) => x !== d) : c.length < 3 ? [...c, d] : c);
  };
  // The compared districts are outlined on the map together and framed together (from a link too,
  // once the map is up); a change of the set frames it again.
  const shown = createMemo(() => (chosen().length >= 2 ? chosen() : []), undefined, {
    equals: (a, b) => a.length === b.length && a.every((d, i) => d === b[i]),
  });
  createEffect(() => mapView.setComparedDistricts(shown()));
  onCleanup(() => mapView.setComparedDistricts([]));
  createEffect(
    on([shown, () => notices.mapStage() === 'ready'], ([ds, ready]) => {
      if (ready && ds.length >= 2) mapView.frameDistricts(ds);
    }),
  );
  const cmp = createMemo(() =>
    compareDistricts(props.places, chosen(), {
      govUnitOf: (d) => data.plan.units.find((u) => u.district === d)?.id,
      tasksOfUnit: graph.tasksOfUnit,
      userLayers: userLayers().map((l) => ({ id: l.id, districts: l.data.districts })),
    }),
  );
  const rowLabel = (r: CompareRow): string => {
    if (r.section === 'total') return t(lang(), 'districts.cmpTotal');
    if (r.section === 'tasks') return t(lang(), 'districts.cmpTasks');
    if (r.section === 'kind') return KINDS[r.id as Kind] ? tr(KINDS[r.id as Kind]) : r.id;
    if (r.section === 'group') return GROUPS[r.id as Group] ? tr(GROUPS[r.id as Group]) : r.id;
    if (r.section === 'institution') return INSTITUTION_METRIC_LABELS[r.id] ? tr(INSTITUTION_METRIC_LABELS[r.id]!) : r.id;
    return t(lang(), 'districts.cmpUserLayer', { l: withoutBidiControls(userLayers().find((l) => l.id === r.id)?.name ?? r.id) });
  };
  const exportCsv = () => {
    const c = cmp();
    const lines = [csvLine(['', ...c.districts.map(props.districtLabel)]), ...c.rows.map((r) => csvLine([rowLabel(r), ...r.values]))];
    lines.push(
      csvLine([
        t(lang(), 'districts.cmpHosted'),
        ...c.hosted.map((ids) =>
          ids.map((id) => {
            const p = data.places.find((f) => f.properties.id === id);
            return p ? (lang() === 'zh' ? p.properties.name_zh : p.properties.name_en) : id;
          }),
        ),
      ]),
    );
    lines.push(
      csvLine([
        t(lang(), 'districts.cmpTaskList'),
        ...c.tasks.map((ids) =>
          ids.map((id) => {
            const t = graph.task(id);
            return t ? `${id} ${tr(t.task.title)}` : id;
          }),
        ),
      ]),
    );
    download(`guangzhou-districts-compare-${new Date().toISOString().slice(0, 10)}.csv`, BOM + lines.map((l) => l + '\r\n').join(''), 'text/csv;charset=utf-8');
  };
  return (
    <section class="compare" aria-labelledby="compare-title" data-testid="compare">
      <h3 id="compare-title">{t(lang(), 'districts.cmpTitle')}</h3>
      <fieldset class="compare-pick">
        <legend class="note">{t(lang(), 'districts.cmpPick')}</legend>
        <For each={GUANGZHOU_DISTRICT_NAMES}>
          {(d) => (
            <label class="chip">
              <input
                type="checkbox"
                checked={chosen().includes(d)}
                disabled={!chosen().includes(d) && chosen().length >= 3}
                onChange={() => toggle(d)}
                data-district={d}
              />
              {props.districtLabel(d)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={chosen().length >= 2} fallback={<p class="muted small">{t(lang(), 'districts.cmpNeedTwo')}</p>}>
        <p class="note small" data-testid="compare-on-map">
          <span class="compare-swatch" style={{ 'border-color': COMPARE_LINE }} aria-hidden="true" /> {t(lang(), 'districts.cmpOnMap')}
        </p>
        <div class="table-wrap">
          <table class="compare-table" data-testid="compare-table">
            <caption class="sr-only">{t(lang(), 'districts.cmpTitle')}</caption>
            <thead>
              <tr>
                <th scope="col" />
                <For each={cmp().districts}>
                  {(d) => (
                    <th scope="col" data-district={d}>
                      {props.districtLabel(d)}
                    </th>
                  )}
                </For>
              </tr>
            </thead>
            <tbody>
              <For each={cmp().rows}>
                {(r) => (
                  <tr data-section={r.section} data-row={r.id}>
                    <th scope="row">{rowLabel(r)}</th>
                    <For each={r.values}>
                      {(v) => (
                        <td class="num">
                          <span class="bar" style={{ width: `${Math.round(barShare(r.values, v) * 100)}%` }} aria-hidden="true" />
                          <span class="v">{v}</span>
                        </td>
                      )}
                    </For>
                  </tr>
                )}
              </For>
              <tr class="lists">
                <th scope="row">{t(lang(), 'districts.cmpHosted')}</th>
                <For each={cmp().hosted}>
                  {(ids) => (
                    <td>
                      <Show when={ids.length > 0} fallback={<span class="muted">–</span>}>
                        <FeatureButtons ids={ids} />
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
              <tr class="lists">
                <th scope="row">{t(lang(), 'districts.cmpTaskList')}</th>
                <For each={cmp().tasks}>
                  {(ids) => (
                    <td>
                      <Show when={ids.length > 0} fallback={<span class="muted">–</span>}>
                        <ul class="task-list">
                          <For each={ids}>
                            {(id) => (
                              <li>
                                <span class="task-id">{id}</span> {graph.task(id) ? tr(graph.task(id)!.task.title) : ''}
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
            </tbody>
          </table>
        </div>
        <div class="buttons">
          <button type="button" onClick={exportCsv} data-testid="compare-csv">
            {t(lang(), 'districts.cmpExport')}
          </button>
          <button type="button" class="link small" onClick={() => store.set('compare', [])}>
            {t(lang(), 'districts.cmpClear')}
          </button>
        </div>
      </Show>
    </section>
  );
}
