// Everything about one place: names, kind, district, how sure we are of its location, the tasks and
// actions of the plan that name it, their targets and responsible units, the plan's words, and the
// sources (a panel file, src/ui/panelFiles.ts).
import { For, Show } from 'solid-js';
import type { PlaceFeature } from '../data/appData.ts';
import { KINDS, GROUPS, type Kind, type Group } from '../plan/kinds.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { TargetTable } from './TargetTable.tsx';
import { PlanPassage } from './PlanPassage.tsx';
import { placeHighlightEn as englishHighlight } from '../plan/englishMark.ts';
import { UnitChips } from './UnitChips.tsx';
import { LangText, MarkedText } from './LangText.tsx';
import { districtLabel } from '../plan/districtNames.ts';
import { PrintBriefButton } from './PrintBriefButton.tsx';
import { ActionStatusLine } from './ActionStatus.tsx';
import { numeralIn } from '../plan/numerals.ts';
import { usePanelFile } from './panelFiles.ts';

export function PlaceDetails(props: { place: PlaceFeature }) {
  const { graph, store, tr } = useApp();
  const p = () => props.place.properties;
  const lang = () => store.state.lang;
  const tasks = () => graph.tasksOfPlace(p().id);
  const targets = () => graph.targetsOfPlace(p().id);
  const units = () => graph.unitsOfPlace(p().id);
  // The actions of its tasks, once each.
  const actions = () => [...new Map(tasks().flatMap(({ parent }) => (parent.id.startsWith('A') ? [[parent.id, parent] as const] : []))).values()];
  const kind = () => KINDS[p().kind as Kind];
  const sourcesFile = usePanelFile('placeSources');
  const cited = () => sourcesFile.value()?.places.find((e) => e.id === p().id);
  return (
    <article class="details" aria-labelledby="details-title" data-item={p().id}>
      <header>
        <p class="kind-tag" style={{ '--kind': kind()?.color ?? '#64748b' }}>
          {kind() ? tr(kind()) : p().kind}
        </p>
        <h2 id="details-title">{lang() === 'zh' ? p().name_zh : p().name_en}</h2>
        <p class="alt-name" lang={lang() === 'zh' ? 'en' : 'zh'}>
          {lang() === 'zh' ? p().name_en : p().name_zh}
        </p>
        <Show when={p().context_only}>
          <p class="note" data-testid="context-only">
            {t(lang(), 'app.contextOnly')}
          </p>
        </Show>
        <PrintBriefButton subject={{ kind: 'place', id: p().id }} />
      </header>
      <dl class="facts">
        <dt>{t(lang(), 'app.district')}</dt>
        <dd>
          <Show when={p().district} fallback={t(lang(), 'app.notLocated')}>
            {(d) => (
              <button type="button" class="link" onClick={() => store.set('districts', [d()])}>
                {districtLabel(d(), lang())}
              </button>
            )}
          </Show>
        </dd>
        <Show when={p().campuses}>
          {(cs) => (
            <>
              <dt>{t(lang(), 'app.campuses')}</dt>
              <dd data-testid="place-campuses">
                <ul class="plain">
                  <For each={cs()}>
                    {(c) => (
                      <li>
                        <LangText text={c.campus} /> · {districtLabel(c.district, lang())}
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().district_rule}>
          {(r) => (
            <>
              <dt>{t(lang(), 'app.districtRule')}</dt>
              <dd data-testid="place-district-rule">
                <p class="note">
                  <LangText text={r()} />
                </p>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().site}>
          {(s) => (
            <>
              <dt>{t(lang(), 'app.siteKind')}</dt>
              <dd data-testid="place-site" data-site={s().kind}>
                <strong>{t(lang(), `app.site.${s().kind}`)}</strong>
                <Show when={s().address}>
                  {(a) => (
                    <p class="note">
                      <LangText text={{ zh: t('zh', 'app.siteAddress', { address: a().zh }), en: t('en', 'app.siteAddress', { address: a().en }) }} />
                    </p>
                  )}
                </Show>
                <Show when={s().why}>
                  {(w) => (
                    <p class="note">
                      <LangText text={w()} />
                    </p>
                  )}
                </Show>
                <Show when={!p().district && s().kind !== 'not-physical'}>
                  <p class="note">{t(lang(), 'app.siteDistrictNone')}</p>
                </Show>
              </dd>
            </>
          )}
        </Show>
        <dt>{t(lang(), 'app.confidence')}</dt>
        <dd>
          <span class={`conf conf-${p().confidence}`}>{t(lang(), `app.${p().confidence}`)}</span>
          <Show when={props.place.geometry === null && !p().site}> · {t(lang(), 'app.noSite')}</Show>
          <Show when={props.place.geometry?.type === 'Point' && p().uncertainty_km}>{(r) => <> · {t(lang(), 'app.uncertainty', { n: r() })}</>}</Show>
          <Show when={p().extent === 'approximate' && p().area_km2}>{(a) => <> · {t(lang(), 'app.approxArea', { n: a() })}</>}</Show>
          <p class="note">
            <LangText text={p().location_note} />
          </p>
        </dd>
        <Show when={p().groups.length > 0}>
          <dt>{t(lang(), 'app.groups')}</dt>
          <dd>
            <For each={p().groups}>{(g) => <span class="chip">{GROUPS[g as Group] ? tr(GROUPS[g as Group]) : g}</span>}</For>
            <Show when={p().group_note}>
              {(n) => (
                <p class="note">
                  <LangText text={n()} />
                </p>
              )}
            </Show>
          </dd>
        </Show>
      </dl>

      <section>
        <h3>{t(lang(), 'app.tasksNaming')}</h3>
        <Show when={tasks().length > 0} fallback={<p class="muted">{t(lang(), 'app.notInTasks')}</p>}>
          <ul class="plain">
            <For each={tasks()}>
              {({ task, parent }) => (
                <li>
                  <button type="button" class="link" onClick={() => store.set('focus', parent.id.startsWith('A') ? parent.id : task.id)}>
                    {parent.id} {tr(parent.title)}
                  </button>
                  {' › '}
                  <button type="button" class="link" onClick={() => store.set('focus', task.id)}>
                    {tr(task.title)}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <Show when={actions().length > 0}>
        <section data-testid="place-action-status">
          <h3>{t(lang(), 'status.ofActions')}</h3>
          <ul class="plain">
            <For each={actions()}>
              {(a) => (
                <li>
                  <button type="button" class="link" onClick={() => store.set('focus', a.id)}>
                    {numeralIn(a.numeral, lang())} {tr(a.title)}
                  </button>
                  <br />
                  <span class="small">
                    <ActionStatusLine actionId={a.id} />
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <Show when={targets().length > 0}>
        <section>
          <h3>{t(lang(), 'app.targets')}</h3>
          <TargetTable targets={targets().map((x) => x.target)} onPick={(id) => store.set('focus', id)} />
        </section>
      </Show>

      <Show when={units().length > 0}>
        <section>
          <h3>{t(lang(), 'app.responsible')}</h3>
          <UnitChips units={units()} />
        </section>
      </Show>

      <section>
        <h3>{t(lang(), 'app.planWords')}</h3>
        <For each={p().lines}>
          {(l) => <PlanPassage lines={l} highlight={p().named_in_plan ? p().name_zh : p().plan_terms[0]} highlightEn={englishHighlight(p())} />}
        </For>
      </section>

      {/* The sources come from a file of their own (data/place-sources.json), fetched with the first panel
          that shows them: said so when it cannot be loaded, and the rest of the panel stands. */}
      <Show
        when={!sourcesFile.failed()}
        fallback={
          <p class="note" role="status" data-testid="place-sources-failed">
            {t(lang(), 'app.sourcesFailed')}
          </p>
        }
      >
        <details class="sources" data-testid="place-sources">
          <summary>{t(lang(), 'app.sources')}</summary>
          <Show when={cited()} fallback={<p class="muted small">{t(lang(), 'app.sourcesLoading')}</p>}>
            {(c) => (
              <ul>
                <For each={c().sources}>
                  {(s) => (
                    <li>
                      <LangText text={s.title} />
                      <Show when={s.url}>
                        {(u) => (
                          <>
                            {' '}
                            —{' '}
                            <span class="url">
                              <MarkedText text={u()} />
                            </span>
                          </>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            )}
          </Show>
        </details>
      </Show>
    </article>
  );
}
