// src/i18n/bidi.ts: names shown without bidirectional controls, so a name never reads reversed.
import { describe, it, expect } from 'vitest';
import { withoutBidiControls } from '../../src/i18n/bidi.ts';
import { cleanLayerName } from '../../src/state/userLayers.ts';
import { mapFeatures } from '../../src/data/packPoints.ts';

describe('withoutBidiControls', () => {
  it('removes overrides, embeddings, isolates and marks; keeps every other character', () => {
    expect(withoutBidiControls('invoice\u202Eslx.exe')).toBe('invoiceslx.exe');
    expect(withoutBidiControls('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C')).toBe('');
    expect(withoutBidiControls('广州 · Guangzhou · مرحبا · שלום')).toBe('广州 · Guangzhou · مرحبا · שלום');
    // Zero-width joiners (emoji, Indic scripts) are not bidi controls.
    expect(withoutBidiControls('👩\u200D💻')).toBe('👩\u200D💻');
  });
  it('is applied to layer names from file names and to the labels of imported points', () => {
    expect(cleanLayerName('\u202Evsc.stnemtsevni')).toBe('vsc.stnemtsevni');
    const f = mapFeatures({ names: ['\u202EABC', ''], lon: Float64Array.from([113, 113]), lat: Float64Array.from([23, 23]), rows: Int32Array.from([2, 3]) });
    expect(f.features.map((x) => x.properties.n)).toEqual(['ABC', '#3']);
  });
});
