// The first load's code is what src/main.tsx imports statically (dynamic imports are chunks loaded
// later). The full zod (classic: ~45 kB raw of schemas and JSON-schema code) belongs to the checks
// of data that did not come from the build, never to the shell: one value imported from a schema
// module (SITE_KINDS from placeSchema.ts) once pulled it in, 13 kB gzip of every first load.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The specifiers a module imports for values (type-only imports and dynamic imports left out). */
export function staticImports(source: string): string[] {
  const out: string[] = [];
  // import x from '…'; import { a, type B } from '…'; export { a } from '…'; import '…';
  const re = /^\s*(import|export)\s+(?!type\s)(?:([^;]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[1] === 'export' && !m[2]) continue;
    // `import { type A, type B } from` carries no value either.
    const names = m[2]?.match(/^\{([\s\S]*)\}$/)?.[1];
    if (names?.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    out.push(m[3]!);
  }
  return out;
}

/** Every module reached from `entry` through static value imports, and the packages they import. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        if (/\.(ts|tsx)$/.test(spec)) visit(join(dirname(file), spec));
      } else if (!spec.startsWith('virtual:')) packages.add(spec);
    }
  };
  visit(join(ROOT, entry));
  return { files, packages };
}

describe('the shell (src/main.tsx and its static imports)', () => {
  it('reads value imports and skips type-only ones', () => {
    const src = [
      "import { a, type B } from './a.ts';",
      "import type { C } from './c.ts';",
      "import { type D } from './d.ts';",
      "import './e.css';",
      "export { f } from './f.ts';",
      "export type { G } from './g.ts';",
      'import {\n  h,\n  i,\n} from "no-single-quotes";',
      "import * as z from 'zod/mini';",
      "const later = import('./lazy.ts');",
    ].join('\n');
    expect(staticImports(src)).toEqual(['./a.ts', './e.css', './f.ts', 'no-single-quotes', 'zod/mini']);
  });

  it('does not carry the full zod, only zod/mini (the link parser)', () => {
    const { files, packages } = staticGraph('src/main.tsx');
    expect(files.size).toBeGreaterThan(20);
    expect([...packages]).toContain('zod/mini');
    const importers = [...files].filter((f) => staticImports(readFileSync(f, 'utf8')).includes('zod'));
    expect(importers.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
