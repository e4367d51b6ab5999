// What a click or the pointer over the map means (src/map/core/pointer.ts).
import { describe, expect, it } from 'vitest';
import { clickAction, hoverTip, topmost, type PointerProbe } from '../../../src/map/core/pointer.ts';

/** A probe answering from fixed hits, recording which it was asked. */
type Hits = Partial<{ [K in keyof PointerProbe]: ReturnType<PointerProbe[K]> }>;
const probe = (hits: Hits, asked: string[] = []): PointerProbe => {
  const ask =
    <K extends keyof PointerProbe>(k: K) =>
    () => {
      asked.push(k);
      return hits[k];
    };
  return { user: ask('user'), institution: ask('institution'), feature: ask('feature'), district: ask('district') };
};
const inst = { id: 'i1', name_zh: '中山大学', name_en: 'Sun Yat-sen University' };

describe('topmost', () => {
  it('takes the first interactive layer’s hit, not the drawing order', () => {
    const hits = [
      { layer: { id: 'areas-fill' }, n: 1 },
      { layer: { id: 'zones-fill' }, n: 2 },
      { layer: { id: 'points-circle' }, n: 3 },
    ];
    expect(topmost(hits)?.n).toBe(3);
    expect(topmost([{ layer: { id: 'district-fill' } }])).toBeUndefined();
  });
});

describe('clickAction', () => {
  it('opens a cluster of the user’s points and asks nothing more', () => {
    const asked: string[] = [];
    expect(clickAction(probe({ user: { layerId: 'l', name: '3', count: 3 } }, asked))).toEqual({ kind: 'expand' });
    expect(asked).toEqual(['user']);
  });

  it('reports a user point before anything under it', () => {
    expect(clickAction(probe({ user: { layerId: 'l', index: 2, name: 'x' }, institution: inst }))).toEqual({
      kind: 'userPoint',
      hit: { layerId: 'l', index: 2 },
    });
  });

  it('then an institution, a feature, a district, in that order, each asked only when needed', () => {
    const asked: string[] = [];
    expect(clickAction(probe({ institution: inst, feature: { id: 'p1' } }, asked))).toEqual({ kind: 'institution', id: 'i1' });
    expect(asked).toEqual(['user', 'institution']);
    expect(clickAction(probe({ feature: { id: 'p1' }, district: '天河区' }))).toEqual({ kind: 'select', id: 'p1' });
    expect(clickAction(probe({ feature: { name_zh: 'no id' }, district: '天河区' }))).toEqual({ kind: 'district', name: '天河区' });
  });

  it('clears the selection on empty map', () => {
    expect(clickAction(probe({}))).toEqual({ kind: 'select', id: undefined });
  });
});

describe('hoverTip', () => {
  it('names a cluster by its count, a user point by its name', () => {
    expect(hoverTip(probe({ user: { layerId: 'l', name: '', count: 12 } }), 'en', null)).toEqual({ text: '12 ×', pointer: true });
    expect(hoverTip(probe({ user: { layerId: 'l', index: 0, name: 'Café' } }), 'zh', null)).toEqual({ text: 'Café', pointer: true });
  });

  it('names an institution and a feature in the UI’s language (an English label before the English name)', () => {
    expect(hoverTip(probe({ institution: inst }), 'zh', null).text).toBe('中山大学');
    expect(hoverTip(probe({ institution: inst }), 'en', null).text).toBe('Sun Yat-sen University');
    const f = { id: 'p1', name_zh: '琶洲', name_en: 'Pazhou', label_en: 'Pazhou Hub' };
    expect(hoverTip(probe({ feature: f }), 'en', null)).toEqual({ text: 'Pazhou Hub', pointer: true });
    expect(hoverTip(probe({ feature: { id: 'p1', name_en: 'Pazhou' } }), 'en', null).text).toBe('Pazhou');
    expect(hoverTip(probe({ feature: { id: 'p9' } }), 'zh', null).text).toBe('p9');
  });

  it('says a district’s tip only where districts have tips, and a bare map says nothing', () => {
    const tips = new Map([['天河区', 'Tianhe: 12 places']]);
    expect(hoverTip(probe({ district: '天河区' }), 'en', tips)).toEqual({ text: 'Tianhe: 12 places', pointer: true });
    expect(hoverTip(probe({ district: '越秀区' }), 'en', tips)).toEqual({ text: undefined, pointer: false });
    expect(hoverTip(probe({ district: '天河区' }), 'en', null)).toEqual({ text: undefined, pointer: false });
    expect(hoverTip(probe({}), 'en', tips)).toEqual({ text: undefined, pointer: false });
  });
});
