// An action, target, task or responsible unit in focus: what it says, and every feature it concerns
// (highlighted and framed on the map by the app).
import { For, Show, type JSX } from 'solid-js';
import type { Task } from '../data/planSchema.ts';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { TargetTable } from './TargetTable.tsx';
import { PlanPassage } from './PlanPassage.tsx';
import { UnitChips } from './UnitChips.tsx';
import { FeatureButtons } from './FeatureButtons.tsx';
import { columnUnit, formatFigure, qualifierEn } from '../plan/figures.ts';
import { numeralIn } from '../plan/numerals.ts';
import { districtLabel } from '../plan/districtNames.ts';
import { PrintBriefButton } from './PrintBriefButton.tsx';
import { UnitTasks, UnitTargets } from './UnitTargets.tsx';
import { TargetInstitutions } from './LoadedScreens.tsx';
import { countsInstitutions } from '../plan/institutionKinds.ts';

function TaskBlock(props: { task: Task }) {
  const { graph, store, tr } = useApp();
  const lang = () => store.state.lang;
  const units = () => props.task.responsible.flatMap((id) => graph.unit(id) ?? []);
  return (
    <section class="task">
      <h3>
        <button type="button" class="link" onClick={() => store.set('focus', props.task.id)}>
          {props.task.id} {tr(props.task.title)}
        </button>
      </h3>
      <Show when={props.task.instruments.length > 0}>
        <h4>{t(lang(), 'app.instruments')}</h4>
        <ul class="plain instruments">
          <For each={props.task.instruments}>
            {(i) => (
              <li>
                <strong>
                  {lang() === 'zh'
                    ? `${i.qualifier ? `${i.qualifier} ` : ''}${i.values.map((v) => (typeof v === 'number' ? v : `${v[0]}～${v[1]}`)).join(' / ')} ${i.unit}`
                    : `${i.qualifier ? `${qualifierEn(i.qualifier)} ` : ''}${i.values.map((v) => formatFigure(v, i.unit, [], 'en')).join(' / ')}`}
                </strong>
                {' — '}
                {tr(i.description)}
                <Show when={i.per}>
                  {(per) => (
                    <>
                      {' '}
                      ({t(lang(), 'app.per')}
                      {tr(per())})
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h4>{t(lang(), 'app.responsible')}</h4>
      {/* The plan's own line in Chinese; in English the units' English names (the chips) say it. */}
      <Show when={lang() === 'zh'}>
        <p class="muted small" lang="zh">
          {props.task.responsibleAsWritten}
        </p>
      </Show>
      <UnitChips units={units()} />
    </section>
  );
}

export function FocusDetails(props: { id: string }) {
  const { graph, store, tr, place } = useApp();
  const lang = () => store.state.lang;
  const focus = () => graph.focus(props.id);
  const features = () => graph.featuresOf(props.id);
  const count = () => features().places.length + features().corridors.length;
  // Places the plan names in no way (Dongguan, Zhongshan on its corridors) are listed apart.
  const isContext = (id: string) => place(id)?.properties.context_only === true;
  const named = () => features().places.filter((id) => !isContext(id));
  const context = () => features().places.filter(isContext);
  const featureList = (): JSX.Element => (
    <section>
      <h3>
        {count() === 0
          ? t(lang(), 'app.noFeatures')
          : features().corridors.length > 0
            ? t(lang(), 'app.featuresAndCorridors', { n: features().places.length, m: features().corridors.length })
            : t(lang(), 'app.featuresOf', { n: features().places.length })}
      </h3>
      <FeatureButtons ids={[...features().corridors, ...named()]} />
      <Show when={context().length > 0}>
        <h4 data-testid="context-places">{t(lang(), 'app.contextPlaces')}</h4>
        <FeatureButtons ids={context()} />
      </Show>
    </section>
  );
  return (
    // Keyed: a new focus (A3 → A1, an action → one of its targets) builds its panel anew. Unkeyed, the
    // callback ran once and kept the first focus's header and targets under the new id.
    <Show when={focus()} keyed>
      {(v) => {
        switch (v.type) {
          case 'action':
            return (
              <article class="details" data-item={props.id}>
                <header>
                  <p class="kind-tag as-written">{t(lang(), 'app.actionNumbered', { n: numeralIn(v.action.numeral, lang()) })}</p>
                  <h2 id="details-title">{tr(v.action.title)}</h2>
                  <PrintBriefButton subject={{ kind: v.type, id: props.id }} />
                </header>
                <TargetTable targets={v.action.targets} onPick={(id) => store.set('focus', id)} />
                {featureList()}
                <For each={v.action.tasks}>{(task) => <TaskBlock task={task} />}</For>
                <h3>{t(lang(), 'app.planWords')}</h3>
                <PlanPassage lines={v.action.goalLines} />
              </article>
            );
          case 'target':
            return (
              <article class="details" data-item={props.id}>
                <header>
                  <p class="kind-tag">
                    <button type="button" class="link" onClick={() => store.set('focus', v.action.id)}>
                      {v.action.id} {tr(v.action.title)}
                    </button>
                  </p>
                  <h2 id="details-title">
                    {tr(v.target.indicator)} <Show when={columnUnit(v.target.unit, lang())}>{(u) => <span class="unit">({u()})</span>}</Show>
                  </h2>
                  <PrintBriefButton subject={{ kind: v.type, id: props.id }} />
                </header>
                <TargetTable targets={[v.target]} />
                <Show when={v.target.goal}>
                  {(g) => (
                    <p>
                      {t(lang(), 'app.goal2021')}: <strong>{formatFigure(g().value, v.target.unit, g().qualifiers, lang())}</strong>
                    </p>
                  )}
                </Show>
                <Show when={countsInstitutions(v.target.id)}>
                  <TargetInstitutions target={v.target} />
                </Show>
                <h3>{t(lang(), 'app.planWords')}</h3>
                <PlanPassage lines={v.target.lines} highlight={v.target.indicator.zh} highlightEn={[v.target.indicator.en]} />
                {featureList()}
              </article>
            );
          case 'task':
            return (
              <article class="details" data-item={props.id}>
                <header>
                  <p class="kind-tag">
                    <button type="button" class="link" onClick={() => store.set('focus', v.parent.id.startsWith('A') ? v.parent.id : undefined)}>
                      {v.parent.id} {tr(v.parent.title)}
                    </button>
                  </p>
                  <h2 id="details-title">{tr(v.task.title)}</h2>
                  <PrintBriefButton subject={{ kind: v.type, id: props.id }} />
                </header>
                <TaskBlock task={v.task} />
                {featureList()}
                <h3>{t(lang(), 'app.planWords')}</h3>
                <PlanPassage lines={v.task.lines} />
              </article>
            );
          case 'unit':
            return (
              <article class="details" data-item={props.id}>
                <header>
                  <p class="kind-tag">
                    {t(lang(), v.unit.level === 'municipal' ? 'app.municipal' : v.unit.level === 'district' ? 'app.districtLevel' : 'app.otherLevel')}
                  </p>
                  <h2 id="details-title">{tr(v.unit.name)}</h2>
                  <p class="alt-name" lang={lang() === 'zh' ? 'en' : 'zh'}>
                    {lang() === 'zh' ? v.unit.name.en : v.unit.name.zh}
                  </p>
                  <PrintBriefButton subject={{ kind: v.type, id: props.id }} />
                </header>
                <Show when={v.unit.district}>
                  {(d) => (
                    <p>
                      <button type="button" onClick={() => store.set('districts', [d()])}>
                        {t(lang(), 'app.district')}: {districtLabel(d(), lang())}
                      </button>
                    </p>
                  )}
                </Show>
                <h3>{t(lang(), 'status.unitTasks')}</h3>
                <UnitTasks unitId={v.unit.id} />
                <UnitTargets unitId={v.unit.id} />
                {featureList()}
              </article>
            );
        }
      }}
    </Show>
  );
}
