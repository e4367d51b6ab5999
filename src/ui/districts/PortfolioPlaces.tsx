// The portfolio per place: the companies within the radius of each place and the nearest company,
// most first; a place with none is a gap, and "gaps only" lists just those.
import { For, Show, createMemo } from 'solid-js';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { DataTable } from '../DataTable.tsx';
import type { PortfolioRun } from './usePortfolioRun.ts';
import type { PortfolioWords } from './portfolioWords.ts';

/** `gapsOnly` is the panel's (it stays ticked while a new result is computed). */
export function PortfolioPlaces(props: { run: PortfolioRun; words: PortfolioWords; gapsOnly: boolean; onGapsOnly: (on: boolean) => void }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const gapsOnly = () => props.gapsOnly;
  const rows = createMemo(() => {
    const r = props.run;
    return r.targets
      .map((tg, k) => ({ tg, c: r.result.perTarget[k]! }))
      .filter((x) => !gapsOnly() || x.c.within === 0)
      .sort((a, b) => b.c.within - a.c.within || (a.c.nearestKm ?? Infinity) - (b.c.nearestKm ?? Infinity));
  });
  const w = () => props.words;
  return (
    <>
      <h4>{t(lang(), 'portfolio.placesTitle', { r: props.run.radius })}</h4>
      <label class="check small">
        <input type="checkbox" checked={gapsOnly()} onChange={(e) => props.onGapsOnly(e.currentTarget.checked)} data-testid="portfolio-gaps-only" />
        {t(lang(), 'portfolio.gapsOnly')}
      </label>
      <Show
        when={props.run.result.gaps.length > 0 || !gapsOnly()}
        fallback={<p class="note small">{t(lang(), 'portfolio.noGaps', { r: props.run.radius })}</p>}
      >
        <DataTable
          wrap="table-wrap portfolio-scroll"
          class="district-table portfolio-places"
          testid="portfolio-places"
          cols={[
            { text: t(lang(), 'portfolio.colPlace'), class: 'name' },
            { text: t(lang(), 'portfolio.colSet') },
            { text: t(lang(), 'portfolio.colWithin', { r: props.run.radius }), class: 'num' },
            { text: t(lang(), 'portfolio.colNearestCompany'), class: 'num' },
          ]}
        >
          <tbody>
            <For each={rows()}>
              {(x) => (
                <tr data-id={x.tg.id} data-within={x.c.within} classList={{ gap: x.c.within === 0 }}>
                  <th scope="row">{w().name(x.tg)}</th>
                  <td class="set">{w().setShort(x.tg.set)}</td>
                  <td class="num within">{x.c.within === 0 ? <span class="warn-text">0 · {t(lang(), 'portfolio.gap')}</span> : w().num(x.c.within)}</td>
                  <td class="num">{w().km(x.c.nearestKm)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </DataTable>
      </Show>
    </>
  );
}
