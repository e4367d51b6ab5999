import { describe, it, expect } from 'vitest';
import { createRoot } from 'solid-js';
import { createAppStore } from '../../src/state/appStore.ts';

function make(hash: string) {
  const written: string[] = [];
  let listener: ((h: string) => void) | undefined;
  const store = createRoot(() =>
    createAppStore({
      initialHash: hash,
      defaultLang: 'zh',
      isKnownFeature: (id) => ['a', 'b'].includes(id),
      isKnownFocus: (id) => id === 'A1',
      writeHash: (h) => written.push(h),
      listenHash: (cb) => { listener = cb; return () => { listener = undefined; }; },
    }),
  );
  return { store, written, fire: (h: string) => listener?.(h) };
}

describe('appStore', () => {
  it('restores state from the link and writes it back unchanged', () => {
    const { store, written } = make('#select=a&focus=A1&lang=en&kinds=lab,university&view=113.3,23.1,10');
    expect(store.selected()).toBe('a');
    expect(store.focus()).toBe('A1');
    expect(store.lang()).toBe('en');
    expect(store.filters().kinds).toEqual(['lab', 'university']);
    expect(written.at(-1)).toBe('#select=a&focus=A1&lang=en&view=113.3,23.1,10&kinds=lab,university');
  });
  it('drops unknown ids with a note, keeps everything else', () => {
    const { store } = make('#select=zzz&focus=A9&lang=en');
    expect(store.selected()).toBeUndefined();
    expect(store.focus()).toBeUndefined();
    expect(store.lang()).toBe('en');
    expect(store.ignored().join(' ')).toMatch(/select: no feature "zzz".*focus: nothing named "A9"/);
  });
  it('falls back to the browser language without lang', () => {
    expect(make('').store.lang()).toBe('zh');
  });
  it('toggles filters and mirrors changes into the hash', () => {
    const { store, written } = make('');
    store.toggleFilter('actions', 'A3');
    store.toggleFilter('actions', 'A5');
    store.toggleFilter('actions', 'A3');
    expect(store.filters().actions).toEqual(['A5']);
    expect(written.at(-1)).toContain('actions=A5');
    store.clearFilters();
    expect(written.at(-1)).not.toContain('actions=');
  });
  it('follows a hash the user edits', () => {
    const { store, fire } = make('#lang=zh');
    fire('#select=b&lang=en');
    expect(store.selected()).toBe('b');
    expect(store.lang()).toBe('en');
  });
});

describe('appStore: Districts keys', () => {
  it('keeps district, sort and compare in the link in Districts mode only', () => {
    const { store, written } = make('#mode=districts&district=黄埔区&sort=nodes-desc&compare=黄埔区,南沙区');
    expect(store.district()).toBe('黄埔区');
    expect(store.sort()).toBe('nodes-desc');
    expect(store.compare()).toEqual(['黄埔区', '南沙区']);
    expect(decodeURIComponent(written.at(-1)!)).toBe('#mode=districts&lang=zh&district=黄埔区&sort=nodes-desc&compare=黄埔区,南沙区');
    store.setCompare(['黄埔区']);
    expect(decodeURIComponent(written.at(-1)!)).toBe('#mode=districts&lang=zh&district=黄埔区&sort=nodes-desc');
    store.setMode('explore');
    expect(written.at(-1)).not.toMatch(/district=|sort=|compare=/);
    // Kept in the store: back in Districts, the same view.
    store.setMode('districts');
    expect(written.at(-1)).toMatch(/district=/);
  });
});
