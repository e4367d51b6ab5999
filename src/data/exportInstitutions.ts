// CSV of institutions (the Districts screen's export under an institution metric): one line each,
// with its district ('' when unknown), site, year, targets and sources (address and quote). Pure.
import type { InstitutionFeature } from './institutionSchema.ts';
import { csvLine } from './exportPlaces.ts';

export const INSTITUTION_CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'kind',
  'host',
  'district',
  'lon',
  'lat',
  'confidence',
  'approved',
  'targets',
  'sources',
] as const;

export function institutionsCsv(features: readonly InstitutionFeature[], opts: { kindName(kind: string): string; lang: 'zh' | 'en' }): string {
  const lines = [INSTITUTION_CSV_COLUMNS.join(',')];
  for (const f of features) {
    const p = f.properties;
    const pt = f.geometry?.coordinates ?? null;
    lines.push(
      csvLine([
        p.id,
        p.name_zh,
        p.name_en,
        opts.kindName(p.kind),
        p.host[opts.lang],
        p.district,
        pt ? pt[0] : null,
        pt ? pt[1] : null,
        p.confidence,
        p.approved,
        [...p.targets],
        p.sources.map((s) => `${s.url} “${s.quote}”`),
      ]),
    );
  }
  return '\uFEFF' + lines.map((l) => l + '\r\n').join('');
}
