// The user's layers: colours no plan kind or corridor uses, and names no other layer has
// (src/state/userLayers.ts LAYER_COLORS, uniqueLayerName).
import { describe, it, expect } from 'vitest';
import { LAYER_COLORS, MAX_LAYER_NAME, nextColor, uniqueLayerName } from '../../src/state/userLayers.ts';
import { KINDS, CORRIDORS, COMPARE_LINE } from '../../src/plan/kinds.ts';
import { contrast } from '../../src/plan/presentScale.ts';

/** CIE L*a*b* of a #rrggbb colour (D65). */
function lab(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
/** CIE76 colour difference: about 2.3 is just noticeable; 24 is plainly another colour. */
const deltaE = (a: string, b: string) => {
  const p = lab(a),
    q = lab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('user layer colours', () => {
  const planColours = [...Object.values(KINDS).map((k) => k.color), ...Object.values(CORRIDORS).map((c) => c.color)];
  it('the first layer is not the 十三节点 purple', () => {
    expect(nextColor([])).not.toBe(KINDS.node.color);
    expect(deltaE(nextColor([]), KINDS.node.color)).toBeGreaterThanOrEqual(24);
  });
  it('no layer colour is close to a kind or corridor colour, or to another layer colour', () => {
    for (const c of LAYER_COLORS) {
      for (const k of planColours) expect(deltaE(c, k), `${c} vs plan ${k}`).toBeGreaterThanOrEqual(24);
      for (const o of LAYER_COLORS) if (o !== c) expect(deltaE(c, o), `${c} vs layer ${o}`).toBeGreaterThanOrEqual(24);
      expect(contrast(c, '#ffffff'), `${c} on white`).toBeGreaterThanOrEqual(3);
    }
  });
  it('the comparison’s outline is a colour of its own too', () => {
    for (const c of [...planColours, ...LAYER_COLORS]) expect(deltaE(COMPARE_LINE, c), `outline vs ${c}`).toBeGreaterThanOrEqual(24);
  });
  it('a new layer takes an unused colour first', () => {
    expect(nextColor([LAYER_COLORS[0]])).toBe(LAYER_COLORS[1]);
  });
});

describe('uniqueLayerName', () => {
  it('numbers a second and third import of one file', () => {
    expect(uniqueLayerName('网点', [])).toBe('网点');
    expect(uniqueLayerName('网点', ['网点'])).toBe('网点 (2)');
    expect(uniqueLayerName('网点', ['网点', '网点 (2)'])).toBe('网点 (3)');
    expect(uniqueLayerName('Sites', ['sites'])).toBe('Sites (2)');
  });
  it('keeps a numbered name within the length limit', () => {
    const long = 'x'.repeat(MAX_LAYER_NAME);
    const u = uniqueLayerName(long, [long]);
    expect([...u].length).toBeLessThanOrEqual(MAX_LAYER_NAME);
    expect(u.endsWith(' (2)')).toBe(true);
  });
});
