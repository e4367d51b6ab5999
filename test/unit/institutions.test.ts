import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { FeatureCollection } from 'geojson';
import { validateInstitutions } from '../../src/data/validateInstitutions.ts';
import { InstitutionsFile } from '../../src/data/institutionSchema.ts';
import { buildInstitutions, InstitutionSeed, INSTITUTIONS_SEED } from '../../scripts/lib/institutions/buildInstitutions.ts';
import { ROOT } from '../../scripts/lib/repoData.ts';

// ------------------------------------------------------------------ a tiny world
const square = (name_zh: string, x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Feature' as const,
  properties: { name_zh },
  geometry: { type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
});
const districts: FeatureCollection = { type: 'FeatureCollection', features: [square('天河区', 113.2, 23.0, 113.4, 23.2), square('黄埔区', 113.4, 23.0, 113.6, 23.2)] };
const plan = { actions: [{ targets: [{ id: 'A1-T3' }, { id: 'A1-T2' }] }, { targets: [{ id: 'A5-T4' }] }] } as never;
const B = (s: string) => ({ zh: `中${s}`, en: s });

const record = (over: Record<string, unknown> = {}) => ({
  id: 'skl-one', name_zh: '样例国家重点实验室', name_en: 'Fixture SKL', kind: 'state-key-lab', host: B('host'), district: '天河区',
  site: B('campus'), point: [113.3, 23.1], confidence: 'medium', coord_basis: B('basis'), approved: 2011, before_2019: true, year_note: B('2011'),
  targets: ['A1-T3'], caveat: null, sources: [{ url: 'https://example.org/a', quote: '样例引文' }], ...over,
});
const seed = (records: unknown[]) => InstitutionSeed.parse({
  about: 'fixture', records,
  totals: [{ target: 'A5-T4', value: 35, as_of: '2021-01', note: B('total'), sources: [{ url: 'https://example.org/t', quote: '35家' }] }],
  not_kept: [{ name_zh: '某实验室', why: 'no source' }],
});
const build = (records: unknown[]) => buildInstitutions(seed(records), { seed: 'seeds/x.json', sha256: '0' });
const problemsOf = (fc: unknown) => validateInstitutions(fc, districts, plan, { file: 'f.geojson' });
const one = (over: Record<string, unknown>) => problemsOf(build([record(over)]));

describe('buildInstitutions', () => {
  it('turns a seed record into a feature: point → geometry, every other field kept; no point → null geometry', () => {
    const fc = build([record(), record({ id: 'skl-two', district: null, site: null, point: null })]);
    expect(fc.features.map((f) => [f.id, f.geometry?.coordinates ?? null])).toEqual([['skl-one', [113.3, 23.1]], ['skl-two', null]]);
    expect(fc.features[0]!.properties).not.toHaveProperty('point');
    expect(fc.features[1]!.properties.district).toBeNull();
    expect(fc.provenance).toMatchObject({ sited: 1, unsited: 1, not_kept: 1 });
    expect(fc.totals[0]!.value).toBe(35);
    expect(InstitutionsFile.safeParse(fc).success).toBe(true);
    expect(problemsOf(fc)).toEqual([]);
  });

  it('the shipped file is exactly what the build makes from the seed', () => {
    const bytes = readFileSync(join(ROOT, INSTITUTIONS_SEED));
    const out = buildInstitutions(InstitutionSeed.parse(JSON.parse(bytes.toString('utf8'))), { seed: INSTITUTIONS_SEED, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(`${JSON.stringify(out, null, 2)}\n`).toBe(readFileSync(join(ROOT, 'data/institutions.geojson'), 'utf8'));
  });
});

describe('validateInstitutions: bad data fails naming file, feature id and field', () => {
  it('a point outside its declared district', () => {
    const ps = one({ point: [113.5, 23.1] });
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'f.geojson', id: 'skl-one', field: 'geometry.coordinates' });
    expect(ps[0]!.message).toMatch(/in 黄埔区/);
  });
  it('a point without a district', () => {
    expect(one({ district: null })).toEqual([expect.objectContaining({ id: 'skl-one', field: 'properties.district' })]);
  });
  it('a target that is not in the plan, or not the kind\'s', () => {
    expect(one({ kind: 'enterprise-technology-centre', targets: ['A5-T4'] })).toEqual([]);
    expect(one({ targets: ['A5-T4'] })).toEqual([expect.objectContaining({ field: 'properties.targets' })]);
    const p = problemsOf(build([record({ kind: 'technology-innovation-centre', targets: ['A5-T1'] })]));
    expect(p).toEqual([expect.objectContaining({ id: 'skl-one', field: 'properties.targets.0', message: expect.stringMatching(/A5-T1.*does not exist/) })]);
  });
  it('no sources, or a source without its quote', () => {
    expect(one({ sources: [] })).toEqual([expect.objectContaining({ field: 'properties.sources' })]);
    expect(one({ sources: [{ url: 'https://example.org' }] })).toEqual([expect.objectContaining({ field: 'properties.sources.0.quote' })]);
    expect(one({ sources: [{ url: 'ftp://x', quote: 'q' }] })).toEqual([expect.objectContaining({ field: 'properties.sources.0.url' })]);
  });
  it('a text in one language only, an unknown district, disagreeing years', () => {
    expect(one({ coord_basis: { zh: '只有中文' } })).toEqual([expect.objectContaining({ field: 'properties.coord_basis.en' })]);
    expect(one({ district: '萝岗区' })).toEqual([expect.objectContaining({ field: 'properties.district' })]);
    expect(one({ approved: 2020, before_2019: true })).toEqual([expect.objectContaining({ field: 'properties.before_2019' })]);
  });
  it('ids repeated or not matching properties.id; a geometry that is not a point', () => {
    const fc = build([record(), record()]);
    expect(problemsOf(fc)).toEqual([expect.objectContaining({ id: 'skl-one', field: 'id', message: expect.stringMatching(/unique/) })]);
    const wrong = build([record()]);
    (wrong.features[0] as { id: string }).id = 'other';
    expect(problemsOf(wrong)).toEqual([expect.objectContaining({ id: 'other', field: 'properties.id' })]);
    const line = JSON.parse(JSON.stringify(build([record()])));
    line.features[0].geometry = { type: 'LineString', coordinates: [[113.3, 23.1], [113.31, 23.1]] };
    expect(problemsOf(line).map((p) => [p.id, p.field])).toContainEqual(['skl-one', 'geometry']);
  });
  it('a total for a target the plan lacks; not a FeatureCollection', () => {
    const fc = build([record()]);
    fc.totals[0]!.target = 'A9-T9';
    expect(problemsOf(fc)).toEqual([expect.objectContaining({ id: 'totals.0', field: 'target' })]);
    expect(problemsOf({ type: 'Feature' })).toEqual([expect.objectContaining({ id: '-', field: 'type' })]);
  });
});
