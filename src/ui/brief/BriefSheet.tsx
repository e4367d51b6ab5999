// One printed sheet (A4 portrait or A3 landscape): the title and the QR code of the view, the map with
// its legend and scale bar, then — flowing in columns — the targets with their status each year, the
// linked tasks, the responsible units, the places, the plan's words and the sources, and the page's foot.
// What does not fit is cut by the budget (fitSteps) and says how much more there is behind the link.
import { For, Show, type JSX } from 'solid-js';
import type { Lang } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { BriefContent, FitBudget } from '../../plan/brief.ts';
import type { ScoreRow } from '../../plan/scorecard.ts';
import { PLAN_YEARS } from '../../plan/scorecard.ts';
import { thresholdOf, type Op } from '../../plan/targetStatus.ts';
import { STATUS_SYMBOL, statusWord } from '../../plan/statusText.ts';
import { columnUnit, columnValue, formatFigure } from '../../plan/figures.ts';
import { MarkedText, LangText } from '../LangText.tsx';
import { useApp } from '../context.ts';
import { BriefQr } from './BriefQr.tsx';
import { englishOf } from '../../plan/passage.ts';

export type Paper = 'a4' | 'a3';

export interface SheetHeading {
  kicker: string;
  title: string;
  /** The name in the other language, marked with it. */
  alt?: { text: string; lang: Lang };
}

export interface SheetMap {
  state: 'drawing' | 'ready' | 'failed';
  url?: string;
  error?: string;
  /** The scale bar: a round length and its width in CSS px (= its printed width at 96 px to the inch). */
  scale?: { km: number; px: number };
}

export interface SheetLegend {
  marks: string[];
  kinds: Array<{ label: string; color: string; glyph: string }>;
  corridors: Array<{ label: string; color: string }>;
  classes?: { title: string; items: Array<{ label: string; color: string }> };
  low: boolean;
}

const OP_SIGN: Record<Op, string> = { '>=': '≥', '>': '>', '<=': '≤', about: '≈' };

/** Chinese text kept inside English is marked lang="zh" (names, quotes, outlets). */
const zhSpan = (s: string, lang: Lang) => (lang === 'en' ? <MarkedText text={s} /> : s);

function YearCell(props: { row: ScoreRow | undefined; unit: string; lang: Lang }) {
  return (
    <Show when={props.row} fallback={<td class="b-year b-none">·</td>}>
      {(r) => {
        const reported = () => r().outcomes[0];
        return (
          <td class="b-year" data-status={r().result.status}>
            <span class="b-fig">
              <span class="b-pv">
                {OP_SIGN[thresholdOf(r().value, r().qualifiers).op]}
                {columnValue(r().value, props.unit, props.lang)}
              </span>
              <Show when={reported()?.comparable ? reported() : undefined}>
                {(o) => <span class="b-rv"> → {columnValue(o().value, o().unit, props.lang)}</span>}
              </Show>
            </span>{' '}
            <span class="b-st">
              <span class="b-sym" aria-hidden="true">
                {STATUS_SYMBOL[r().result.status]}
              </span>{' '}
              {statusWord(r().result.status, props.lang)}
            </span>
          </td>
        );
      }}
    </Show>
  );
}

export function BriefSheet(props: {
  paper: Paper;
  lang: Lang;
  heading: SheetHeading;
  summary: string;
  content: BriefContent;
  budget: FitBudget;
  map: SheetMap;
  legend: SheetLegend;
  link: string;
  printed: string;
  clipped: boolean;
  /** The plan's English lines (unofficial translation, aligned with the seed) when the sheet is in English. */
  englishLines?: readonly string[];
  /** A place's sources (a panel file) could not be loaded: the sheet says so where they would stand. */
  sourcesFailed?: boolean;
  mapBoxRef: (el: HTMLDivElement) => void;
  bodyRef: (el: HTMLDivElement) => void;
}) {
  const { data, place, tr } = useApp();
  const lang = () => props.lang;
  const more = (n: number): JSX.Element => (n > 0 ? <p class="b-more">{t(lang(), 'brief.more', { n })}</p> : null);

  // The targets, cut to the budget while keeping each action's heading with its first targets.
  const targetGroups = () => {
    let left = props.budget.targets;
    return props.content.targets.flatMap((g) => {
      const ts = g.targets.slice(0, Math.max(0, left));
      left -= ts.length;
      return ts.length ? [{ action: g.action, targets: ts }] : [];
    });
  };
  const targetCount = () => props.content.targets.reduce((n, g) => n + g.targets.length, 0);
  const placeName = (id: string) => {
    const p = place(id)?.properties;
    return p ? (lang() === 'zh' ? p.name_zh : p.name_en) : id;
  };
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const dateText = (d: string) => (/^\d{4}-\d{2}(-\d{2})?$/.test(d) ? d : t(lang(), 'app.dateNotShown'));
  const sep = () => (lang() === 'zh' ? '、' : ', ');
  const isUnit = () => props.content.subject.kind === 'unit';
  /** "lead", "3 tasks, leads 1", or nothing for one task it joins. */
  const unitNote = (u: { tasks: number; leads: number }) =>
    u.tasks > 1 ? t(lang(), u.leads > 0 ? 'brief.unitTasks' : 'brief.unitTasksNoLead', { n: u.tasks, l: u.leads }) : u.leads > 0 ? t(lang(), 'brief.lead') : '';
  const showPlaces = () => props.content.subject.kind !== 'place';

  return (
    <article
      class={`brief-sheet ${props.paper}`}
      data-paper={props.paper}
      lang={lang() === 'zh' ? 'zh-CN' : 'en'}
      style={{ '--s': String(props.budget.scale), '--map': String(props.budget.map) }}
      data-testid="brief-sheet"
    >
      <header class="b-head">
        <div class="b-titles">
          <p class="b-kicker">{props.heading.kicker}</p>
          <h1 class="b-title" data-testid="brief-title">
            {props.heading.title}
          </h1>
          <Show when={props.heading.alt}>
            {(a) => (
              <p class="b-alt" lang={a().lang}>
                {a().text}
              </p>
            )}
          </Show>
          <p class="b-summary">{props.summary}</p>
        </div>
        <figure class="b-qr">
          <BriefQr link={props.link} label={t(lang(), 'brief.qrCaption')} />
          <figcaption>{t(lang(), 'brief.qrCaption')}</figcaption>
        </figure>
      </header>

      <section class="b-mapbox">
        <div class="b-map" ref={props.mapBoxRef} data-map={props.map.state}>
          <Show
            when={props.map.url}
            fallback={
              <p class="b-map-msg">
                {props.map.state === 'failed' ? `${t(lang(), 'brief.mapFailed')}${props.map.error ?? ''}` : t(lang(), 'brief.drawingMap')}
              </p>
            }
          >
            {(u) => <img src={u()} alt={props.heading.title} />}
          </Show>
          <Show when={props.map.url ? props.map.scale : undefined}>
            {(sc) => (
              <div class="b-scale">
                <span>{t(lang(), 'app.km', { n: sc().km })}</span>
                <div class="b-scale-bar" style={{ width: `${sc().px}px` }} />
              </div>
            )}
          </Show>
          <Show when={props.map.url}>
            <div class="b-north" aria-hidden="true">
              ↑<br />
              {t(lang(), 'brief.north')}
            </div>
          </Show>
        </div>
        <ul class="b-legend">
          <For each={props.legend.marks}>{(m) => <li class="b-mark">{m}</li>}</For>
          <For each={props.legend.kinds}>
            {(k) => (
              <li>
                <span class="b-dot" style={{ background: k.color }}>
                  {k.glyph}
                </span>
                {k.label}
              </li>
            )}
          </For>
          <For each={props.legend.corridors}>
            {(c) => (
              <li>
                <span class="b-line" style={{ background: c.color }} />
                {c.label}
              </li>
            )}
          </For>
          <Show when={props.legend.classes}>
            {(cl) => (
              <li class="b-classes">
                {cl().title}:{' '}
                <For each={cl().items}>
                  {(i) => (
                    <>
                      <span class="b-box" style={{ background: i.color }} />
                      {i.label}{' '}
                    </>
                  )}
                </For>
              </li>
            )}
          </Show>
          <Show when={props.legend.low}>
            <li>{t(lang(), 'brief.legendLow')}</li>
          </Show>
        </ul>
      </section>

      <div class="b-body" ref={props.bodyRef}>
        <section class="b-sec b-targets">
          <h2>{t(lang(), 'brief.targets')}</h2>
          <Show when={targetCount() > 0} fallback={<p class="b-muted">{t(lang(), 'brief.noTargets')}</p>}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(lang(), 'brief.colTarget')}</th>
                  <For each={PLAN_YEARS}>
                    {(y) => (
                      <th scope="col" class="b-year">
                        {y}
                        <span class="b-key">
                          {t(lang(), 'brief.planned')} → {t(lang(), 'brief.reported')}
                        </span>
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <For each={targetGroups()}>
                {(g) => (
                  <tbody>
                    <tr class="b-action">
                      <th colSpan={4} scope="colgroup">
                        {g.action.id} {tr(g.action.title)}
                      </th>
                    </tr>
                    <For each={g.targets}>
                      {({ target, rows }) => (
                        <tr data-target={target.id}>
                          <th scope="row">
                            {tr(target.indicator)}
                            <Show when={columnUnit(target.unit, lang())}>{(u) => <span class="b-unit"> ({u()})</span>}</Show>
                          </th>
                          <For each={PLAN_YEARS}>{(y) => <YearCell row={rows.find((r) => r.year === y)} unit={target.unit} lang={lang()} />}</For>
                        </tr>
                      )}
                    </For>
                  </tbody>
                )}
              </For>
            </table>
            {more(targetCount() - props.budget.targets)}
          </Show>
        </section>

        <Show when={props.content.tasks.length > 0}>
          <section class="b-sec">
            <h2>{t(lang(), 'brief.tasks')}</h2>
            <ul class="b-list">
              <For each={props.content.tasks.slice(0, props.budget.tasks)}>
                {(x) => (
                  <li>
                    <strong>{x.task.id}</strong> {tr(x.task.title)}
                    <Show when={x.role}>{(r) => <span class="b-role"> · {t(lang(), r() === 'lead' ? 'brief.lead' : 'brief.partner')}</span>}</Show>
                  </li>
                )}
              </For>
            </ul>
            {more(props.content.tasks.length - props.budget.tasks)}
          </section>
        </Show>

        <Show when={props.content.units.length > 0}>
          <section class="b-sec">
            <h2>{t(lang(), isUnit() ? 'brief.partners' : 'brief.units')}</h2>
            <p class="b-flow">
              <For each={props.content.units.slice(0, props.budget.units)}>
                {(u, i) => (
                  <>
                    <Show when={i() > 0}>{sep()}</Show>
                    <span class="b-unitname">{tr(u.unit.name)}</span>
                    <Show when={unitNote(u)}>{(n) => <span class="b-muted"> ({n()})</span>}</Show>
                  </>
                )}
              </For>
            </p>
            {more(props.content.units.length - props.budget.units)}
          </section>
        </Show>

        <Show when={showPlaces()}>
          <section class="b-sec">
            <h2>{t(lang(), 'brief.places', { n: props.content.places.length })}</h2>
            <Show when={props.content.places.length + props.content.corridors.length > 0} fallback={<p class="b-muted">{t(lang(), 'brief.noPlaces')}</p>}>
              <p class="b-flow">
                {props.content.places.slice(0, props.budget.places).map(placeName).join(sep())}
                <Show when={props.content.corridors.length > 0}>
                  {props.budget.places > 0 && props.content.places.length > 0 ? (lang() === 'zh' ? '；' : '; ') : ''}
                  {t(lang(), props.budget.places > 0 && props.content.places.length > 0 ? 'brief.corridorSegments' : 'brief.corridorSegmentsOnly', {
                    n: props.content.corridors.length,
                  })}
                </Show>
              </p>
              {more(props.content.places.length - props.budget.places)}
            </Show>
          </section>
        </Show>

        <Show when={props.content.passages.length > 0}>
          <section class="b-sec">
            <h2>{t(lang(), 'brief.planWords')}</h2>
            <For each={props.content.passages.slice(0, props.budget.passages)}>
              {(p) => (
                <figure class="b-passage">
                  <Show
                    when={lang() === 'en' ? props.englishLines : undefined}
                    fallback={<blockquote lang="zh">{cut(p.text, props.budget.passageChars)}</blockquote>}
                  >
                    {(en) => <blockquote lang="en">{cut(englishOf(data.seedLines, en(), p).text, props.budget.passageChars)}</blockquote>}
                  </Show>
                  <figcaption>
                    {t(lang(), 'brief.lines', { a: p.lines[0], b: p.lines[1] })}
                    {lang() === 'en' && props.englishLines ? ` · ${t(lang(), 'brief.unofficialTranslation')}` : ''}
                  </figcaption>
                </figure>
              )}
            </For>
            {more(props.content.passages.length - props.budget.passages)}
          </section>
        </Show>

        <Show when={targetCount() > 0}>
          <section class="b-sec">
            <h2>{t(lang(), 'brief.sources')}</h2>
            <Show when={props.content.outcomes.length > 0} fallback={<p class="b-muted">{t(lang(), 'brief.noSources')}</p>}>
              <ul class="b-list b-sources">
                <For each={props.content.outcomes.slice(0, props.budget.sources)}>
                  {(o) => (
                    <li>
                      <strong>
                        {o.year} · {o.target} · {zhSpan(formatFigure(o.value, o.unit, [], lang()), lang())}
                      </strong>
                      <Show when={!o.comparable}> ({t(lang(), 'status.notComparable')})</Show>
                      {' — '}
                      <span lang="zh">{o.source.outlet}</span> · <span lang="zh">{o.source.title}</span> · {dateText(o.source.date)} ·{' '}
                      <span class="b-url">{o.source.url}</span>
                    </li>
                  )}
                </For>
              </ul>
              {more(props.content.outcomes.length - props.budget.sources)}
            </Show>
          </section>
        </Show>

        <Show when={props.content.placeSources.length > 0}>
          <section class="b-sec">
            <h2>{t(lang(), 'brief.placeSources')}</h2>
            <ul class="b-list b-sources">
              <For each={props.content.placeSources.slice(0, props.budget.sources)}>
                {(s) => (
                  <li>
                    <LangText text={s.title} />
                    <Show when={s.url}>
                      {(u) => (
                        <>
                          {' '}
                          · <span class="b-url">{u()}</span>
                        </>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            {more(props.content.placeSources.length - props.budget.sources)}
          </section>
        </Show>
        <Show when={props.sourcesFailed}>
          <section class="b-sec">
            <h2>{t(lang(), 'brief.placeSources')}</h2>
            <p class="b-more" role="status" data-testid="brief-sources-failed">
              {t(lang(), 'app.sourcesFailed')}
            </p>
          </section>
        </Show>
      </div>

      <footer class="b-foot">
        <Show when={props.clipped}>
          <p class="b-clipped">{t(lang(), 'brief.fitClipped')}</p>
        </Show>
        <p>{t(lang(), 'brief.statusNote')}</p>
        <p>
          {t(lang(), 'brief.planSource')} {t(lang(), 'app.posterSources')}
        </p>
        <p class="b-printed">
          <span>{t(lang(), 'brief.printed', { date: props.printed })}</span> · <span class="b-url">{props.link}</span>
        </p>
      </footer>
    </article>
  );
}
