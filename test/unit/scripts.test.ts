// Every script under scripts/ works only when Node runs it: importing one (from a test, or from
// another script) builds, writes and launches nothing, and hands over its main().
import { describe, it, expect } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../scripts/lib/repoData.ts';

const scripts = readdirSync(join(ROOT, 'scripts'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const written = () => ['data', 'public/glyphs'].flatMap((d) => readdirSync(join(ROOT, d)).map((f) => `${d}/${f} ${statSync(join(ROOT, d, f)).mtimeMs}`));

describe('scripts', { timeout: 60_000 }, () => {
  it.each(scripts)('%s runs nothing when imported, and exports its main()', async (file) => {
    const before = written();
    const mod = (await import(pathToFileURL(join(ROOT, 'scripts', file)).href)) as { main?: unknown };
    expect(typeof mod.main).toBe('function');
    expect(written()).toEqual(before);
    expect(process.exitCode ?? 0).toBe(0);
  });
});
