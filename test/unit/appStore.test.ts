import { describe, it, expect } from 'vitest';
import { createRoot } from 'solid-js';
import { createAppStore } from '../../src/state/appStore.ts';
import { say } from '../../src/i18n/index.ts';

/** The notes as the English UI shows them. */
const inEnglish = (ms: readonly Parameters<typeof say>[1][]) => ms.map((m) => say('en', m));

function make(hash: string) {
  const written: string[] = [];
  let listener: ((h: string) => void) | undefined;
  const store = createRoot(() =>
    createAppStore({
      initialHash: hash,
      defaultLang: 'zh',
      isKnown: (k, v) => (k === 'select' ? ['a', 'b'].includes(v) : k === 'focus' ? v === 'A1' : true),
      writeHash: (h) => written.push(h),
      listenHash: (cb) => {
        listener = cb;
        return () => {
          listener = undefined;
        };
      },
    }),
  );
  return { store, written, fire: (h: string) => listener?.(h) };
}

describe('appStore', () => {
  it('restores state from the link and writes it back unchanged', () => {
    const { store, written } = make('#select=a&focus=A1&lang=en&kinds=lab,university&view=113.3,23.1,10');
    expect(store.state.select).toBe('a');
    expect(store.state.focus).toBe('A1');
    expect(store.state.lang).toBe('en');
    expect(store.filters().kinds).toEqual(['lab', 'university']);
    expect(written.at(-1)).toBe('#select=a&focus=A1&lang=en&view=113.3,23.1,10&kinds=lab,university');
  });
  it('drops unknown ids with a note, keeps everything else', () => {
    const { store } = make('#select=zzz&focus=A9&lang=en');
    expect(store.state.select).toBeUndefined();
    expect(store.state.focus).toBeUndefined();
    expect(store.state.lang).toBe('en');
    expect(inEnglish(store.ignored()).join(' ')).toMatch(/select: no feature "zzz".*focus: nothing named "A9"/);
  });
  it('falls back to the browser language without lang', () => {
    expect(make('').store.state.lang).toBe('zh');
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
    expect(store.state.select).toBe('b');
    expect(store.state.lang).toBe('en');
  });
});

/** A fake address bar: the store writes to it and reads it; a test can "paste" into it. */
function withBar(initial: string, known: Record<string, string[]> = {}) {
  let bar = initial;
  const writes: Array<[string, 'push' | 'replace']> = [];
  let listener: ((h: string) => void) | undefined;
  const store = createRoot(() =>
    createAppStore({
      initialHash: initial,
      defaultLang: 'zh',
      isKnown: (k, v) => (k === 'select' ? ['a', 'b'].includes(v) : k === 'focus' ? v === 'A1' : (known[k] ?? []).includes(v)),
      writeHash: (h, how) => {
        bar = h;
        writes.push([h, how]);
      },
      readHash: () => bar,
      listenHash: (cb) => {
        listener = cb;
        return () => {
          listener = undefined;
        };
      },
    }),
  );
  return {
    store,
    writes,
    bar: () => bar,
    /** The user puts a URL in the address bar; its event comes later (fire). */
    paste: (h: string) => {
      bar = h;
    },
    fire: (h: string) => listener?.(h),
  };
}
const tick = () => new Promise<void>((r) => queueMicrotask(r));

describe('appStore: history', () => {
  it('pushes navigations and replaces camera moves and typing', () => {
    const b = withBar('#lang=en');
    b.store.set('view', { lon: 113.3, lat: 23.1, zoom: 10 });
    b.store.set('select', 'a');
    b.store.set('view', { lon: 113.4, lat: 23.2, zoom: 12 });
    b.store.set('q', 'lab');
    b.store.set('focus', 'A1');
    b.store.toggleFilter('districts', '黄埔区');
    b.store.set('line', 12);
    b.store.set('mode', 'districts');
    expect(b.writes.map(([, how]) => how)).toEqual(['replace', 'push', 'replace', 'replace', 'push', 'push', 'push', 'push']);
    expect(b.bar()).toBe('#select=a&focus=A1&mode=districts&lang=en&view=113.4,23.2,12&districts=%E9%BB%84%E5%9F%94%E5%8C%BA&q=lab&line=12');
  });

  it('restores an entry exactly on Back and says so, with its view', () => {
    const b = withBar('');
    b.store.set('view', { lon: 113.3, lat: 23.1, zoom: 10 });
    const start = b.bar();
    b.store.set('select', 'a');
    b.store.set('view', { lon: 113.5, lat: 23.0, zoom: 13 });
    b.paste(start);
    b.fire(start);
    expect(b.store.state.select).toBeUndefined();
    expect(b.store.state.view).toEqual({ lon: 113.3, lat: 23.1, zoom: 10 });
    expect(b.store.restored().view).toEqual({ lon: 113.3, lat: 23.1, zoom: 10 });
    // Restoring writes nothing new (the entry already holds that state), and never pushes.
    expect(b.writes.filter(([, how]) => how === 'push')).toHaveLength(1);
  });

  it('a pasted link wins over a camera move that comes before its event', async () => {
    const b = withBar('#lang=zh');
    b.store.set('view', { lon: 113.3, lat: 23.1, zoom: 10 });
    b.paste('#select=b&lang=zh');
    // The map's moveend lands first: it must not overwrite the pasted URL with the old state.
    b.store.set('view', { lon: 113.31, lat: 23.1, zoom: 10 });
    expect(b.bar()).toBe('#select=b&lang=zh');
    await tick();
    expect(b.store.state.select).toBe('b');
    // The event that then arrives is about a URL already applied: nothing changes.
    b.fire('#select=b&lang=zh');
    expect(b.store.state.select).toBe('b');
    expect(b.bar()).toMatch(/^#select=b&lang=zh/);
  });

  it('skips a stale event whose URL the address bar no longer shows', () => {
    const b = withBar('#lang=zh');
    b.paste('#select=a&lang=zh');
    b.paste('#select=b&lang=zh');
    b.fire('#select=a&lang=zh');
    expect(b.store.state.select).toBeUndefined();
    b.fire('#select=b&lang=zh');
    expect(b.store.state.select).toBe('b');
  });

  it('pasting a view moves the view', () => {
    const b = withBar('#lang=zh&view=113.3,23.1,10');
    b.paste('#view=113.2,22.9,11');
    b.fire('#view=113.2,22.9,11');
    expect(b.store.state.view).toEqual({ lon: 113.2, lat: 22.9, zoom: 11 });
    expect(b.store.restored().view).toEqual({ lon: 113.2, lat: 22.9, zoom: 11 });
  });
});

describe('appStore: unknown filter values', () => {
  const known = { kinds: ['lab', 'university'], groups: ['nodes'], actions: ['A1'], districts: ['黄埔区'], units: ['gz-stb'] };
  it('drops each unknown value, names it, keeps the known ones', () => {
    const b = withBar('#kinds=nonexistent,lab&actions=A99&units=nobody&groups=zzz&districts=%E5%8C%97%E4%BA%AC%E5%8C%BA', known);
    expect(b.store.filters()).toEqual({ kinds: ['lab'], groups: [], actions: [], districts: [], units: [] });
    const notes = inEnglish(b.store.ignored()).join('\n');
    expect(notes).toContain('kinds: unknown "nonexistent"');
    expect(notes).toContain('actions: unknown "A99"');
    expect(notes).toContain('units: unknown "nobody"');
    expect(notes).toContain('groups: unknown "zzz"');
    expect(notes).toContain('districts: unknown "北京区"');
    // The link is written back without them.
    expect(b.bar()).toBe('#lang=zh&kinds=lab');
  });
  it('names at most three values per key, with a count of the rest', () => {
    const b = withBar(`#kinds=${Array.from({ length: 40 }, (_, i) => `k${i}`).join(',')}`, known);
    expect(inEnglish(b.store.ignored())).toEqual(['kinds: unknown "k0", "k1", "k2" (+37)']);
  });
});

describe('appStore: history inside Present', () => {
  it('replaces: the chapters (and the selections they make) are one entry', () => {
    const b = withBar('#mode=present&chapter=1');
    b.store.set('chapter', 2);
    b.store.set('select', 'a');
    b.store.set('focus', 'A1');
    expect(b.writes.map(([, how]) => how)).toEqual(['replace', 'replace', 'replace', 'replace']);
    b.store.set('mode', 'explore');
    expect(b.writes.at(-1)?.[1]).toBe('push');
  });
});

describe('appStore: Districts keys', () => {
  it('keeps district, sort and compare in the link in Districts mode only', () => {
    const { store, written } = make('#mode=districts&district=黄埔区&sort=nodes-desc&compare=黄埔区,南沙区');
    expect(store.state.district).toBe('黄埔区');
    expect(store.state.sort).toBe('nodes-desc');
    expect(store.state.compare).toEqual(['黄埔区', '南沙区']);
    expect(decodeURIComponent(written.at(-1)!)).toBe('#mode=districts&lang=zh&district=黄埔区&sort=nodes-desc&compare=黄埔区,南沙区');
    store.set('compare', ['黄埔区']);
    expect(decodeURIComponent(written.at(-1)!)).toBe('#mode=districts&lang=zh&district=黄埔区&sort=nodes-desc');
    store.set('mode', 'explore');
    expect(written.at(-1)).not.toMatch(/district=|sort=|compare=/);
    // Kept in the store: back in Districts, the same view.
    store.set('mode', 'districts');
    expect(written.at(-1)).toMatch(/district=/);
  });
});

describe('appStore: the scorecard’s status filter', () => {
  it('is written in the scorecard only, and kept in the store when leaving it', () => {
    const { store, written } = make('#mode=scorecard&status=met');
    expect(store.state.status).toEqual(['met']);
    store.set('status', ['met', 'no-figure']);
    expect(decodeURIComponent(written.at(-1)!)).toBe('#mode=scorecard&lang=zh&status=met,no-figure');
    store.set('mode', 'explore');
    expect(written.at(-1)).not.toMatch(/status=/);
    store.set('mode', 'scorecard');
    expect(decodeURIComponent(written.at(-1)!)).toMatch(/status=met,no-figure/);
  });
});
