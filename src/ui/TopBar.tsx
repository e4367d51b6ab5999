// The top bar: name, mode switch, search, drawers, image export and language.
import { For } from 'solid-js';
import type { Mode } from '../state/urlState.ts';
import { useApp } from './context.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { SearchBox } from './SearchBox.tsx';

const MODES: Array<[Mode, MessageKey]> = [
  ['explore', 'app.modeExplore'],
  ['districts', 'app.modeDistricts'],
  ['scorecard', 'app.modeScorecard'],
  ['present', 'app.modePresent'],
];

export function TopBar(props: {
  filtersOpen: boolean;
  listOpen: boolean;
  onToggleFilters: () => void;
  onToggleList: () => void;
  onExport: () => void;
  exporting: boolean;
  canExport: boolean;
}) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  return (
    <header class="top-bar">
      <h1>
        <span class="app-name">{t(lang(), 'app.appName')}</span>
        <span class="app-sub">{t(lang(), 'app.appSubtitle')}</span>
      </h1>
      <div class="mode-switch" role="group" aria-label={t(lang(), 'app.mode')}>
        <For each={MODES}>
          {([mode, label]) => (
            <button type="button" data-mode={mode} aria-pressed={store.state.mode === mode} onClick={() => store.set('mode', mode)}>
              {t(lang(), label)}
            </button>
          )}
        </For>
      </div>
      <SearchBox />
      <button type="button" aria-expanded={props.filtersOpen} aria-controls="filters-drawer" onClick={() => props.onToggleFilters()}>
        {t(lang(), 'app.layers')}
      </button>
      <button type="button" aria-expanded={props.listOpen} aria-controls="list-drawer" onClick={() => props.onToggleList()}>
        {t(lang(), 'app.list')}
      </button>
      <button
        type="button"
        onClick={() => props.onExport()}
        disabled={props.exporting || !props.canExport}
        aria-label={props.exporting ? undefined : t(lang(), 'app.exportImageLabel')}
        title={t(lang(), 'app.exportImageLabel')}
      >
        {props.exporting ? t(lang(), 'app.exporting') : t(lang(), 'app.exportImage')}
      </button>
      <div class="lang-switch" role="group" aria-label={t(lang(), 'app.language')}>
        <button type="button" aria-pressed={lang() === 'zh'} onClick={() => store.set('lang', 'zh')} lang="zh">
          中文
        </button>
        <button type="button" aria-pressed={lang() === 'en'} onClick={() => store.set('lang', 'en')} lang="en">
          English
        </button>
      </div>
    </header>
  );
}
