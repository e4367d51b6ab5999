import { describe, it, expect } from 'vitest';
import { parseHash as parseMessages, serializeHash, type UrlState } from '../../src/state/urlState.ts';
import { say } from '../../src/i18n/index.ts';

/** The parser, with its notes as the English UI shows them. */
const parseHash = (h: string) => {
  const r = parseMessages(h);
  return { state: r.state, ignored: r.ignored.map((m) => say('en', m)) };
};

describe('parseHash', () => {
  it('reads every key, with or without a leading #', () => {
    const h = 'select=zsk-1&focus=A3-T1&lang=en&mode=districts&basemap=online&view=113.5,23.1,9.5&kinds=park,lab&q=knowledge&line=42';
    const want: UrlState = {
      select: 'zsk-1',
      focus: 'A3-T1',
      lang: 'en',
      mode: 'districts',
      basemap: 'online',
      view: { lon: 113.5, lat: 23.1, zoom: 9.5 },
      kinds: ['park', 'lab'],
      q: 'knowledge',
      line: 42,
    };
    expect(parseHash(h)).toEqual({ state: want, ignored: [] });
    expect(parseHash(`#${h}`).state).toEqual(want);
  });

  it('gives an empty state for an empty hash', () => {
    expect(parseHash('')).toEqual({ state: {}, ignored: [] });
    expect(parseHash('#')).toEqual({ state: {}, ignored: [] });
  });

  it('drops an HTML-looking select but keeps the other keys', () => {
    const { state, ignored } = parseHash('#select=<img src=x onerror=alert(1)>&lang=en&mode=present');
    expect(state).toEqual({ lang: 'en', mode: 'present' });
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(/^select: /);
  });

  it('describes an invalid lang', () => {
    const { state, ignored } = parseHash('lang=fr&basemap=offline');
    expect(state).toEqual({ basemap: 'offline' });
    expect(ignored).toEqual(['lang: expected zh or en']);
  });

  it('rejects non-numeric and out-of-range views', () => {
    for (const v of ['NaN,1,2', '200,0,3', '0,86,3', '0,0,23', '0,0,-1', '1,2', '1,2,3,4', 'Infinity,0,1', '0x10,0,1', ',1,2', '1e3,0,1']) {
      const { state, ignored } = parseHash(`view=${v}&lang=zh`);
      expect(state, v).toEqual({ lang: 'zh' });
      expect(ignored[0], v).toMatch(/^view: /);
    }
    expect(parseHash('view=200,0,3').ignored).toEqual(['view: lon must be in [-180, 180]']);
  });

  it('rounds the view to 5/5/2 decimals and normalises -0', () => {
    expect(parseHash('view=113.1234567,-0.000001,10.126').state.view).toEqual({ lon: 113.12346, lat: 0, zoom: 10.13 });
    expect(Object.is(parseHash('view=-0,0,0').state.view?.lon, 0)).toBe(true);
  });

  it('ignores an entry with a malformed percent escape without throwing', () => {
    const { state, ignored } = parseHash('#%E0%A4%A&lang=en');
    expect(state).toEqual({ lang: 'en' });
    expect(ignored).toEqual(['%E0%A4%A: malformed percent-encoding']);
    const v = parseHash('q=%E0%A4%A&mode=explore');
    expect(v.state).toEqual({ mode: 'explore' });
    expect(v.ignored).toEqual(['q: malformed percent-encoding']);
  });

  it('lets the last of duplicate keys win', () => {
    expect(parseHash('select=a&select=b').state).toEqual({ select: 'b' });
    // Last wins even when the last is invalid: the link says what it says.
    expect(parseHash('select=a&select=%3Cb%3E').state).toEqual({});
  });

  it('survives 10k-character values', () => {
    const long = 'a'.repeat(10_000);
    const { state, ignored } = parseHash(`select=${long}&q=${long}&focus=${long}&line=${'9'.repeat(10_000)}&lang=en&${long}=1`);
    expect(state).toEqual({ lang: 'en' });
    expect(ignored.map((s) => s.split(':')[0])).toEqual([`${'a'.repeat(40)}…`, 'select', 'focus', 'q', 'line']);
    // Messages stay short however long the input.
    for (const m of ignored) expect(m.length).toBeLessThan(100);
    // A long list is cut to 50 items, not dropped.
    const items = Array.from({ length: 5000 }, (_, i) => `k${i}`);
    const r = parseHash(`kinds=${items.join(',')}`);
    expect(r.state.kinds).toEqual(items.slice(0, 50));
    expect(r.ignored).toEqual(['kinds: more than 50 items, kept the first 50']);
  });

  it('does not let __proto__ or constructor pollute anything', () => {
    const { state, ignored } = parseHash('__proto__=x&constructor=y&__proto__[polluted]=1&toString=1&lang=zh');
    expect(state).toEqual({ lang: 'zh' });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(state)).toEqual(['lang']);
    expect(ignored).toEqual(['__proto__: unknown key', 'constructor: unknown key', '__proto__[polluted]: unknown key', 'toString: unknown key']);
  });

  it('copes with empty entries, empty keys and keys without values', () => {
    const { state, ignored } = parseHash('mode=present&&&=&x');
    expect(state).toEqual({ mode: 'present' });
    expect(ignored).toEqual(['entry without a key', 'x: unknown key']);
    // 'k=' means unset, silently.
    expect(parseHash('select=&lang=en')).toEqual({ state: { lang: 'en' }, ignored: [] });
  });

  it('cleans q: trims, removes control characters, caps at 100 characters', () => {
    expect(parseHash('q=%20%20%E7%9F%A5%E8%AF%86%00%07%E5%9F%8E%0A%20').state.q).toBe('知识城');
    expect(parseHash(`q=${'城'.repeat(100)}`).state.q).toBe('城'.repeat(100));
    const over = parseHash(`q=${'城'.repeat(101)}`);
    expect(over.state.q).toBeUndefined();
    expect(over.ignored).toEqual(['q: longer than 100 characters']);
    expect(parseHash('q=%20%09').ignored).toEqual(['q: empty after trimming']);
  });

  it('accepts line 1..100000 as whole numbers only', () => {
    expect(parseHash('line=1').state.line).toBe(1);
    expect(parseHash('line=100000').state.line).toBe(100000);
    for (const bad of ['0', '100001', '1.5', '-3', '1e3', 'abc', ' 7']) {
      expect(parseHash(`line=${encodeURIComponent(bad)}`).state.line, bad).toBeUndefined();
    }
  });

  it('validates list items one by one, de-duplicates, and checks districts as Chinese names', () => {
    const { state, ignored } = parseHash('groups=g1,g1,bad%20id,,g2&districts=%E9%BB%84%E5%9F%94%E5%8C%BA,Huangpu,%E5%8D%97%E6%B2%99%E5%8C%BA&units=gz-stb');
    expect(state).toEqual({ groups: ['g1', 'g2'], districts: ['黄埔区', '南沙区'], units: ['gz-stb'] });
    expect(ignored).toEqual(['groups: dropped 1 invalid item', 'districts: dropped 1 invalid item']);
    // Raw (unencoded) Chinese also works, as browsers may show it.
    expect(parseHash('districts=天河区').state.districts).toEqual(['天河区']);
    // A list with nothing valid left is unset.
    expect(parseHash('actions=%3Cx%3E').state.actions).toBeUndefined();
  });

  it('rejects ids that are too long or have other characters', () => {
    expect(parseHash(`select=${'a'.repeat(80)}`).state.select).toHaveLength(80);
    expect(parseHash(`select=${'a'.repeat(81)}`).state.select).toBeUndefined();
    expect(parseHash('focus=A3_T1').state.focus).toBeUndefined();
    expect(parseHash('focus=A3.T1').state.focus).toBeUndefined();
  });
});

describe('serializeHash', () => {
  it('returns an empty string for an empty state', () => {
    expect(serializeHash({})).toBe('');
    expect(serializeHash({ kinds: [], q: undefined })).toBe('');
  });

  it('writes keys in a fixed order regardless of object order', () => {
    const a = serializeHash({ line: 3, lang: 'en', select: 'p1', kinds: ['a', 'b'] });
    const b = serializeHash({ kinds: ['a', 'b'], select: 'p1', lang: 'en', line: 3 });
    expect(a).toBe('#select=p1&lang=en&kinds=a,b&line=3');
    expect(b).toBe(a);
  });

  it('encodes values but keeps commas between list items readable', () => {
    expect(serializeHash({ districts: ['黄埔区', '南沙区'], q: 'a&b=c #1, 2' })).toBe(
      `#districts=${encodeURIComponent('黄埔区')},${encodeURIComponent('南沙区')}&q=a%26b%3Dc%20%231,%202`,
    );
    expect(parseHash('q=a%26b%3Dc%20%231,%202').state.q).toBe('a&b=c #1, 2');
  });

  it('rounds the view to 5/5/2 decimals', () => {
    expect(serializeHash({ view: { lon: 113.123456789, lat: 23.000001, zoom: 9.999 } })).toBe('#view=113.12346,23,10');
  });

  it('leaves out invalid values instead of writing links that would not restore', () => {
    const s = serializeHash({ select: '<img>', lang: 'fr' as 'en', view: { lon: Number.NaN, lat: 0, zoom: 1 }, line: 0, mode: 'present' });
    expect(s).toBe('#mode=present');
  });
});

describe('round trip', () => {
  const cases: UrlState[] = [
    {},
    { select: 'zsk-knowledge-city' },
    { lang: 'zh', mode: 'explore', basemap: 'offline' },
    { focus: 'A3-T1', view: { lon: 113.26436, lat: 23.12908, zoom: 10.5 } },
    { view: { lon: -180, lat: -85, zoom: 0 } },
    { view: { lon: 180, lat: 85, zoom: 22 } },
    { q: '中新广州知识城 & 科学城?#=%', districts: ['黄埔区', '南沙区', '天河区'] },
    { q: 'SCUT (华工) 100%, a,b', line: 100000 },
    {
      select: 'p-1',
      focus: 'gz-stb',
      lang: 'en',
      mode: 'present',
      basemap: 'online',
      view: { lon: 113.5, lat: 23.25, zoom: 12.25 },
      kinds: ['park', 'university', 'lab'],
      groups: ['G1'],
      actions: ['A1', 'A3', 'A8'],
      districts: ['黄埔区'],
      units: ['gz-stb', 'gz-drc'],
      q: 'knowledge city',
      line: 1,
    },
    { units: Array.from({ length: 50 }, (_, i) => `u${i}`) },
  ];
  for (const s of cases) {
    it(`restores ${JSON.stringify(s).slice(0, 60)}`, () => {
      const hash = serializeHash(s);
      const back = parseHash(hash);
      expect(back.state).toEqual(s);
      expect(back.ignored).toEqual([]);
      // Stable: serializing the restored state gives the same hash.
      expect(serializeHash(back.state)).toBe(hash);
    });
  }
});

describe('mode keys', () => {
  it('round-trips chapter, autoplay and metric, and drops bad ones', () => {
    const s = { mode: 'present' as const, chapter: 7, autoplay: true };
    expect(parseHash(serializeHash(s)).state).toEqual(s);
    expect(parseHash('#mode=districts&metric=institute').state).toEqual({ mode: 'districts', metric: 'institute' });
    const bad = parseHash('#chapter=0&autoplay=yes&metric=%3Cb%3E&lang=en');
    expect(bad.state).toEqual({ lang: 'en' });
    expect(bad.ignored.join('; ')).toMatch(/metric: .*chapter: .*autoplay: expected 1 or 0/);
  });
});

describe('Districts keys: district, sort, compare', () => {
  it('round-trips them', () => {
    const s = { mode: 'districts' as const, district: '黄埔区', sort: 'count-desc', compare: ['黄埔区', '南沙区'] };
    const hash = serializeHash(s);
    expect(hash).toBe(
      `#mode=districts&district=${encodeURIComponent('黄埔区')}&sort=count-desc&compare=${encodeURIComponent('黄埔区')},${encodeURIComponent('南沙区')}`,
    );
    expect(parseHash(hash)).toEqual({ state: s, ignored: [] });
    expect(parseHash('#mode=districts&compare=黄埔区,南沙区').state.compare).toEqual(['黄埔区', '南沙区']);
    expect(parseHash('#district=outside').state.district).toBe('outside');
  });
  it('drops bad ones with a note', () => {
    const bad = parseHash('#district=<b>&sort=evil&compare=黄埔区&lang=en');
    expect(bad.state).toEqual({ lang: 'en' });
    expect(bad.ignored.join('; ')).toMatch(/district: .*sort: .*compare: expected two or three/);
    expect(parseHash('#compare=黄埔区,南沙区,天河区,海珠区').state.compare).toBeUndefined();
  });
});

describe('year', () => {
  it('reads 2019–2021 as a number and drops anything else with a note', () => {
    expect(parseHash('#year=2020').state).toEqual({ year: 2020 });
    expect(serializeHash({ year: 2021 })).toBe('#year=2021');
    expect(parseHash('#year=2018&lang=en')).toEqual({ state: { lang: 'en' }, ignored: ['year: expected 2019, 2020 or 2021'] });
  });
});

describe('the scorecard: mode and status', () => {
  it('reads mode=scorecard and the statuses one by one, dropping unknown ones with a note', () => {
    const s = { mode: 'scorecard' as const, year: 2021 as const, actions: ['A1'], status: ['met', 'not-comparable'] };
    expect(parseHash(serializeHash(s))).toEqual({ state: s, ignored: [] });
    expect(serializeHash(s)).toBe('#mode=scorecard&actions=A1&year=2021&status=met,not-comparable');
    const bad = parseHash('#mode=scorecard&status=met,green&lang=en');
    expect(bad.state).toEqual({ mode: 'scorecard', status: ['met'], lang: 'en' });
    expect(bad.ignored.join('; ')).toMatch(/^status: /);
    expect(parseHash('#mode=board&lang=en').ignored).toEqual(['mode: expected explore, districts, present or scorecard']);
  });
});

describe('radius', () => {
  it('reads a distance of 0.1–20 km (one decimal) and drops anything else with a note', () => {
    expect(parseHash('#mode=districts&radius=2.5').state).toEqual({ mode: 'districts', radius: 2.5 });
    expect(serializeHash({ mode: 'districts', radius: 10 })).toBe('#mode=districts&radius=10');
    for (const bad of ['50', '0', '-1', '2.55', 'abc', '1e1']) {
      expect(parseHash(`#radius=${bad}&lang=en`), bad).toEqual({
        state: { lang: 'en' },
        ignored: ['radius: expected a distance in km from 0.1 to 20, such as 3'],
      });
    }
  });
});

describe('buffer', () => {
  it('reads a distance of 0.5–10 km (one decimal) from the corridors and drops anything else with a note', () => {
    expect(parseHash('#mode=districts&buffer=0.5').state).toEqual({ mode: 'districts', buffer: 0.5 });
    expect(serializeHash({ mode: 'districts', buffer: 5 })).toBe('#mode=districts&buffer=5');
    for (const bad of ['0.4', '11', '0', '-1', '2.55', 'abc', '1e1']) {
      expect(parseHash(`#buffer=${bad}&lang=en`), bad).toEqual({
        state: { lang: 'en' },
        ignored: ['buffer: expected a distance in km from 0.5 to 10, such as 2'],
      });
    }
  });
});
