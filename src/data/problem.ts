// One thing wrong with the data, said so that a person can find and fix it.
export interface Problem {
  file: string;
  /** The id of the record (feature id, target id …), or '-' for the file as a whole. */
  id: string;
  /** The field, as a dotted path (e.g. "targets.2.values.2019"). */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.id}: ${p.field}: ${p.message}`;
}

/** Zod issues → problems, naming the record by the id found on the path when there is one. */
export function zodProblems(file: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, root: unknown): Problem[] {
  return issues.map((issue) => {
    let id = '-';
    let node: unknown = root;
    for (const key of issue.path) {
      if (node === null || typeof node !== 'object') break;
      node = (node as Record<PropertyKey, unknown>)[key];
      if (node && typeof node === 'object' && 'id' in node && typeof (node as { id: unknown }).id === 'string') {
        id = (node as { id: string }).id;
      }
    }
    return { file, id, field: issue.path.map(String).join('.') || '-', message: issue.message };
  });
}
