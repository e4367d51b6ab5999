// The 11 district features: each district's units dissolved (read by their winding), cleaned and
// rounded; with what the provenance and the build log say about them.
import * as turf from '@turf/turf';
import { GUANGZHOU_DISTRICTS } from '../../../src/data/districtSchema.ts';
import { cleanGeometry } from './cleanGeometry.ts';
import { dissolve } from './dissolve.ts';
import { bboxText, polygonsOf, ringTouches, selfKinks, type Areal } from './polygons.ts';

export function districtFeatures(byAdcode: ReadonlyMap<string, Areal[]>, decimals: number) {
  let touches = 0;
  let selfKinked = 0;
  const lobeNotes: string[] = [];
  const log: string[] = [];
  const features = GUANGZHOU_DISTRICTS.map((d) => {
    const dissolved = dissolve(byAdcode.get(d.adcode)!);
    if (dissolved.lobes) lobeNotes.push(`${d.name_zh} ${dissolved.lobes} (${(dissolved.lobeKm2 * 1e6).toFixed(0)} m²)`);
    const geometry = cleanGeometry(dissolved.geometry, decimals);
    const t = ringTouches(geometry);
    touches += t;
    selfKinked += selfKinks(geometry);
    const parts = polygonsOf(geometry).map((p) => `${(turf.area(turf.polygon(p)) / 1e6).toFixed(2)}${p.length > 1 ? ` (${p.length - 1} hole)` : ''}`);
    log.push(
      `${d.adcode} ${d.name_zh} ${d.name_en.padEnd(18)} bbox [${bboxText(geometry)}] ${geometry.type}, km²: ${parts.join(' + ')}` +
        (t ? `; rings touch at ${t} vertex` : ''),
    );
    return {
      type: 'Feature' as const,
      id: d.adcode,
      properties: { adcode: d.adcode, name_zh: d.name_zh, name_en: d.name_en, city_zh: '广州市', city_en: 'Guangzhou' },
      geometry,
    };
  });
  return { features, touches, selfKinked, lobeNotes, log };
}
