// How the boundary files are written: the top level pretty, one feature per line — small, stable diffs.

export function serializeFeatures(fc: { type: string; provenance: unknown; features: unknown[] }): string {
  const head = JSON.stringify({ type: fc.type, provenance: fc.provenance }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "features": [\n${fc.features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}\n`;
}
