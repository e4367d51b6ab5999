import { describe, it, expect } from 'vitest';
import { PDF_ARTEFACTS, fixArtefacts, forDisplay } from '../../src/plan/artefacts.ts';
import { parseAppData } from '../../src/data/appData.ts';
import { readText } from '../../scripts/lib/repoData.ts';
import { REAL_FILES } from '../realData.ts';
import { phraseInRange } from '../../src/data/seedText.ts';
import { loadSeed } from '../../scripts/lib/repoData.ts';

const raw = { ...REAL_FILES, gbaCities: readText('data/gba-cities.geojson') };

describe('PDF artefacts', () => {
  it('corrects 装臵 to 装置 and leaves other text alone', () => {
    expect(fixArtefacts('国家大科学装臵零的突破')).toBe('国家大科学装置零的突破');
    expect(fixArtefacts('广州科学城')).toBe('广州科学城');
  });
  it('every artefact stands in the seed, and the data keep it literally (the checks find them there)', () => {
    const seed = readText('seeds/plan-2019-2021.txt');
    for (const a of PDF_ARTEFACTS) expect(seed, a.written).toContain(a.written);
    const s = loadSeed();
    // A1-T4's indicator is 国家大科学装臵 in data/plan.json, and stands so in its lines
    const plan = JSON.parse(raw.plan);
    const t = plan.actions[0].targets.find((x: { id: string }) => x.id === 'A1-T4');
    expect(t.indicator.zh).toBe('国家大科学装臵');
    expect(phraseInRange(s, t.indicator.zh, t.lines[0], t.lines[1])).toBe(true);
  });
  it('the app is shown the corrected texts: names, plan titles and the plan reader', () => {
    const r = parseAppData(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = forDisplay(r.data);
    const all = JSON.stringify([shown.plan, shown.places.map((f) => f.properties), shown.corridors.map((f) => f.properties), shown.outcomes, shown.seedLines]);
    for (const a of PDF_ARTEFACTS) expect(all).not.toContain(a.written);
    expect(shown.seedLines[169]).toContain('大科学装置');
    expect(shown.places.find((f) => f.properties.id === 'cold-seep-ecosystem-facility')?.properties.name_zh).toMatch(/装置/);
    // geometries are the same objects (not copied)
    expect(shown.places[0]!.geometry).toBe(r.data.places[0]!.geometry);
    // the parsed data itself is untouched
    expect(JSON.stringify(r.data.seedLines)).toContain('臵');
  });
});
