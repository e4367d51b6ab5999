// The portfolio's summary (companies, how many near a place, the gaps), the area's precision where it
// was simplified, and the table per district: companies, near a place, places and gaps.
import { For, Show } from 'solid-js';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { DataTable } from '../DataTable.tsx';
import type { PortfolioRun } from './usePortfolioRun.ts';
import type { PortfolioWords } from './portfolioWords.ts';

export function PortfolioDistricts(props: { run: PortfolioRun; words: PortfolioWords; districtName: (zh: string | null) => string }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const num = (n: number) => props.words.num(n);
  return (
    <>
      <p class="portfolio-summary" data-testid="portfolio-summary">
        {t(lang(), 'portfolio.summary', {
          n: props.run.result.nearest.length,
          near: props.run.result.near,
          r: props.run.radius,
          g: props.run.result.gaps.length,
          t: props.run.targets.length,
        })}
      </p>
      <Show when={props.run.buffer.snapKm > 0}>
        <p class="note small" data-testid="portfolio-precision">
          {t(lang(), 'portfolio.precision', { m: Math.ceil((props.run.buffer.snapKm * 1000) / 10) * 10 })}
        </p>
      </Show>

      <h4>{t(lang(), 'portfolio.byDistrict')}</h4>
      <DataTable
        class="district-table portfolio-districts"
        testid="portfolio-districts"
        cols={[
          { text: t(lang(), 'portfolio.colDistrict'), class: 'name' },
          { text: t(lang(), 'portfolio.colCompanies'), class: 'num' },
          { text: t(lang(), 'portfolio.colNear', { r: props.run.radius }), class: 'num' },
          { text: t(lang(), 'portfolio.colPlaces'), class: 'num' },
          { text: t(lang(), 'portfolio.colGaps'), class: 'num' },
        ]}
      >
        <tbody>
          <For each={props.run.result.byDistrict}>
            {(d) => (
              <tr data-district={d.district ?? 'outside'}>
                <th scope="row">{props.districtName(d.district)}</th>
                <td class="num companies">{num(d.companies)}</td>
                <td class="num near">{num(d.near)}</td>
                <td class="num places">{num(d.targets)}</td>
                <td class="num gaps" classList={{ 'warn-text': d.gaps > 0 }}>
                  {num(d.gaps)}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </DataTable>
    </>
  );
}
