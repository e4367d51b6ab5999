// Editorial tables under seeds/ are checked as they are read: an error names the file, the entry, the field.
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { parseSeedTable } from '../../scripts/lib/seedTable.ts';

const Areas = z.object({ about: z.string(), areas: z.record(z.string(), z.object({ area_km2: z.number().positive(), note: z.string() }).strict()) }).strict();
const Records = z.array(z.object({ id: z.string(), lon: z.number().nullable() }).strict());

describe('parseSeedTable', () => {
  it('returns the table when it matches its schema', () => {
    expect(parseSeedTable('seeds/x.json', '{"about":"a","areas":{"p":{"area_km2":2,"note":"n"}}}', Areas)).toEqual({
      about: 'a',
      areas: { p: { area_km2: 2, note: 'n' } },
    });
  });
  it("names file, entry (a key, or an element's id) and field of every mistake", () => {
    expect(() => parseSeedTable('seeds/areas.json', '{"about":"a","areas":{"park":{"area_km2":-1,"note":"n"},"lake":{"note":3}}}', Areas)).toThrow(
      /^seeds\/areas\.json: areas\.park: area_km2: .*\nseeds\/areas\.json: areas\.lake: area_km2: .*\nseeds\/areas\.json: areas\.lake: note: /,
    );
    expect(() => parseSeedTable('seeds/added.json', '[{"id":"a","lon":1},{"id":"zone-x","lon":"113"}]', Records)).toThrow(/^seeds\/added\.json: zone-x: lon: /);
    expect(() => parseSeedTable('seeds/added.json', '[{"id":"a","lon":1,"lat":2}]', Records)).toThrow(/^seeds\/added\.json: a: -: .*"lat"/);
  });
  it('names the table when the mistake is not in an entry', () => {
    expect(() => parseSeedTable('seeds/areas.json', '{"about":"a","area":{}}', Areas)).toThrow(/^seeds\/areas\.json: areas: -: /m);
  });
  it('names the file when it is not JSON', () => {
    expect(() => parseSeedTable('seeds/bad.json', '{"about":', Areas)).toThrow(/^seeds\/bad\.json: not valid JSON/);
  });
});
