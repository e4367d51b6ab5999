// Layer toggles as visibility, set only where it changes (src/map/core/layerVisibility.ts).
import { describe, expect, it } from 'vitest';
import { layerVisibilityOps } from '../../../src/map/core/layerVisibility.ts';

const all = { districts: true, context: true, corridors: true };

describe('layerVisibilityOps', () => {
  it('sets nothing on a fresh style with everything on (no visibility set yet reads as visible)', () => {
    expect(layerVisibilityOps(all, () => undefined)).toEqual([]);
  });

  it('hides a group’s layers, then shows them again', () => {
    const now = new Map<string, unknown>();
    const hide = layerVisibilityOps({ ...all, context: false }, (l) => now.get(l));
    expect(hide).toEqual(['gba-fill', 'gba-line', 'gba-label'].map((layer) => ({ op: 'layout', layer, name: 'visibility', value: 'none' })));
    for (const o of hide) if (o.op === 'layout') now.set(o.layer, o.value);
    expect(layerVisibilityOps({ ...all, context: false }, (l) => now.get(l))).toEqual([]);
    expect(layerVisibilityOps(all, (l) => now.get(l)).map((o) => o.op === 'layout' && `${o.layer}=${String(o.value)}`)).toEqual([
      'gba-fill=visible',
      'gba-line=visible',
      'gba-label=visible',
    ]);
  });

  it('touches only the layers whose visibility differs', () => {
    const ops = layerVisibilityOps({ districts: false, context: true, corridors: false }, (l) =>
      l === 'district-line' || l === 'corridors-arrow' ? 'none' : undefined,
    );
    expect(ops.map((o) => o.op === 'layout' && o.layer)).toEqual(['district-fill', 'district-label', 'corridors-casing', 'corridors-line']);
  });
});
