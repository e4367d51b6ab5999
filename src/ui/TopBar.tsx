// The top bar: name, mode switch, search, drawers, image export and language. On a phone (CSS in
// app.css, max-width 600px) it is two rows: the name, search and a menu button; the modes. The drawers,
// the export and the language are in the menu (the button toggles it; Escape or a choice closes it).
import { For, createSignal, onCleanup } from 'solid-js';
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
  const [menuOpen, setMenuOpen] = createSignal(false);
  /** A choice in the menu closes it (on a phone the menu would cover what the choice opened). */
  const chosen = (f: () => void) => () => {
    setMenuOpen(false);
    f();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && menuOpen()) {
      setMenuOpen(false);
      document.querySelector<HTMLElement>('.top-bar .menu-toggle')?.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));
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
      <button
        type="button"
        class="menu-toggle"
        aria-expanded={menuOpen()}
        aria-controls="top-tools"
        aria-label={t(lang(), 'app.menu')}
        title={t(lang(), 'app.menu')}
        onClick={() => setMenuOpen(!menuOpen())}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <div class="top-tools" id="top-tools" classList={{ open: menuOpen() }}>
        <button type="button" aria-expanded={props.filtersOpen} aria-controls="filters-drawer" onClick={chosen(() => props.onToggleFilters())}>
          {t(lang(), 'app.layers')}
        </button>
        <button type="button" aria-expanded={props.listOpen} aria-controls="list-drawer" onClick={chosen(() => props.onToggleList())}>
          {t(lang(), 'app.list')}
        </button>
        <button
          type="button"
          onClick={chosen(() => props.onExport())}
          disabled={props.exporting || !props.canExport}
          aria-label={props.exporting ? undefined : t(lang(), 'app.exportImageLabel')}
          title={t(lang(), 'app.exportImageLabel')}
        >
          {props.exporting ? t(lang(), 'app.exporting') : t(lang(), 'app.exportImage')}
        </button>
        <div class="lang-switch" role="group" aria-label={t(lang(), 'app.language')}>
          <button type="button" aria-pressed={lang() === 'zh'} onClick={chosen(() => store.set('lang', 'zh'))} lang="zh">
            中文
          </button>
          <button type="button" aria-pressed={lang() === 'en'} onClick={chosen(() => store.set('lang', 'en'))} lang="en">
            English
          </button>
        </div>
      </div>
    </header>
  );
}
