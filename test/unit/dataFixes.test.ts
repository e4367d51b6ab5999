// Data fixes a close reading found, each checked against the built data so it cannot come back.
import { describe, it, expect } from 'vitest';
import { distance } from '@turf/turf';
import { PlaceSourcesFile, PlacesFile } from '../../src/data/placeSchema.ts';
import { readText } from '../../scripts/lib/repoData.ts';

const places = PlacesFile.parse(JSON.parse(readText('data/places.geojson'))).features;
const byId = new Map(places.map((f) => [f.id, f]));

describe('data fixes', () => {
  it('广州科技教育城 is drawn at its campus in 朱村街 (near 朱村 station), within its uncertainty', () => {
    const f = byId.get('guangzhou-sci-tech-education-city')!;
    expect(f.geometry?.type).toBe('Point');
    const pt = f.geometry!.coordinates as [number, number];
    const campus: [number, number] = [113.696, 23.275];
    const km = distance(pt, campus, { units: 'kilometers' });
    expect(km).toBeLessThanOrEqual(f.properties.uncertainty_km!);
    expect(f.properties.district).toBe('增城区');
    // the reason is recorded in both languages
    expect(f.properties.location_note.en).toMatch(/Corrected: .*朱村/);
    expect(f.properties.location_note.zh).toMatch(/已更正：.*朱村/);
  });

  it('English names carry no Chinese, no question mark and no acronym of a former name', () => {
    for (const f of places) {
      expect(f.properties.name_en, f.id).not.toMatch(/[\u3400-\u9fff?]/);
    }
    expect(byId.get('wealth-town')!.properties.name_en).toBe('Wealth Town');
    expect(byId.get('venture-capital-town')!.properties.name_en).toBe('Venture Capital Town');
    expect(byId.get('zhongxin-guangzhou-knowledge-city')!.properties.name_en).not.toMatch(/SSGKC/);
  });

  it('every place and corridor note exists in Chinese and English', () => {
    for (const f of places) {
      expect(f.properties.location_note.zh, f.id).toMatch(/[\u4e00-\u9fff]/);
      if (f.properties.group_note) expect(f.properties.group_note.zh, f.id).toMatch(/[\u4e00-\u9fff]/);
    }
    // The sources' titles: data/place-sources.json, one entry per place.
    const cited = PlaceSourcesFile.parse(JSON.parse(readText('data/place-sources.json')));
    expect(cited.places.map((e) => e.id)).toEqual(places.map((f) => f.id));
    for (const e of cited.places) for (const s of e.sources) expect(s.title.zh.length, e.id).toBeGreaterThan(0);
  });

  it('Dongguan and Zhongshan, which the plan never names, are marked context_only (shown apart in A1-1)', () => {
    const ctx = places
      .filter((f) => f.properties.context_only)
      .map((f) => f.id)
      .sort();
    expect(ctx).toEqual(['city-dongguan', 'city-zhongshan']);
    const plan = JSON.parse(readText('data/plan.json')) as { actions: Array<{ tasks: Array<{ id: string; places: string[] }> }> };
    const a11 = plan.actions[0]!.tasks.find((t) => t.id === 'A1-1')!;
    expect(a11.places).toEqual(expect.arrayContaining(ctx));
  });
});
