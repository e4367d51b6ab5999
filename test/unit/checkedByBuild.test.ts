// The browser reads the built-in data as is only when its bytes are the ones the build checked.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256, checkedByBuild, readChecked } from '../../src/data/checkedByBuild.ts';
import { parseAppData, type RawFiles } from '../../src/data/appData.ts';
import { buildShippedData, shippedDigests, REPO_SOURCES } from '../../scripts/lib/hubData.ts';
import { APP_FILES, PANEL_FILES } from '../../src/data/dataFiles.ts';
import { readText } from '../../scripts/lib/repoData.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const rawOf = (files: ReadonlyMap<string, string>) => Object.fromEntries(Object.entries(APP_FILES).map(([k, p]) => [k, files.get(p)!])) as unknown as RawFiles;

describe('sha256', () => {
  it('is the digest the build writes (base64 SHA-256 of the bytes)', async () => {
    const text = '{"名":"广州","n":1}';
    expect(await sha256(utf8(text))).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
  });
});

describe('checkedByBuild', () => {
  const digests = { 'a.json': createHash('sha256').update('[1]').digest('base64'), 'b.json': createHash('sha256').update('[2]').digest('base64') };
  it('accepts files whose bytes all have the recorded digest', async () => {
    expect(
      await checkedByBuild(
        new Map([
          ['a.json', utf8('[1]')],
          ['b.json', utf8('[2]')],
        ]),
        digests,
      ),
    ).toBe(true);
  });
  it('refuses one changed byte, a file with no digest, and a build that recorded none', async () => {
    expect(
      await checkedByBuild(
        new Map([
          ['a.json', utf8('[1]')],
          ['b.json', utf8('[3]')],
        ]),
        digests,
      ),
    ).toBe(false);
    expect(
      await checkedByBuild(
        new Map([
          ['a.json', utf8('[1]')],
          ['c.json', utf8('[2]')],
        ]),
        digests,
      ),
    ).toBe(false);
    expect(await checkedByBuild(new Map([['a.json', utf8('[1]')]]), {})).toBe(false);
    expect(await checkedByBuild(new Map(), digests)).toBe(false);
  });
});

describe('the shipped data read as is', () => {
  const files = buildShippedData(readText);
  it('has the digests the browser computes from the bytes it receives', async () => {
    const digests = shippedDigests(files);
    // The app's files, and the panel files (fetched when a panel first needs them, src/data/panelData.ts).
    expect(Object.keys(digests).sort()).toEqual([...Object.values(APP_FILES), ...Object.values(PANEL_FILES)].sort());
    const received = new Map(Object.values(APP_FILES).map((p) => [p, utf8(files.get(p)!)]));
    expect(await checkedByBuild(received, digests)).toBe(true);
    const panel = new Map(Object.values(PANEL_FILES).map((p) => [p, utf8(files.get(p)!)]));
    expect(await checkedByBuild(panel, digests)).toBe(true);
  });
  it('gives exactly the data the schema check gives', () => {
    const raw = rawOf(files);
    const checked = parseAppData(raw);
    const asIs = readChecked(raw);
    expect(checked.ok).toBe(true);
    expect(asIs).toEqual(checked);
    // The district outlines keep their source and licence, and features their id, either way.
    if (asIs?.ok) {
      expect(asIs.data.districts).toHaveProperty('provenance');
      expect(asIs.data.places[0]).toHaveProperty('id');
    }
  });
  it('is refused by the build when the schemas would drop a field of it', () => {
    const read = (p: string) => {
      if (p !== REPO_SOURCES.corridors) return readText(p);
      const c = JSON.parse(readText(p));
      // A GeoJSON member the feature schema does not list (properties themselves are strict).
      c.features[0].bbox = [113.2, 23.0, 113.5, 23.2];
      return JSON.stringify(c);
    };
    expect(() => buildShippedData(read)).toThrow(/schema check changes corridors/);
  });
  it('is not JSON: null, so the page falls back to the full check', () => {
    expect(readChecked({ ...rawOf(files), plan: '{ not json' })).toBeNull();
  });
});
