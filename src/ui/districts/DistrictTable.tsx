// The ranked table: one row per district, sortable by every column (buttons in the headers, aria-sort),
// then the Guangzhou total and, never dropped, the places not located in a district or outside Guangzhou.
import { For, Show, createMemo } from 'solid-js';
import {
  KEY_COLUMNS,
  sortRows,
  rankedFor,
  rankKey,
  nextSort,
  parseSort,
  formatSort,
  UNLOCATED,
  OUTSIDE,
  type DistrictTable as Table,
  type Sort,
  type SortKey,
  type Tally,
  type KeyColumnId,
} from '../../plan/districtStats.ts';
import { useApp } from '../context.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { rampColor } from './Legend.tsx';

const COL_LABEL: Record<KeyColumnId, [MessageKey, MessageKey]> = {
  labs: ['districts.colLabs', 'districts.colLabsTitle'],
  institutes: ['districts.colInstitutes', 'districts.colInstitutesTitle'],
  universities: ['districts.colUniversities', 'districts.colUniversitiesTitle'],
  nodes: ['districts.colNodes', 'districts.colNodesTitle'],
};

export function DistrictTable(props: {
  table: Table;
  metricLabel: string;
  /** Share 0–1 per district, as shaded on the map. */
  shares: ReadonlyMap<string, number>;
  showUser: boolean;
  selected: string | undefined;
  districtLabel: (bucket: string) => string;
  onPick: (bucket: string) => void;
  /** The metric's kind, when it is one: its key column would repeat the count column, so it is left out. */
  metricKind?: string;
  /** Its counts are not known yet (your layers still being read): marked busy for assistive technology. */
  busy?: boolean;
}) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  // The order is kept in the link (sort=); the ranked order is the default and is not written.
  const sort = (): Sort => parseSort(store.state.sort) ?? { key: 'rank', dir: 'asc' };
  const setSort = (f: (s: Sort) => Sort) => {
    const next = f(sort());
    store.set('sort', next.key === 'rank' && next.dir === 'asc' ? undefined : formatSort(next));
  };
  const columns = createMemo(() => KEY_COLUMNS.filter((c) => !((c.kinds as readonly string[]).length === 1 && c.kinds[0] === props.metricKind)));
  // The rank column ranks by the sorted number (the metric's count when sorted by rank or name):
  // recomputed on every sort, so a column sorted most first reads 1, 2, 3 …
  const rows = createMemo(() => sortRows(rankedFor(props.table.rows, sort()), sort(), props.districtLabel, lang() === 'zh' ? 'zh-CN' : 'en'));
  const rankLabel = (): string => {
    const k = rankKey(sort());
    if (k === 'count') return props.metricLabel;
    if (k === 'user') return t(lang(), 'districts.colUser');
    return t(lang(), COL_LABEL[k][1]);
  };

  const Header = (h: { key: SortKey; label: string; title?: string; class?: string; name?: string }) => {
    const state = () => (sort().key === h.key ? (sort().dir === 'asc' ? 'ascending' : 'descending') : undefined);
    return (
      <th scope="col" aria-sort={state()} class={h.class}>
        <button
          type="button"
          class="sort"
          aria-label={h.name}
          title={h.title ?? t(lang(), 'districts.sortBy', { c: h.label })}
          onClick={() => setSort((s) => nextSort(s, h.key))}
        >
          <span>{h.label}</span>
          {/* Only the sorted column shows an arrow: the table is narrow, and aria-sort tells the rest. */}
          <Show when={state()}>
            <span class="arrow" aria-hidden="true">
              {state() === 'ascending' ? '▲' : '▼'}
            </span>
          </Show>
        </button>
      </th>
    );
  };

  /** @param noUser imported points are never "not located": the cell says "–", not 0. */
  const Cells = (c: { t: Tally; noUser?: boolean }) => (
    <>
      <td class="num count">{props.busy ? '…' : c.t.count}</td>
      <For each={columns()}>{(col) => <td class="num">{c.t.cols[col.id]}</td>}</For>
      <Show when={props.showUser}>
        <td class="num user">{c.noUser ? '–' : c.t.user}</td>
      </Show>
    </>
  );

  const ExtraRow = (r: { t: Tally; label: string; noUser?: boolean }) => (
    <tr class="extra" data-bucket={r.t.bucket} aria-current={props.selected === r.t.bucket ? 'true' : undefined} onClick={() => props.onPick(r.t.bucket)}>
      <td class="rank">–</td>
      <th scope="row">
        <button
          type="button"
          class="link"
          title={t(lang(), 'districts.showPlaces', { d: r.label })}
          onClick={(e) => {
            e.stopPropagation();
            props.onPick(r.t.bucket);
          }}
        >
          {r.label}
        </button>
      </th>
      <Cells t={r.t} noUser={r.noUser} />
    </tr>
  );

  return (
    <div class="table-wrap">
      <p class="note rank-by" data-testid="rank-by" data-rank-key={rankKey(sort())}>
        {t(lang(), 'districts.rankByNote', { c: rankLabel() })}
      </p>
      <table class="district-table" data-testid="district-table" aria-busy={props.busy ? 'true' : undefined}>
        <caption class="sr-only">{t(lang(), 'districts.tableCaption', { m: props.metricLabel })}</caption>
        <thead>
          <tr>
            <Header
              key="rank"
              label={t(lang(), 'districts.colRank')}
              name={t(lang(), 'districts.colRankBy', { c: rankLabel() })}
              title={t(lang(), 'districts.sortBy', { c: t(lang(), 'districts.colRankBy', { c: rankLabel() }) })}
              class="rank"
            />
            <Header key="district" label={t(lang(), 'districts.colDistrict')} class="name" />
            <Header key="count" label={props.metricLabel} class="count" />
            <For each={columns()}>
              {(c) => <Header key={c.id} label={t(lang(), COL_LABEL[c.id][0])} title={t(lang(), 'districts.sortBy', { c: t(lang(), COL_LABEL[c.id][1]) })} />}
            </For>
            <Show when={props.showUser}>
              <Header key="user" label={t(lang(), 'districts.colUser')} class="user" />
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(r) => (
              <tr data-district={r.bucket} aria-current={props.selected === r.bucket ? 'true' : undefined} onClick={() => props.onPick(r.bucket)}>
                <td class="rank num">{props.busy ? '…' : r.rank}</td>
                <th scope="row">
                  <span class="choro-swatch" style={{ background: rampColor(props.shares.get(r.bucket) ?? 0) }} aria-hidden="true" />
                  <button
                    type="button"
                    class="link"
                    title={t(lang(), 'districts.showPlaces', { d: props.districtLabel(r.bucket) })}
                    onClick={(e) => {
                      e.stopPropagation();
                      props.onPick(r.bucket);
                    }}
                  >
                    {props.districtLabel(r.bucket)}
                  </button>
                </th>
                <Cells t={r} />
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr class="total">
            <td class="rank" />
            <th scope="row">{t(lang(), 'districts.total')}</th>
            <Cells t={props.table.total} />
          </tr>
          <ExtraRow t={props.table.unlocated} label={props.districtLabel(UNLOCATED)} noUser />
          <ExtraRow t={props.table.outside} label={props.districtLabel(OUTSIDE)} />
        </tfoot>
      </table>
    </div>
  );
}
