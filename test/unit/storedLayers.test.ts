// src/data/storedLayers.ts: the store of the user's layers read without trusting it — every record a
// layer or set aside, none dropped; the older format converted without losing a layer.
import { describe, it, expect } from 'vitest';
import {
  readMeta,
  readPoints,
  classify,
  convertOld,
  newLayerId,
  timeOfId,
  hasOld,
  idsOf,
  metaKey,
  pointsKey,
  oldDataKey,
  OLD_INDEX_KEY,
  type UserLayerMeta,
} from '../../src/data/storedLayers.ts';
import { packPoints, unpackPoints, type PackedPoints } from '../../src/data/packPoints.ts';
import type { ImportedPoints } from '../../src/data/importPipeline.ts';

const points = (names: string[]): PackedPoints =>
  packPoints({
    format: 'csv',
    encoding: 'utf-8',
    datum: 'wgs84',
    names,
    lon: Float64Array.from(names.map((_, i) => 113.3 + i / 100)),
    lat: Float64Array.from(names.map(() => 23.1)),
    rows: Int32Array.from(names.map((_, i) => i + 2)),
    districts: names.map((_, i) => (i % 2 ? '天河区' : null)),
    attrKeys: ['sector'],
    attrs: [names.map((n) => `s-${n}`)],
    issues: [],
    issueCount: 0,
    skipped: 0,
    outside: Math.ceil(names.length / 2),
    counts: { 天河区: Math.floor(names.length / 2) },
  } satisfies ImportedPoints);
const meta = (id: string, name = id, createdAt = '2026-12-01T10:00:00.000Z'): UserLayerMeta => ({
  id,
  name,
  color: '#7c3aed',
  visible: true,
  fileName: `${name}.csv`,
  createdAt,
});

describe('readMeta and readPoints', () => {
  it('read what the app writes', () => {
    expect(readMeta(meta('a'), 'a')).toEqual(meta('a'));
    const p = points(['甲', 'B', 'C']);
    expect(readPoints(p)).toBe(p);
    expect(unpackPoints(readPoints(p)!).names).toEqual(['甲', 'B', 'C']);
    expect(readPoints(points([]))).toBeDefined();
  });
  it('refuse a record with wrong fields, a string, or parts that disagree — so unpacking cannot throw', () => {
    expect(readMeta('a string', 'a')).toBeUndefined();
    expect(readMeta({ ...meta('a'), visible: 'yes' }, 'a')).toBeUndefined();
    expect(readMeta(meta('b'), 'a')).toBeUndefined();
    expect(readMeta(null)).toBeUndefined();
    const p = points(['A', 'B']);
    expect(readPoints('junk')).toBeUndefined();
    expect(readPoints({ names: 42, lon: [], lat: [] })).toBeUndefined();
    expect(readPoints({ ...p, names: ['A', 'B'] })).toBeUndefined();
    expect(readPoints({ ...p, names: 'A' })).toBeUndefined();
    expect(readPoints({ ...p, lon: [1, 2] })).toBeUndefined();
    expect(readPoints({ ...p, lat: new Float64Array(1) })).toBeUndefined();
    expect(readPoints({ ...p, district: Int8Array.from([0, 5]) })).toBeUndefined();
    expect(readPoints({ ...p, attrs: [] })).toBeUndefined();
    expect(readPoints({ ...p, attrs: ['x'] })).toBeUndefined();
    expect(readPoints({ ...p, datum: 'osgb' })).toBeUndefined();
    expect(readPoints({ ...p, counts: { a: -1 } })).toBeUndefined();
  });
});

describe('newLayerId', () => {
  it('carries its import time', () => {
    const at = Date.UTC(2026, 11, 1, 10, 0, 0);
    const id = newLayerId(at, () => 0.123456);
    expect(id).toMatch(/^l[0-9a-z]+$/);
    expect(timeOfId(id)).toBe(at);
    expect(timeOfId('not-an-id')).toBeUndefined();
  });
});

describe('classify', () => {
  const keysOf = (m: Record<string, unknown>) => Object.keys(m);
  const run = (m: Record<string, unknown>, known: string[] = []) => {
    const ks = keysOf(m);
    const ids = idsOf(ks);
    return classify(
      ks,
      new Map(ids.map((id) => [id, m[metaKey(id)]])),
      new Map(ids.filter((id) => !known.includes(id) && metaKey(id) in m && pointsKey(id) in m).map((id) => [id, m[pointsKey(id)]])),
    );
  };
  it('lists the readable layers in import order and sets aside every other record, named when it can be', () => {
    const store = {
      [metaKey('b')]: meta('b', 'Second', '2026-12-02T00:00:00.000Z'),
      [pointsKey('b')]: points(['x']),
      [metaKey('a')]: meta('a', 'First'),
      [pointsKey('a')]: points(['y', 'z']),
      [metaKey('c')]: meta('c', 'Broken points'),
      [pointsKey('c')]: { names: 7 },
      [metaKey('d')]: 'a string',
      [pointsKey('d')]: points(['w']),
      [metaKey('e')]: { name: 'Wrong fields', colour: 1 },
      [pointsKey('f')]: points(['orphan']),
      somethingElse: 1,
    };
    const { layers, aside } = run(store);
    expect(layers.map((l) => l.meta.name)).toEqual(['First', 'Second']);
    expect(layers[0]!.points?.count).toBe(2);
    expect(aside).toEqual(
      expect.arrayContaining([
        { name: 'Broken points', id: 'c', keys: [metaKey('c'), pointsKey('c')] },
        { name: undefined, id: 'd', keys: [metaKey('d'), pointsKey('d')] },
        { name: 'Wrong fields', id: 'e', keys: [metaKey('e')] },
        { name: undefined, id: 'f', keys: [pointsKey('f')] },
        { name: undefined, keys: ['somethingElse'] },
      ]),
    );
    expect(aside).toHaveLength(5);
    // Every key is accounted for.
    const accounted = [...layers.flatMap((l) => [metaKey(l.meta.id), pointsKey(l.meta.id)]), ...aside.flatMap((a) => a.keys)];
    expect(accounted.sort()).toEqual(keysOf(store).sort());
  });
  it('does not need the points of a layer the page has already', () => {
    const { layers, aside } = run({ [metaKey('a')]: meta('a'), [pointsKey('a')]: 'would be junk' }, ['a']);
    expect(layers).toEqual([{ meta: meta('a'), points: undefined }]);
    expect(aside).toEqual([]);
  });
});

describe('convertOld', () => {
  const colors = ['#111111', '#222222'];
  const apply = (entries: Array<[string, unknown]>) => {
    const m = new Map(entries);
    const { put, del } = convertOld(entries, colors);
    for (const [k, v] of put) m.set(k, v);
    for (const k of del) m.delete(k);
    return m;
  };
  it('converts every layer of the old list, and removes the list', () => {
    const a = points(['A']);
    const b = points(['B1', 'B2']);
    const m = apply([
      [OLD_INDEX_KEY, [meta('a'), meta('b')]],
      [oldDataKey('a'), { packed: a }],
      [oldDataKey('b'), { packed: b, geojson: 'old blob' }],
    ]);
    expect([...m.keys()].sort()).toEqual([metaKey('a'), metaKey('b'), pointsKey('a'), pointsKey('b')]);
    expect(m.get(pointsKey('b'))).toBe(b);
    expect(m.get(metaKey('a'))).toEqual(meta('a'));
    expect(hasOld([...m.keys()])).toBe(false);
  });
  it('keeps unreadable points where they are, beside the metadata that names them, and keeps a list it cannot read', () => {
    const m = apply([
      [OLD_INDEX_KEY, [meta('a', 'Good'), meta('b', 'Bad points'), 'junk entry']],
      [oldDataKey('a'), { packed: points(['A']) }],
      [oldDataKey('b'), { packed: { names: 1 } }],
    ]);
    expect(m.get(metaKey('b'))).toEqual(meta('b', 'Bad points'));
    expect(m.get(oldDataKey('b'))).toEqual({ packed: { names: 1 } });
    expect(m.has(OLD_INDEX_KEY)).toBe(true);
    const ids = idsOf([...m.keys()]);
    const { layers, aside } = classify(
      [...m.keys()],
      new Map(ids.map((id) => [id, m.get(metaKey(id))])),
      new Map(ids.filter((id) => m.has(pointsKey(id))).map((id) => [id, m.get(pointsKey(id))])),
    );
    expect(layers.map((l) => l.meta.name)).toEqual(['Good']);
    expect(aside).toEqual(
      expect.arrayContaining([
        { name: 'Bad points', id: 'b', keys: [metaKey('b'), oldDataKey('b')] },
        { name: undefined, keys: [OLD_INDEX_KEY] },
      ]),
    );
  });
  it('brings back points the list lost (a tab rewrote it from its stale memory), named by their import time', () => {
    const id = newLayerId(Date.UTC(2026, 10, 30, 8, 5), () => 0.5);
    const m = apply([
      [OLD_INDEX_KEY, [meta('a')]],
      [oldDataKey('a'), { packed: points(['A']) }],
      [oldDataKey(id), { packed: points(['lost']) }],
      [oldDataKey('zz'), 'a string'],
    ]);
    expect(m.get(metaKey(id))).toMatchObject({ id, name: '2026-11-30 08:05', recovered: true, visible: true, color: '#111111' });
    expect((m.get(pointsKey(id)) as PackedPoints).names).toBe('lost');
    // A string stays, to be set aside.
    expect(m.get(oldDataKey('zz'))).toBe('a string');
  });
  it('never writes over a record of the new format (an old tab wrote the list again)', () => {
    const newer = meta('a', 'Renamed since');
    const { put, del } = convertOld(
      [
        [OLD_INDEX_KEY, [meta('a', 'Stale')]],
        [metaKey('a'), newer],
        [pointsKey('a'), points(['A'])],
      ],
      colors,
    );
    expect(put).toEqual([]);
    expect(del).toEqual([OLD_INDEX_KEY]);
  });
});
