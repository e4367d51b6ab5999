// The single-file kiosk build's data source (file:// has no fetch): the data is inlined in the JS and
// the map's sources are computed in the page. Same interface as dataSource.ts, which it replaces there.
import { EMBEDDED, EMBEDDED_GBA } from './embedded.ts';
import { parseAppData, type ParseResult } from './appData.ts';
import { buildMapData, mapSourceData, type MapSources } from '../geo/mapData.ts';
import { fixArtefactsDeep } from '../plan/artefacts.ts';
import type { OnProgress } from './dataSource.ts';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';

let parsed: ParseResult | undefined;

export async function loadAppData(onProgress: OnProgress): Promise<ParseResult> {
  parsed = parseAppData(EMBEDDED);
  onProgress(1);
  return parsed;
}

export function mapSources(): MapSources {
  if (!parsed?.ok) throw new Error('data not loaded');
  const { data } = parsed;
  // Display text, as in the panel: the PDF's look-alike characters corrected (src/plan/artefacts.ts).
  return fixArtefactsDeep(
    mapSourceData(
      buildMapData({
        places: data.places,
        corridors: { type: 'FeatureCollection', features: data.corridors },
        districts: data.districts,
        gbaCities: JSON.parse(EMBEDDED_GBA) as FeatureCollection<Polygon | MultiPolygon>,
      }),
    ),
  );
}
