// Which source units make which Guangzhou district: each unit under its adcode, an old unit (if a
// source ever has one) under the district it was merged into. Anything else stops the build.
import { GUANGZHOU_DISTRICTS } from '../../../src/data/districtSchema.ts';
import type { SourceFeature } from './decodeEcharts.ts';
import type { Areal } from './polygons.ts';

export function groupUnits(
  units: readonly SourceFeature[],
  mergeInto: Readonly<Record<string, { into: string }>>,
  file: string,
): { byAdcode: Map<string, Areal[]>; merges: string[] } {
  const byAdcode = new Map<string, Areal[]>();
  const sourceNames = new Map<string, string[]>();
  const merges: string[] = [];
  for (const f of units) {
    const target = mergeInto[f.id]?.into ?? f.id;
    if (!GUANGZHOU_DISTRICTS.some((d) => d.adcode === target)) {
      throw new Error(`${file}: unit ${f.id} ${f.name} is not a current Guangzhou district and has no merge rule`);
    }
    if (target !== f.id) merges.push(`${f.id} ${f.name} → ${target}`);
    byAdcode.set(target, [...(byAdcode.get(target) ?? []), f.geometry]);
    sourceNames.set(target, [...(sourceNames.get(target) ?? []), `${f.id} ${f.name}`]);
  }
  for (const d of GUANGZHOU_DISTRICTS) {
    if (!byAdcode.has(d.adcode)) throw new Error(`${file}: no unit for ${d.adcode} ${d.name_zh}`);
    const own = sourceNames.get(d.adcode)!.find((n) => n.startsWith(`${d.adcode} `));
    if (own && own !== `${d.adcode} ${d.name_zh}`) {
      throw new Error(`${file}: ${d.adcode} is named ${own}, expected ${d.name_zh}`);
    }
  }
  return { byAdcode, merges };
}
