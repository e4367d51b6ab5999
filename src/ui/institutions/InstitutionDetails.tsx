// One institution a target counts: kind, names, host, district (or "unknown"), site and how it was
// placed (or why it is not), year approved, the target(s) it counts toward and every source with its
// quote. Text only: names, quotes and addresses go in as text, never as markup.
import { For, Show } from 'solid-js';
import type { InstitutionFeature } from '../../data/institutionSchema.ts';
import { INSTITUTION_KINDS_INFO } from '../../plan/institutions.ts';
import { districtLabel } from '../../plan/districtNames.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';
import { LangText, MarkedText } from '../LangText.tsx';
import { INSTITUTIONS } from '../../data/institutionsData.ts';

export function InstitutionDetails(props: { id: string; onTarget: (targetId: string) => void; onOpen: (id: string) => void }) {
  const { store, tr, graph } = useApp();
  const lang = () => store.state.lang;
  const f = () => INSTITUTIONS.features.find((x) => x.id === props.id);
  const sameSite = (me: InstitutionFeature) => {
    const c = me.geometry?.coordinates;
    return c
      ? INSTITUTIONS.features.filter((x) => x.id !== me.id && x.geometry && x.geometry.coordinates[0] === c[0] && x.geometry.coordinates[1] === c[1])
      : [];
  };
  return (
    <Show
      when={f()}
      fallback={
        <p class="notice-inline" role="status" data-testid="institution-not-found">
          {t(lang(), 'institutions.notFound', { id: props.id })}
        </p>
      }
    >
      {(inst) => {
        const p = () => inst().properties;
        const kind = () => INSTITUTION_KINDS_INFO[p().kind];
        return (
          <article class="details institution" aria-labelledby="details-title" data-item={p().id} data-testid="institution-details">
            <header>
              <p class="kind-tag" style={{ '--kind': kind().color }}>
                <span class="ring-swatch" style={{ 'border-color': kind().color }} aria-hidden="true" />
                {tr(kind())}
              </p>
              <h2 id="details-title">{lang() === 'zh' ? p().name_zh : p().name_en}</h2>
              <p class="alt-name" lang={lang() === 'zh' ? 'en' : 'zh'}>
                {lang() === 'zh' ? p().name_en : p().name_zh}
              </p>
            </header>
            <dl class="facts">
              <dt>{t(lang(), 'institutions.host')}</dt>
              <dd>
                <LangText text={p().host} />
              </dd>
              <dt>{t(lang(), 'institutions.district')}</dt>
              <dd data-testid="institution-district">
                <Show when={p().district} fallback={t(lang(), 'institutions.districtUnknown')}>
                  {(d) => districtLabel(d(), lang())}
                </Show>
              </dd>
              <dt>{t(lang(), 'institutions.site')}</dt>
              <dd>
                <Show when={p().site}>
                  {(s) => (
                    <>
                      <LangText text={s()} /> ·{' '}
                    </>
                  )}
                </Show>
                <Show when={inst().geometry} fallback={t(lang(), 'institutions.noSite')}>
                  <span class={`conf conf-${p().confidence}`}>
                    {t(lang(), 'app.confidence')}: {t(lang(), `app.${p().confidence}`)}
                  </span>
                </Show>
                <p class="note">
                  <LangText text={p().coord_basis} />
                </p>
              </dd>
              <dt>{t(lang(), 'institutions.approved')}</dt>
              <dd>
                {p().approved ?? t(lang(), 'institutions.notSourced')}
                <Show when={p().before_2019}> · {t(lang(), 'institutions.before2019')}</Show>
                <p class="note">
                  <LangText text={p().year_note} />
                </p>
              </dd>
              <dt>{t(lang(), 'institutions.countsToward')}</dt>
              <dd>
                <For each={p().targets}>
                  {(id) => {
                    const hit = graph.focus(id);
                    return (
                      <button type="button" class="link" data-testid="institution-target" onClick={() => props.onTarget(id)}>
                        {id} {hit?.type === 'target' ? tr(hit.target.indicator) : ''}
                      </button>
                    );
                  }}
                </For>
              </dd>
              <Show when={p().caveat}>
                {(c) => (
                  <>
                    <dt>{t(lang(), 'institutions.caveat')}</dt>
                    <dd class="caveat">
                      <LangText text={c()} />
                    </dd>
                  </>
                )}
              </Show>
            </dl>
            <Show when={sameSite(inst()).length > 0}>
              <h3>{t(lang(), 'institutions.sameSite')}</h3>
              <ul class="plain">
                <For each={sameSite(inst())}>
                  {(o) => (
                    <li>
                      <button type="button" class="link" onClick={() => props.onOpen(o.id)}>
                        {lang() === 'zh' ? o.properties.name_zh : o.properties.name_en}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <section class="sources" data-testid="institution-sources">
              <h3>{t(lang(), 'institutions.sources')}</h3>
              <ol>
                <For each={p().sources}>
                  {(s) => (
                    <li>
                      <span class="url">
                        <MarkedText text={s.url} />
                      </span>
                      {/* The source's own words: English prose marked as such; its Chinese runs marked zh. */}
                      <blockquote lang={/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(s.quote) ? 'en' : 'zh'}>
                        <MarkedText text={s.quote} />
                      </blockquote>
                    </li>
                  )}
                </For>
              </ol>
            </section>
          </article>
        );
      }}
    </Show>
  );
}
