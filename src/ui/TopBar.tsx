// The top bar: name, mode switch, search, drawers, image export and language.
import { For } from 'solid-js';
import type { Mode } from '../state/urlState.ts';
import { useApp } from './context.ts';
import { t, type StringKey } from './i18n.ts';
import { SearchBox } from './SearchBox.tsx';

const MODES: Array<[Mode, StringKey]> = [['explore', 'modeExplore'], ['districts', 'modeDistricts'], ['present', 'modePresent']];

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
  const lang = () => store.lang();
  return (
    <header class="top-bar">
      <h1>
        <span class="app-name">{t(lang(), 'appName')}</span>
        <span class="app-sub">{t(lang(), 'appSubtitle')}</span>
      </h1>
      <div class="mode-switch" role="group" aria-label={t(lang(), 'mode')}>
        <For each={MODES}>
          {([mode, label]) => (
            <button type="button" aria-pressed={store.mode() === mode} onClick={() => store.setMode(mode)}>{t(lang(), label)}</button>
          )}
        </For>
      </div>
      <SearchBox />
      <button type="button" aria-expanded={props.filtersOpen} aria-controls="filters-drawer" onClick={() => props.onToggleFilters()}>{t(lang(), 'layers')}</button>
      <button type="button" aria-expanded={props.listOpen} aria-controls="list-drawer" onClick={() => props.onToggleList()}>{t(lang(), 'list')}</button>
      <button type="button" onClick={() => props.onExport()} disabled={props.exporting || !props.canExport}
        aria-label={props.exporting ? undefined : t(lang(), 'exportImageLabel')} title={t(lang(), 'exportImageLabel')}>
        {props.exporting ? t(lang(), 'exporting') : t(lang(), 'exportImage')}
      </button>
      <div class="lang-switch" role="group" aria-label={t(lang(), 'language')}>
        <button type="button" aria-pressed={lang() === 'zh'} onClick={() => store.setLang('zh')} lang="zh">中文</button>
        <button type="button" aria-pressed={lang() === 'en'} onClick={() => store.setLang('en')} lang="en">English</button>
      </div>
    </header>
  );
}
