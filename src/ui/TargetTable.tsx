// A target's yearly values as the plan writes them, with a small bar chart where there is a series,
// and — clearly apart — what public sources report for those years.
import { For, Show, createMemo } from 'solid-js';
import type { Target, Value } from '../data/planSchema.ts';
import { YEARS } from '../data/vocab.ts';
import type { Outcome } from '../data/outcomeSchema.ts';
import { useApp } from './context.ts';
import { MarkedText } from './LangText.tsx';
import { outcomeWhere } from '../plan/outcomeWhere.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { columnUnit, columnValue, formatFigure, qualifierLabel } from '../plan/figures.ts';

/** The outcome file's qualifier codes, for the reader. */
const REPORTED_QUALIFIER: Record<string, MessageKey> = {
  '=': 'app.reportedExact', 'about (rounded)': 'app.reportedAbout', '> (突破)': 'app.reportedOver', 'cumulative approvals': 'app.reportedCumulative',
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
      <svg class="chart" viewBox={`0 0 ${W} ${H + 12}`} width={W} height={H + 12} role="img"
        aria-label={YEARS.map((y, i) => `${y}: ${formatValue(values()[i])}`).join(', ')}>
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
                <text x={i() * 40 + 20} y={H + 10} text-anchor="middle" class="bar-label">{y}</text>
              </g>
            );
          }}
        </For>
      </svg>
    </Show>
  );
}

export function TargetTable(props: { targets: readonly Target[]; onPick?: (id: string) => void }) {
  const { store, tr, data } = useApp();
  const lang = () => store.state.lang;
  const outcomesOf = (id: string) => data.outcomes.filter((o) => o.target === id);
  const shown = createMemo(() => props.targets.flatMap((tg) => outcomesOf(tg.id)));
  /** The comparable figures of a year, most confident first. */
  const reported = (id: string, year: string): Outcome[] =>
    outcomesOf(id).filter((o) => o.comparable && String(o.year) === year).sort((a, b) => (a.confidence === 'high' ? -1 : 0) - (b.confidence === 'high' ? -1 : 0));
  return (
    <>
      <table class="targets">
        <thead>
          <tr>
            <th scope="col">{t(lang(), 'app.targets')}</th>
            <For each={YEARS}>{(y) => <th scope="col" class="num">{y}</th>}</For>
            <th scope="col"><span class="sr-only">{t(lang(), 'app.chart')}</span></th>
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
                  </th>
                  <For each={YEARS}>
                    {(y) => (
                      <td class="num">
                        {columnValue(target.values[y], target.unit, lang())}
                        <Show when={qualifierLabel(target.qualifiers[y] ?? [], lang())}>
                          {(q) => <span class="qual" lang={lang()}>{q()}</span>}
                        </Show>
                      </td>
                    )}
                  </For>
                  <td rowSpan={outcomesOf(target.id).some((o) => o.comparable) ? 2 : 1}>
                    <TargetChart target={target} actual={YEARS.map((y) => reported(target.id, y)[0]?.value)} />
                  </td>
                </tr>
                <Show when={outcomesOf(target.id).some((o) => o.comparable)}>
                  <tr class="actual">
                    <th scope="row">{t(lang(), 'app.reported')}</th>
                    <For each={YEARS}>
                      {(y) => (
                        <td class="num">
                          <For each={reported(target.id, y)} fallback="–">
                            {(o, i) => <><Show when={i() > 0}><br /></Show><span title={o.quote}>{columnValue(o.value, o.unit, lang())}</span></>}
                          </For>
                        </td>
                      )}
                    </For>
                  </tr>
                </Show>
              </>
            )}
          </For>
        </tbody>
      </table>
      <Show when={shown().length > 0}>
        <details class="outcomes">
          <summary>{t(lang(), 'app.reportedSources')}</summary>
          <p class="muted small">{t(lang(), 'app.reportedNote')}</p>
          <ul class="plain">
            <For each={shown()}>
              {(o) => (
                <li>
                  <strong>{o.year} · {formatFigure(o.value, o.unit, [], lang())}</strong>{' '}
                  <span class="muted small">({REPORTED_QUALIFIER[o.qualifier] ? t(lang(), REPORTED_QUALIFIER[o.qualifier]!) : o.qualifier}; {t(lang(), 'app.confidence')} {t(lang(), `app.${o.confidence}`)})</span>
                  <Show when={!o.comparable}> <em class="warn-text">— {t(lang(), 'app.notComparable')}</em></Show>
                  <br /><span lang="zh">{o.indicator_zh}</span>
                  <blockquote lang="zh">{o.quote}</blockquote>
                  <span class="muted small"><span lang="zh">{o.source.title}</span> · {/^\d{4}-\d{2}-\d{2}$/.test(o.source.date) ? o.source.date : t(lang(), 'app.dateNotShown')} · <span class="url"><MarkedText text={outcomeWhere(o.source.where, lang())} /></span></span>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </>
  );
}
