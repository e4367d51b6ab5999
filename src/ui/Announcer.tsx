// What a screen reader hears when the selection or the focus changes.
import { createMemo } from 'solid-js';
import { t } from '../i18n/index.ts';
import { useApp } from './context.ts';

export function Announcer() {
  const { store, place, corridor, explore } = useApp();
  const text = createMemo(() => {
    const lang = store.state.lang;
    const id = store.state.select;
    const p = id ? place(id) : undefined;
    if (p) return `${t(lang, 'app.selected')}: ${lang === 'zh' ? p.properties.name_zh : p.properties.name_en}`;
    const c = id ? corridor(id) : undefined;
    if (c) return `${t(lang, 'app.selected')}: ${lang === 'zh' ? c.properties.name_zh : c.properties.name_en}`;
    const f = explore.focusFeatures();
    return f ? t(lang, 'app.featuresOf', { n: f.places.length }) : '';
  });
  return (
    <p class="sr-only" aria-live="polite" data-testid="announcer">
      {text()}
    </p>
  );
}
