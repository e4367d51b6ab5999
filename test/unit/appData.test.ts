// The app's own boundary: broken embedded data gives messages naming file, id and field, not a crash.
import { describe, it, expect } from 'vitest';
import { parseAppData } from '../../src/data/appData.ts';
import { REAL_FILES } from '../realData.ts';

const real = REAL_FILES;

describe('parseAppData', () => {
  it('parses the embedded files', () => {
    const r = parseAppData(real);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data.places.length).toBeGreaterThan(90);
      expect(r.data.districts.features).toHaveLength(11);
      expect(r.data.seedLines[0]).toContain('广州市建设科技创新强市三年行动计划');
    }
  });
  it('names the file when one is not JSON', () => {
    const r = parseAppData({ ...real, corridors: '{"type": "FeatureCollection", ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/^data\/corridors\.geojson: -: -: not valid JSON/m);
  });
  it('names file, feature id and field when a record is wrong, keeping hostile text as data', () => {
    const places = JSON.parse(real.places);
    places.features[3].properties.kind = '<img src=x onerror=alert(1)>';
    const r = parseAppData({ ...real, places: JSON.stringify(places) });
    expect(r.ok).toBe(false);
    const id = places.features[3].properties.id;
    if (!r.ok) expect(r.errors.join('\n')).toMatch(new RegExp(`data/places\\.geojson: ${id}: features\\.3\\.properties\\.kind: `));
  });
});
