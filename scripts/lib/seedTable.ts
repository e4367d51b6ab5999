// The editorial tables under seeds/ (what the builds add to or correct in their sources) are JSON,
// checked with a zod schema as they are read: a mistake stops the build naming file, entry and field.
import type { z } from 'zod';
import { formatProblem, type Problem } from '../../src/data/problem.ts';
import { readText } from './repoData.ts';

/**
 * Zod issues → problems. A table is a list or a record of entries, or an object { about, <name>:
 * entries, … }; the entry is named by its key (an array element by its `id` when it has one), under
 * its table's name in the second form; the field is the rest of the path.
 */
export function seedTableProblems(file: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, root: unknown): Problem[] {
  const isObject = (v: unknown): v is Record<PropertyKey, unknown> => v !== null && typeof v === 'object';
  const depth = isObject(root) && !Array.isArray(root) && 'about' in root ? 2 : 1;
  return issues.map((issue) => {
    const labels: string[] = [];
    let node: unknown = root;
    for (const key of issue.path.slice(0, depth)) {
      const child = isObject(node) ? node[key] : undefined;
      labels.push(Array.isArray(node) && isObject(child) && typeof child.id === 'string' ? child.id : String(key));
      node = child;
    }
    return { file, id: labels.join('.') || '-', field: issue.path.slice(depth).map(String).join('.') || '-', message: issue.message };
  });
}

/** Parses a table's text with its schema; throws one error listing every problem. */
export function parseSeedTable<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new Error(seedTableProblems(file, r.error.issues, raw).map(formatProblem).join('\n'));
  return r.data;
}

/** Reads seeds/<file> (a path from the repository root) and parses it with its schema. */
export function readSeedTable<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  return parseSeedTable(file, readText(file), schema);
}
