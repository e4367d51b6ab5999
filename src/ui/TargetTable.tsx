// A target's yearly values as the plan writes them, with a small bar chart where there is a series,
// and — clearly apart — what public sources report for those years, the status each year (a word and
// a symbol, the rule in its title) and, below, every figure's quote and source or the searches that
// found none (a panel file, src/ui/panelFiles.ts: fetched when that list is first opened).
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import type { Target, Value } from '../data/planSchema.ts';
import { YEARS } from '../data/vocab.ts';
import type { Outcome } from '../data/outcomeSchema.ts';
import { useApp } from './context.ts';
import { StatusMark } from './StatusMark.tsx';
import { t, type MessageKey } from '../i18n/index.ts';
import { columnUnit, columnValue, formatFigure, qualifierLabel } from '../plan/figures.ts';
import { usePanelFile } from './panelFiles.ts';
import { ruleText } from '../plan/statusText.ts';

/** The outcome file's qualifier codes, for the reader. */
const REPORTED_QUALIFIER: Record<Outcome['qualifier'], MessageKey> = {
  '=': 'app.reportedExact',
  'about (rounded)': 'app.reportedAbout',
  '> (突破)': 'app.reportedOver',
  '> (超过)': 'app.reportedOver',
  'cumulative approvals': 'app.reportedCumulative',
};

export function formatValue(v: Value | undefined): string {
  if (v === undefined) return '–';
  return typeof v === 'number' ? String(v) : `${v[0]}–${v[1]}`;
}
const top = (v: Value | undefined): number => (v === undefined ? 0 : typeof v === 'number' ? v : v[1]);

export function TargetChart(props: { target: Target; actual?: ReadonlyArray<number | undefined> }) {
  const values = () => YEARS.map((y) => props.target.values[y]);
  const max = () => Math.max(...values().map(top), ...(props.actual ?? []).map((v) => v ?? 0), 0) || 1;
  const W = 120;
  const H = 36;
  return (
    <Show when={values().filter((v) => v !== undefined).length > 1}>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H + 12}`}
        width={W}
        height={H + 12}
        role="img"
        aria-label={YEARS.map((y, i) => `${y}: ${formatValue(values()[i])}`).join(', ')}
      >
        <For each={YEARS}>
          {(y, i) => {
            const h = () => (top(values()[i()]) / max()) * H;
            const a = () => props.actual?.[i()];
            return (
              <g>
                <rect x={i() * 40 + 6} y={H - h()} width={28} height={h()} rx={2} class="bar" />
                <Show when={a() !== undefined}>
                  {/* What was reported: a tick across the bar. */}
                  <line x1={i() * 40 + 3} x2={i() * 40 + 37} y1={H - (a()! / max()) * H} y2={H - (a()! / max()) * H} class="actual-tick" />
                </Show>
                <text x={i() * 40 + 20} y={H + 10} text-anchor="middle" class="bar-label">
                  {y}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
    </Show>
  );
}

export function TargetTable(props: { targets: readonly Target[]; onPick?: (id: string) => void }) {
  const { store, tr, data, scorecard } = useApp();
  const lang = () => store.state.lang;
  const ids = () => new Set(props.targets.map((tg) => tg.id));
  const shown = createMemo(() => data.outcomes.filter((o) => ids().has(o.target)).sort((a, b) => Number(a.year > 2021) - Number(b.year > 2021)));
  const rowOf = (id: string, year: string) => scorecard.rows.find((r) => r.target.id === id && String(r.year) === year);
  // The status rule a tap opened (one at a time), shown in a row of its own under the statuses: the
  // year columns are too narrow for a sentence on a phone.
  const [openRule, setOpenRule] = createSignal<{ target: string; year: string } | null>(null);
  const ruleId = createUniqueId();
  /** The cell a target's status rule opens in (the status buttons' aria-controls). */
  const ruleCellId = (target: string) => `${ruleId}-${target}`;
  const ruleControl = (target: string, year: string) => ({
    get open() {
      const o = openRule();
      return o !== null && o.target === target && o.year === year;
    },
    toggle: () => setOpenRule((o) => (o?.target === target && o.year === year ? null : { target, year })),
    id: ruleCellId(target),
  });
  /** The comparable figures of a year in the plan period, the one the status rests on first. */
  const reported = (id: string, year: string): readonly Outcome[] => (rowOf(id, year)?.outcomes ?? []).filter((o) => o.comparable);
  /** What the chart ticks: each year's first comparable figure. */
  const chartActual = (id: string) => YEARS.map((y) => reported(id, y)[0]?.value);
  // The searches (data/searches.json) are asked for when the list is first opened. A yearly value of the
  // plan with no comparable figure has one (check:data), so whether there are any is known before.
  const searched = createMemo(() =>
    props.targets.some((tg) =>
      YEARS.some((y) => tg.values[y] !== undefined && !data.outcomes.some((o) => o.target === tg.id && o.comparable && String(o.year) === y)),
    ),
  );
  const [opened, setOpened] = createSignal(false);
  const searchesFile = usePanelFile('searches', opened);
  const searches = createMemo(() => (searchesFile.value()?.searches ?? []).filter((s) => ids().has(s.target)));
  const dateText = (d: string) => (/^\d{4}-\d{2}(-\d{2})?$/.test(d) ? d : t(lang(), 'app.dateNotShown'));
  return (
    <>
      {/* Scrolls inside itself when the panel is narrower than the table (a phone, long English units); a
          status's rule row is kept within its width (rule-box: a size container, app.css). */}
      <div class="table-scroll rule-box">
        <table class="targets">
          <thead>
            <tr>
              <th scope="col">{t(lang(), 'app.targets')}</th>
              <For each={YEARS}>
                {(y) => (
                  <th scope="col" class="num">
                    {y}
                  </th>
                )}
              </For>
              <th scope="col" class="chart-cell">
                <span class="sr-only">{t(lang(), 'app.chart')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.targets}>
              {(target) => (
                <>
                  <tr>
                    <th scope="row">
                      <button type="button" class="link" onClick={() => props.onPick?.(target.id)} title={`${target.id} · ${tr(target.indicator)}`}>
                        {tr(target.indicator)}
                      </button>
                      <Show when={columnUnit(target.unit, lang())}>{(u) => <span class="unit"> ({u()})</span>}</Show>
                      {/* On a phone the chart stands here, under the name, instead of in a column the
                          screen has no room for (app.css: one of the two is shown). */}
                      <div class="chart-inline">
                        <TargetChart target={target} actual={chartActual(target.id)} />
                      </div>
                    </th>
                    <For each={YEARS}>
                      {(y) => (
                        <td class="num">
                          {columnValue(target.values[y], target.unit, lang())}
                          <Show when={qualifierLabel(target.qualifiers[y] ?? [], lang())}>
                            {(q) => (
                              <span class="qual" lang={lang()}>
                                {q()}
                              </span>
                            )}
                          </Show>
                        </td>
                      )}
                    </For>
                    <td rowSpan={3} class="chart-cell">
                      <TargetChart target={target} actual={chartActual(target.id)} />
                    </td>
                  </tr>
                  <tr class="actual">
                    <th scope="row">{t(lang(), 'app.reported')}</th>
                    <For each={YEARS}>
                      {(y) => (
                        <td class="num">
                          <For each={reported(target.id, y)} fallback="–">
                            {(o, i) => (
                              <>
                                <Show when={i() > 0}>
                                  <br />
                                </Show>
                                <span title={o.quote}>{columnValue(o.value, o.unit, lang())}</span>
                              </>
                            )}
                          </For>
                        </td>
                      )}
                    </For>
                  </tr>
                  <tr class="status-row" data-target={target.id}>
                    <th scope="row">{t(lang(), 'status.row')}</th>
                    <For each={YEARS}>
                      {(y) => (
                        <td class="num">
                          <Show when={rowOf(target.id, y)} fallback="">
                            {(r) => <StatusMark row={r()} lang={lang()} rule={ruleControl(target.id, y)} />}
                          </Show>
                        </td>
                      )}
                    </For>
                  </tr>
                  <Show when={openRule()?.target === target.id && openRule()}>
                    {(o) => (
                      <tr class="status-rule-row">
                        <td colSpan={YEARS.length + 2} id={ruleCellId(target.id)}>
                          <Show when={rowOf(target.id, o().year)}>
                            {(r) => (
                              <span class="status-rule" data-testid="status-rule">
                                <span class="status-rule-year">{o().year}</span> {ruleText(r(), lang())}
                              </span>
                            )}
                          </Show>
                        </td>
                      </tr>
                    )}
                  </Show>
                </>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={shown().length > 0 || searched()}>
        <details class="outcomes" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
          <summary>{t(lang(), 'app.reportedSources')}</summary>
          <p class="muted small">{t(lang(), 'app.reportedNote')}</p>
          <ul class="plain">
            <For each={shown()}>
              {(o) => (
                <li data-outcome={o.id}>
                  <strong>
                    {o.year} · {formatFigure(o.value, o.unit, [], lang())}
                  </strong>{' '}
                  <span class="muted small">
                    ({t(lang(), REPORTED_QUALIFIER[o.qualifier])}; {t(lang(), 'app.confidence')} {t(lang(), `app.${o.confidence}`)})
                  </span>
                  <Show when={o.after_period}>
                    {' '}
                    <em>— {t(lang(), 'status.afterPeriod')}</em>
                  </Show>
                  <Show when={!o.comparable}>
                    {' '}
                    <em class="warn-text">— {t(lang(), 'app.notComparable')}</em>
                    <Show when={o.measures}>
                      {(m) => (
                        <>
                          <br />
                          <span>{t(lang(), 'status.measures', { what: tr(m()) })}</span>
                        </>
                      )}
                    </Show>
                    <Show when={o.comparable_why_not}>
                      {(w) => (
                        <>
                          <br />
                          <span class="muted small">{tr(w())}</span>
                        </>
                      )}
                    </Show>
                  </Show>
                  <blockquote lang="zh">{o.quote}</blockquote>
                  <span class="muted small">
                    <span lang="zh">{o.source.title}</span> · <span lang="zh">{o.source.outlet}</span>
                    <Show when={o.source.repost}> ({t(lang(), 'status.repost')})</Show> · {dateText(o.source.date)} · <span class="url">{o.source.url}</span>
                  </span>
                </li>
              )}
            </For>
            <For each={searches()}>
              {(s) => (
                <li class="searched" data-search={`${s.target}-${s.year}`}>
                  <strong>
                    {s.year} · {tr(props.targets.find((x) => x.id === s.target)!.indicator)}
                  </strong>{' '}
                  — {t(lang(), 'status.whyNoFigure')}
                  {/* The queries as they were typed, each marked with its own language. */}
                  <br />
                  <span class="muted small">
                    {t(lang(), 'status.searchedLabel')}{' '}
                    <For each={s.queries}>
                      {(q, i) => (
                        <>
                          <Show when={i() > 0}> · </Show>
                          <q lang={/[\u4e00-\u9fff]/.test(q) ? 'zh' : 'en'}>{q}</q>
                        </>
                      )}
                    </For>
                  </span>
                </li>
              )}
            </For>
          </ul>
          <Show when={searched() && !searchesFile.value()}>
            <p class={searchesFile.failed() ? 'note' : 'muted small'} role="status" data-testid={searchesFile.failed() ? 'searches-failed' : undefined}>
              {t(lang(), searchesFile.failed() ? 'status.searchesFailed' : 'status.searchesLoading')}
            </p>
          </Show>
        </details>
      </Show>
    </>
  );
}
