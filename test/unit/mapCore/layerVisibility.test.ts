// Layer toggles as visibility, set only where it changes (src/map/core/layerVisibility.ts).
import { describe, expect, it } from 'vitest';
import { MARK_LAYERS, layerVisibilityOps, markLayerOps } from '../../../src/map/core/layerVisibility.ts';
import { ourLayers } from '../../../src/map/style.ts';

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

describe('markLayerOps', () => {
  it('the style starts the status rings hidden, and nothing is set while no marks are shown', () => {
    const layers = ourLayers('zh');
    const start = new Map(layers.map((l) => [l.id, (l.layout as { visibility?: string } | undefined)?.visibility]));
    for (const id of MARK_LAYERS) expect(start.get(id)).toBe('none');
    expect(markLayerOps(false, (l) => start.get(l))).toEqual([]);
  });

  it('shows the rings with marks and hides them after, each once', () => {
    const now = new Map<string, unknown>(MARK_LAYERS.map((l) => [l, 'none']));
    const show = markLayerOps(true, (l) => now.get(l));
    expect(show).toEqual(MARK_LAYERS.map((layer) => ({ op: 'layout', layer, name: 'visibility', value: 'visible' })));
    for (const o of show) if (o.op === 'layout') now.set(o.layer, o.value);
    expect(markLayerOps(true, (l) => now.get(l))).toEqual([]);
    expect(markLayerOps(false, (l) => now.get(l)).map((o) => o.op === 'layout' && o.value)).toEqual(['none', 'none']);
  });
});
