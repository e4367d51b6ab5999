// The README's table of URL keys is derived from src/state/urlKeys.ts by hand: this keeps them one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { URL_KEYS, KEY_ORDER } from '../../src/state/urlKeys.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** Rows of the table: `| \`key\` | value | history | modes |`. */
const rows = new Map([...readme.matchAll(/^\| `([a-z]+)` \|.*\| (push|replace) \| ([a-z, ]+) \|$/gm)].map((m) => [m[1], { history: m[2], modes: m[3] }]));

describe("the README's URL keys", () => {
  it('lists every key the app reads, and no other', () => {
    expect([...rows.keys()].sort()).toEqual([...KEY_ORDER].sort());
  });
  for (const key of KEY_ORDER) {
    it(`says how ${key} behaves: its history step and the modes it is written in`, () => {
      const k = URL_KEYS[key] as { history: string; modes?: readonly string[] };
      expect(rows.get(key)).toEqual({ history: k.history, modes: k.modes ? k.modes.join(', ') : 'any' });
    });
  }
});
