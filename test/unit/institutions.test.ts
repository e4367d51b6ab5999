import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { validateInstitutions } from '../../src/data/validateInstitutions.ts';
import { InstitutionsFile } from '../../src/data/institutionSchema.ts';
import { buildInstitutions, InstitutionSeed, INSTITUTIONS_SEED } from '../../scripts/lib/institutions/buildInstitutions.ts';
import { ROOT } from '../../scripts/lib/repoData.ts';

// ------------------------------------------------------------------ a tiny world
const districts = TWO_DISTRICTS;
const plan = { actions: [{ targets: [{ id: 'A1-T3' }, { id: 'A1-T2' }] }, { targets: [{ id: 'A5-T4' }] }] } as never;
const B = (s: string) => ({ zh: `中${s}`, en: s });

const record = (over: Record<string, unknown> = {}) => ({
  id: 'skl-one',
  name_zh: '样例国家重点实验室',
  name_en: 'Fixture SKL',
  kind: 'state-key-lab',
  host: B('host'),
  district: '天河区',
  site: B('campus'),
  point: [113.3, 23.1],
  confidence: 'medium',
  coord_basis: B('basis'),
  approved: 2011,
  before_2019: true,
  year_note: B('2011'),
  targets: ['A1-T3'],
  caveat: null,
  sources: [{ url: 'https://example.org/a', quote: '样例引文' }],
  ...over,
});
const seed = (records: unknown[]) =>
  InstitutionSeed.parse({
    about: 'fixture',
    records,
    totals: [{ target: 'A5-T4', value: 35, as_of: '2021-01', note: B('total'), sources: [{ url: 'https://example.org/t', quote: '35家' }] }],
    not_kept: [{ name_zh: '某实验室', why: 'no source' }],
  });
const build = (records: unknown[]) => buildInstitutions(seed(records), { seed: 'seeds/x.json', sha256: '0' });
const problemsOf = (fc: unknown) => validateInstitutions(fc, districts, plan, { file: 'f.geojson' });
const one = (over: Record<string, unknown>) => problemsOf(build([record(over)]));

describe('buildInstitutions', () => {
  it('turns a seed record into a feature: point → geometry, every other field kept; no point → null geometry', () => {
    const fc = build([record(), record({ id: 'skl-two', district: null, site: null, point: null })]);
    expect(fc.features.map((f) => [f.id, f.geometry?.coordinates ?? null])).toEqual([
      ['skl-one', [113.3, 23.1]],
      ['skl-two', null],
    ]);
    expect(fc.features[0]!.properties).not.toHaveProperty('point');
    expect(fc.features[1]!.properties.district).toBeNull();
    expect(fc.provenance).toMatchObject({ sited: 1, unsited: 1, not_kept: 1 });
    expect(fc.totals[0]!.value).toBe(35);
    expect(InstitutionsFile.safeParse(fc).success).toBe(true);
    expect(problemsOf(fc)).toEqual([]);
  });

  it('the shipped file is exactly what the build makes from the seed', () => {
    const bytes = readFileSync(join(ROOT, INSTITUTIONS_SEED));
    const out = buildInstitutions(InstitutionSeed.parse(JSON.parse(bytes.toString('utf8'))), {
      seed: INSTITUTIONS_SEED,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
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
  it("a target that is not in the plan, or not the kind's", () => {
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
    line.features[0].geometry = {
      type: 'LineString',
      coordinates: [
        [113.3, 23.1],
        [113.31, 23.1],
      ],
    };
    expect(problemsOf(line).map((p) => [p.id, p.field])).toContainEqual(['skl-one', 'geometry']);
  });
  it('a total for a target the plan lacks; not a FeatureCollection', () => {
    const fc = build([record()]);
    fc.totals[0]!.target = 'A9-T9';
    expect(problemsOf(fc)).toEqual([expect.objectContaining({ id: 'totals.0', field: 'target' })]);
    expect(problemsOf({ type: 'Feature' })).toEqual([expect.objectContaining({ id: '-', field: 'type' })]);
  });
});

// ------------------------------------------------------------------ the app's side
import { institutionsOfTarget, planRange, institutionPoints, countsInstitutions } from '../../src/plan/institutions.ts';
import { districtTable, resolveMetric, inMetric } from '../../src/plan/districtStats.ts';
import { institutionsCsv } from '../../src/data/exportInstitutions.ts';
import { TWO_DISTRICTS } from './fixtures.ts';

describe('institutions behind a target', () => {
  const fc = build([
    record(),
    record({ id: 'skl-two', district: null, site: null, point: null, caveat: B('joint') }),
    record({ id: 'pl-one', kind: 'provincial-lab', targets: ['A1-T2'] }),
  ]);
  it('lists the known ones, the sited ones, and a total given without a list', () => {
    const skl = institutionsOfTarget(fc, 'A1-T3');
    expect(skl.known.map((f) => f.id)).toEqual(['skl-one', 'skl-two']);
    expect(skl.sited.map((f) => f.id)).toEqual(['skl-one']);
    expect(skl.caveats).toBe(1);
    expect(skl.total).toBeUndefined();
    const etc = institutionsOfTarget(fc, 'A5-T4');
    expect(etc.known).toEqual([]);
    expect(etc.total?.value).toBe(35);
    expect(countsInstitutions('A1-T3')).toBe(true);
    expect(countsInstitutions('A1-T1')).toBe(false);
  });
  it("the plan's first and last figure", () => {
    expect(planRange({ 2019: 20, 2020: 21, 2021: 22 })).toEqual({ from: '20', to: '22' });
    expect(planRange({ 2021: [1, 2] })).toEqual({ from: '1–2', to: '1–2' });
    expect(planRange({})).toBeUndefined();
  });
  it('only sited institutions become map points', () => {
    expect(institutionPoints(fc.features).features.map((f) => f.properties.id)).toEqual(['skl-one', 'pl-one']);
  });
  it('CSV: one line each, district empty when unknown, sources with their quotes', () => {
    const csv = institutionsCsv(fc.features.slice(0, 2), { kindName: (k) => k, lang: 'en' });
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,name_zh,name_en,kind,host,district,lon,lat,confidence,approved,targets,sources');
    expect(lines[1]).toContain(
      'skl-one,样例国家重点实验室,Fixture SKL,state-key-lab,host,天河区,113.3,23.1,medium,2011,A1-T3,https://example.org/a “样例引文”',
    );
    expect(lines[2]).toMatch(/^skl-two,.*,host,,,,medium,/);
  });
});

describe('Districts metrics over institutions', () => {
  const places = [
    { id: 'p1', kind: 'lab', groups: [], district: '天河区', sited: true },
    { id: 'p2', kind: 'institute', groups: [], district: '黄埔区', sited: true },
  ];
  const inst = [
    { id: 'i1', kind: 'state-key-lab', groups: [], district: '天河区', sited: true, institution: true },
    { id: 'i2', kind: 'state-key-lab', groups: [], district: '天河区', sited: false, institution: true },
    { id: 'i3', kind: 'state-key-lab', groups: [], district: null, sited: false, institution: true },
    { id: 'i4', kind: 'provincial-lab', groups: [], district: '黄埔区', sited: true, institution: true },
  ];
  it("resolves the institution metrics; places and institutions never count in each other's metrics", () => {
    expect(resolveMetric('inst-state-key-lab')).toEqual({ type: 'institution', id: 'inst-state-key-lab', kinds: ['state-key-lab'] });
    expect(inMetric(inst[0]!, resolveMetric(undefined))).toBe(false);
    expect(inMetric(inst[0]!, resolveMetric('lab'))).toBe(false);
    expect(inMetric(places[0]!, resolveMetric('inst-all'))).toBe(false);
  });
  it('ranks districts by state key labs; the ones with no sourced district are counted apart', () => {
    const t = districtTable([...places, ...inst], 'inst-state-key-lab');
    expect(t.rows[0]).toMatchObject({ bucket: '天河区', count: 2, noSite: 1, rank: 1, ids: ['i1', 'i2'] });
    expect(t.rows.find((r) => r.bucket === '黄埔区')!.count).toBe(0);
    expect(t.unlocated).toMatchObject({ count: 1, ids: ['i3'] });
    expect(t.total.count).toBe(2);
    // The key columns still count the plan's places only.
    expect(t.rows[0]!.cols.labs).toBe(1);
    expect(districtTable([...places, ...inst], undefined).total.count).toBe(2);
    expect(districtTable([...places, ...inst], 'inst-all').total.count).toBe(3);
  });
});

describe('institutions by year approved (year=)', () => {
  it('exists by a year only where a source says so', async () => {
    const { existsBy } = await import('../../src/plan/institutions.ts');
    expect(existsBy({ approved: 2011, before_2019: true }, 2019)).toBe(true);
    expect(existsBy({ approved: 2020, before_2019: false }, 2019)).toBe(false);
    expect(existsBy({ approved: 2020, before_2019: false }, 2021)).toBe(true);
    expect(existsBy({ approved: null, before_2019: true }, 2019)).toBe(true);
    expect(existsBy({ approved: null, before_2019: null }, 2021)).toBe(false);
    const fc = build([record(), record({ id: 'new', approved: 2020, before_2019: false }), record({ id: 'unknown', approved: null, before_2019: null })]);
    expect(institutionPoints(fc.features, 2019).features.map((f) => f.properties.id)).toEqual(['skl-one']);
    expect(institutionPoints(fc.features, 2021).features.map((f) => f.properties.id)).toEqual(['skl-one', 'new']);
    expect(institutionPoints(fc.features).features).toHaveLength(3);
  });
});
