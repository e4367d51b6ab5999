// The first companies of the measured layer with their nearest place and its distance (all of them
// are in the companies' CSV). Names are JSX text, never HTML.
import { For, Show } from 'solid-js';
import type { UserLayer } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { DataTable } from '../DataTable.tsx';
import type { PortfolioRun } from './usePortfolioRun.ts';
import type { PortfolioWords } from './portfolioWords.ts';

/** Companies listed with their nearest place in the panel. */
const NEAREST_LISTED = 20;

export function PortfolioNearest(props: { run: PortfolioRun; layer: UserLayer; words: PortfolioWords }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const d = () => props.layer.data;
  return (
    <>
      <DataTable
        wrap="table-wrap portfolio-scroll"
        class="district-table portfolio-nearest"
        testid="portfolio-nearest"
        cols={[
          { text: t(lang(), 'portfolio.colCompany'), class: 'name' },
          { text: t(lang(), 'portfolio.colNearest') },
          { text: t(lang(), 'portfolio.colKm'), class: 'num' },
        ]}
      >
        <tbody>
          <For each={Array.from({ length: Math.min(NEAREST_LISTED, d().names.length) }, (_, i) => i)}>
            {(i) => {
              // Read from the current result (a row stays for the same i when the result changes).
              const tg = () => {
                const k = props.run.result.nearest[i]!;
                return k >= 0 ? props.run.targets[k] : undefined;
              };
              return (
                <tr data-row={d().rows[i]} data-nearest={tg()?.id ?? ''}>
                  <th scope="row">{d().names[i] || t(lang(), 'portfolio.unnamed', { row: d().rows[i]! })}</th>
                  <td>{tg() ? props.words.name(tg()!) : '—'}</td>
                  <td class="num">{props.words.km(props.run.result.nearestKm[i]!)}</td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </DataTable>
      <Show when={d().names.length > NEAREST_LISTED}>
        <p class="note small">{t(lang(), 'portfolio.nearestMore', { k: NEAREST_LISTED, n: d().names.length })}</p>
      </Show>
    </>
  );
}
