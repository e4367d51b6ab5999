// Places told apart (issue 21): seeds/places-sites.json's schema, how build:places applies it
// (scripts/lib/places/placeSite.ts) and what data/places.geojson carries as a result.
import { describe, it, expect } from 'vitest';
import { PlaceSites } from '../../scripts/lib/places/placeSeeds.ts';
import { placeSite } from '../../scripts/lib/places/placeSite.ts';
import { readText } from '../../scripts/lib/repoData.ts';
import { PlacesFile } from '../../src/data/placeSchema.ts';

const B = (zh: string, en: string) => ({ zh, en });
const SRC = { title: B('某报道', 'a report'), url: 'https://example.org/a' };
const table = (places: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  PlaceSites.parse({ about: '', places, campuses: {}, district_rules: {}, ...extra });

describe('seeds/places-sites.json schema', () => {
  it('accepts the repo table', () => {
    expect(() => PlaceSites.parse(JSON.parse(readText('seeds/places-sites.json')))).not.toThrow();
  });
  it('refuses a not-physical verdict without why, an address verdict without address, and a sourced district without sources', () => {
    const bad = (e: unknown) => PlaceSites.safeParse({ about: '', places: { x: e }, campuses: {}, district_rules: {} });
    expect(bad({ site: 'not-physical', district: null, sources: [SRC] }).success).toBe(false);
    expect(bad({ site: 'address', district: '南沙区', sources: [SRC] }).success).toBe(false);
    expect(bad({ site: 'unknown', district: '南沙区', sources: [] }).success).toBe(false);
    expect(bad({ site: 'unknown', district: null, address: B('地址', 'address'), sources: [] }).success).toBe(false);
    expect(bad({ site: 'unknown', district: null, sources: [] }).success).toBe(true);
  });
});

describe('placeSite', () => {
  it('drops a district no source gives and says so', () => {
    const out = placeSite('x', '黄埔区', false, table({ x: { site: 'unknown', district: null, sources: [] } }));
    expect(out.district).toBeNull();
    expect(out.site).toEqual({ kind: 'unknown' });
    expect(out.notes.join(' ')).toMatch(/黄埔区 rests on no source/);
  });
  it('keeps a sourced district, the address and its sources', () => {
    const out = placeSite('x', null, false, table({ x: { site: 'address', district: '海珠区', address: B('琶洲', 'Pazhou'), sources: [SRC] } }));
    expect(out.district).toBe('海珠区');
    expect(out.site).toEqual({ kind: 'address', address: B('琶洲', 'Pazhou') });
    expect(out.sources).toEqual([SRC]);
  });
  it('drops a placeholder point only where there is one', () => {
    const t = table({ x: { site: 'not-physical', district: null, why: B('一艘船', 'A ship'), drop_point: B('去掉', 'Dropped'), sources: [SRC] } });
    expect(placeSite('x', null, true, t).dropPoint).toEqual(B('去掉', 'Dropped'));
    expect(() => placeSite('x', null, false, t)).toThrow(/no point to drop/);
  });
  it('refuses a district that is none of the data', () => {
    expect(() => placeSite('x', null, false, table({ x: { site: 'unknown', district: '火星区', sources: [SRC] } }))).toThrow(/火星区/);
  });
  it('names the campuses, the first in the place’s own district', () => {
    const campuses = {
      u: {
        campuses: [
          { district: '番禺区', campus: B('大学城校区', 'University Town campus') },
          { district: '白云区', campus: B('三元里校区', '三元里 campus') },
        ],
        sources: [SRC],
      },
    };
    expect(placeSite('u', '番禺区', true, table({}, { campuses })).campuses?.map((c) => c.district)).toEqual(['番禺区', '白云区']);
    expect(() => placeSite('u', '越秀区', true, table({}, { campuses }))).toThrow(/first campus/);
  });
  it('leaves a place the table does not name as it was', () => {
    expect(placeSite('y', '天河区', true, table({}))).toEqual({ district: '天河区', sources: [], notes: [] });
  });
});

describe('data/places.geojson after build:places', () => {
  const places = PlacesFile.parse(JSON.parse(readText('data/places.geojson'))).features;
  const byId = new Map(places.map((f) => [f.id, f]));
  it('every place without a point says which kind of "no site" it is', () => {
    const unsited = places.filter((f) => f.geometry === null);
    expect(unsited.length).toBeGreaterThanOrEqual(40);
    for (const f of unsited) expect(f.properties.site?.kind, f.id).toBeDefined();
  });
  it('the seven non-places of the issue (and the drilling ship) are not physical sites, each with why', () => {
    for (const id of [
      'sse-star-market',
      'neeq-national-equities-exchange',
      'marine-comprehensive-research-vessel',
      'gas-hydrate-drilling-vessel',
      'prd-national-tech-transfer-demo-zone',
      'nansha-gba-sci-tech-cooperation-special-zone',
      'nansha-gba-talent-cooperation-demo-zone',
      'research-results-transfer-special-cooperation-zone',
    ]) {
      const s = byId.get(id)!.properties.site!;
      expect(s.kind, id).toBe('not-physical');
      expect(s.why?.en.length, id).toBeGreaterThan(10);
    }
  });
  it('address-only places show their sourced address; general-knowledge districts are gone', () => {
    expect(byId.get('guangzhou-ip-court')!.properties.site?.address?.zh).toMatch(/开创大道/);
    expect(byId.get('guangzhou-exhibition-ip-protection-body')!.properties.district).toBe('海珠区');
    for (const id of ['venture-capital-town', 'wealth-town', 'gdcni', 'guangzhou-ip-exchange', 'ceprei-headquarters'])
      expect(byId.get(id)!.properties.district, id).toBeNull();
  });
  it('unsourced placeholder points are dropped, said in the location note', () => {
    const f = byId.get('national-advanced-polymer-materials-iic')!;
    expect(f.geometry).toBeNull();
    expect(f.properties.location_note.en).toMatch(/placeholder point is dropped/);
  });
  it('the two universities name two campuses; the Bio Island states its rule', () => {
    expect(byId.get('guangzhou-university-of-chinese-medicine')!.properties.campuses?.map((c) => c.district)).toEqual(['番禺区', '白云区']);
    expect(byId.get('guangzhou-medical-university')!.properties.campuses?.map((c) => c.district)).toEqual(['越秀区', '番禺区']);
    expect(byId.get('node-guangzhou-international-bio-island')!.properties.district_rule?.en).toMatch(/counts in 海珠, not in 黄埔/);
  });
});

describe('district counting rules', async () => {
  const { countByDistrict, districtTable, DISTRICT_RULE } = await import('../../src/plan/districtStats.ts');
  const { applyFilters } = await import('../../src/plan/filters.ts');
  const uni = { id: 'u', kind: 'university', groups: [], district: '番禺区', alsoIn: ['白云区'], sited: true };
  const island = { id: 'i', kind: 'node', groups: ['thirteen-nodes'], district: '海珠区', sited: true };
  const unsourced = { id: 'x', kind: 'finance', groups: [], district: null, sited: false };
  it('counts a multi-campus university in each campus district, once in the total', () => {
    const c = countByDistrict([uni, island, unsourced], 'university');
    expect(c.get('番禺区')).toBe(1);
    expect(c.get('白云区')).toBe(1);
    const tab = districtTable([uni, island, unsourced], 'all');
    expect(tab.rows.find((r) => r.bucket === '白云区')!.cols.universities).toBe(1);
    expect(tab.total.count).toBe(2);
    expect(tab.total.cols.universities).toBe(1);
  });
  it('counts by administrative district: the Bio Island in 海珠, not 黄埔; a place with no sourced district in none', () => {
    expect(DISTRICT_RULE).toBe('administrative');
    const c = countByDistrict([uni, island, unsourced], 'all');
    expect(c.get('海珠区')).toBe(1);
    expect(c.get('黄埔区')).toBe(0);
    expect([...c.values()].reduce((a, b) => a + b, 0)).toBe(3);
    expect(districtTable([unsourced], 'all').unlocated.count).toBe(1);
  });
  it('a district filter keeps a university in each campus district', () => {
    const items = [
      { ...uni, actions: [], tasks: [], campuses: [{ district: '番禺区' }, { district: '白云区' }] },
      { ...island, actions: [], tasks: [] },
    ];
    expect(applyFilters(items, { districts: ['白云区'] }, () => []).map((x) => x.id)).toEqual(['u']);
    expect(applyFilters(items, { districts: ['黄埔区'] }, () => []).map((x) => x.id)).toEqual([]);
  });
});

describe('institutions in search and the comparison', async () => {
  const { search, pinyinForms } = await import('../../src/plan/search.ts');
  const { compareDistricts } = await import('../../src/plan/compareDistricts.ts');
  const { InstitutionsFile } = await import('../../src/data/institutionSchema.ts');
  const file = InstitutionsFile.parse(JSON.parse(readText('data/institutions.geojson')));
  // As SearchBox builds them: names, pinyin forms and the host in both languages.
  const items = file.features.map((f) => ({
    id: f.id,
    name_zh: f.properties.name_zh,
    name_en: f.properties.name_en,
    aliases: [...pinyinForms(f.properties.name_pinyin), f.properties.host.zh, f.properties.host.en],
  }));
  const first = file.features[0]!.properties;
  it('every institution carries the pinyin of its Chinese name', () => {
    for (const f of file.features) expect(f.properties.name_pinyin, f.id).toMatch(/^[a-z]+( [a-z]+)*$/);
  });
  it('finds an institution by its Chinese name, its English name and its pinyin (spaced, joined, initials)', () => {
    expect(search(items, first.name_zh)[0]?.item.id).toBe(first.id);
    expect(search(items, first.name_en)[0]?.item.id).toBe(first.id);
    const forms = pinyinForms(first.name_pinyin);
    for (const q of forms)
      expect(
        search(items, q, 50).map((h) => h.item.id),
        q,
      ).toContain(first.id);
  });
  it('finds institutions by their host', () => {
    const hits = search(items, first.host.zh, 50).map((h) => h.item.id);
    expect(hits).toContain(first.id);
  });
  it('the comparison counts institutions in rows of their own, not in the places’ total', () => {
    const places = [
      { id: 'p', kind: 'lab', groups: [], district: '海珠区', sited: true },
      { id: 'a', kind: 'state-key-lab', groups: [], district: '海珠区', sited: true, institution: true },
      { id: 'b', kind: 'provincial-lab', groups: [], district: '黄埔区', sited: false, institution: true },
    ];
    const c = compareDistricts(places, ['海珠区', '黄埔区'], { govUnitOf: () => undefined, tasksOfUnit: () => [] });
    const row = (id: string) => c.rows.find((r) => r.id === id)?.values;
    expect(row('total')).toEqual([1, 0]);
    expect(row('inst-state-key-lab')).toEqual([1, 0]);
    expect(row('inst-provincial-lab')).toEqual([0, 1]);
    expect(row('inst-all')).toEqual([1, 1]);
    expect(c.rows.some((r) => r.section === 'kind' && r.id === 'state-key-lab')).toBe(false);
  });
});
