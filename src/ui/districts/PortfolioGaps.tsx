// The gap table of the portfolio: per district, its share of the plan's places and of the institutions
// the targets count against its share of the measured layer's companies (src/plan/districtGaps.ts) —
// the districts the plan builds up where the user has few companies, and the reverse — with its CSV.
// The plan side is every place of the plan (not the Explore filters) and every sourced institution.
import { For, Show, createMemo } from 'solid-js';
import type { DistrictSummary } from '../../geo/portfolio.ts';
import { districtGaps, type GapRow } from '../../plan/districtGaps.ts';
import { countByDistrict, resolveMetric, placeStat, institutionStat, CONTEXT_KINDS } from '../../plan/districtStats.ts';
import { GUANGZHOU_DISTRICT_NAMES } from '../../data/vocab.ts';
import { districtGapsCsv } from '../../data/exportPortfolio.ts';
import { institutionsLoader } from '../lazyScreens.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { download } from './ExportBox.tsx';
import { DataTable } from '../DataTable.tsx';

export function PortfolioGaps(props: { byDistrict: readonly DistrictSummary[]; districtName: (zh: string | null) => string; file: string }) {
  const { data, store } = useApp();
  const lang = () => store.state.lang;
  void institutionsLoader.get();
  const places = createMemo(() => countByDistrict(data.places.filter((f) => !CONTEXT_KINDS.includes(f.properties.kind)).map(placeStat), { type: 'all' }));
  const institutions = createMemo(() =>
    countByDistrict((institutionsLoader.module()?.INSTITUTIONS.features ?? []).map(institutionStat), resolveMetric('inst-all')),
  );
  const gaps = createMemo(() => {
    const yours = new Map(props.byDistrict.map((d) => [d.district, d.companies]));
    return districtGaps(
      GUANGZHOU_DISTRICT_NAMES.map((d) => ({ district: d, places: places().get(d) ?? 0, institutions: institutions().get(d) ?? 0, yours: yours.get(d) ?? 0 })),
    );
  });
  const num = (n: number) => formatNumber(n, lang());
  const pct = (x: number) => `${formatNumber(x * 100, lang(), 1, true)}%`;
  const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(x), lang(), 1, true)}`;
  const exportCsv = () =>
    download(
      props.file,
      districtGapsCsv(gaps().rows, (d) => props.districtName(d), {
        district: t(lang(), 'portfolio.colDistrict'),
        places: t(lang(), 'portfolio.colPlanPlaces'),
        institutions: t(lang(), 'portfolio.colInstitutions'),
        yours: t(lang(), 'portfolio.colCompanies'),
        planShare: t(lang(), 'portfolio.hPlanShare'),
        yourShare: t(lang(), 'portfolio.hYourShare'),
        gap: t(lang(), 'portfolio.hGapPp'),
      }),
      'text/csv;charset=utf-8',
    );

  const Table = (p: { rows: readonly GapRow[]; id: string; caption: string }) => (
    <DataTable
      class="district-table portfolio-gaps"
      testid={p.id}
      caption={p.caption}
      cols={[
        { text: t(lang(), 'portfolio.colDistrict'), class: 'name' },
        { text: t(lang(), 'portfolio.colPlan'), class: 'num', title: t(lang(), 'portfolio.colPlanTitle') },
        { text: t(lang(), 'portfolio.colCompanies'), class: 'num' },
        { text: t(lang(), 'portfolio.colGapPp'), class: 'num', title: t(lang(), 'portfolio.gapTitle') },
      ]}
    >
      <tbody>
        <For each={p.rows}>
          {(r) => (
            <tr data-district={r.district} data-gap={r.gap}>
              <th scope="row">{props.districtName(r.district)}</th>
              <td class="num plan">
                {num(r.places)} · {num(r.institutions)} <span class="muted small">({pct(r.planShare)})</span>
              </td>
              <td class="num">
                {num(r.yours)} <span class="muted small">({pct(r.yourShare)})</span>
              </td>
              <td class="num gap-pp">{signed(r.gap)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </DataTable>
  );

  return (
    <section class="portfolio-gap-tables" data-testid="portfolio-gap-tables">
      <h4>{t(lang(), 'portfolio.gapsTitle')}</h4>
      <p class="note small">{t(lang(), 'portfolio.gapsIntro')}</p>
      <h5>{t(lang(), 'portfolio.gapsShort')}</h5>
      <Show when={gaps().short.length > 0} fallback={<p class="muted small">{t(lang(), 'portfolio.gapsNone')}</p>}>
        <Table rows={gaps().short} id="portfolio-gaps-short" caption={t(lang(), 'portfolio.gapsShort')} />
      </Show>
      <h5>{t(lang(), 'portfolio.gapsAhead')}</h5>
      <Show when={gaps().ahead.length > 0} fallback={<p class="muted small">{t(lang(), 'portfolio.gapsNone')}</p>}>
        <Table rows={gaps().ahead} id="portfolio-gaps-ahead" caption={t(lang(), 'portfolio.gapsAhead')} />
      </Show>
      <div class="buttons">
        <button type="button" onClick={exportCsv} data-testid="portfolio-export-gaps">
          {t(lang(), 'portfolio.exportGaps')}
        </button>
      </div>
    </section>
  );
}
