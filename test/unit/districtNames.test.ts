import { describe, it, expect } from 'vitest';
import { districtLabel, DISTRICT_EN } from '../../src/plan/districtNames.ts';
import { GUANGZHOU_DISTRICT_NAMES, OUTSIDE_CITIES } from '../../src/data/placeSchema.ts';
import { readText } from '../../scripts/lib/repoData.ts';

describe('districtLabel', () => {
  it('names every district and outside city in English, and keeps Chinese in Chinese', () => {
    expect(districtLabel('黄埔区', 'en')).toBe('Huangpu District');
    expect(districtLabel('黄埔区', 'zh')).toBe('黄埔区');
    expect(districtLabel('深圳', 'en')).toBe('Shenzhen');
    for (const d of [...GUANGZHOU_DISTRICT_NAMES, ...OUTSIDE_CITIES]) expect(districtLabel(d, 'en'), d).toMatch(/^[A-Z][A-Za-z ]+$/);
    expect(districtLabel('北京区', 'en')).toBe('北京区');
  });
  it('agrees with data/districts.geojson', () => {
    const fc = JSON.parse(readText('data/districts.geojson')) as { features: Array<{ properties: { name_zh: string; name_en: string } }> };
    expect(Object.fromEntries(fc.features.map((f) => [f.properties.name_zh, f.properties.name_en]))).toEqual(DISTRICT_EN);
  });
});
