// The plan's PDF artefacts: characters its text extraction got wrong (装臵 for 装置). The data keep
// them, so every check still finds each text literally in the seed; the app shows them corrected.
import type { AppData } from '../data/appData.ts';

export interface Artefact {
  /** As the seed writes it. */
  written: string;
  /** What the plan means. */
  meant: string;
  why: string;
}

/** Every artefact found in seeds/plan-2019-2021.txt (and copied from it into the gazetteer's names). */
export const PDF_ARTEFACTS: readonly Artefact[] = [
  { written: '臵', meant: '置', why: '装置 (facility) extracted as 装臵 with a look-alike character, in all 7 places it stands' },
];

export function fixArtefacts(text: string): string {
  let out = text;
  for (const a of PDF_ARTEFACTS) out = out.split(a.written).join(a.meant);
  return out;
}

/** The same value with every string corrected (objects and arrays copied, other values kept). */
export function fixArtefactsDeep<T>(value: T): T {
  if (typeof value === 'string') return fixArtefacts(value) as T;
  if (Array.isArray(value)) return value.map((v) => fixArtefactsDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fixArtefactsDeep(v)])) as T;
  }
  return value;
}

/** The app's data as shown: texts corrected; geometries, ids and numbers untouched. */
export function forDisplay(data: AppData): AppData {
  return {
    ...data,
    plan: fixArtefactsDeep(data.plan),
    places: data.places.map((f) => ({ ...f, properties: fixArtefactsDeep(f.properties) })),
    corridors: data.corridors.map((f) => ({ ...f, properties: fixArtefactsDeep(f.properties) })),
    outcomes: fixArtefactsDeep(data.outcomes),
    seedLines: data.seedLines.map(fixArtefacts),
  };
}
