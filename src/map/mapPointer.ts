// Clicks and the pointer over the map: src/map/core/pointer.ts decides what they mean, this asks the
// map what is under the pointer and does it. The name under the pointer is a tip of text (setText),
// never markup.
import * as maplibregl from 'maplibre-gl';
import type { Accessor } from 'solid-js';
import type { Lang } from '../state/urlState.ts';
import { INTERACTIVE_LAYERS } from './style.ts';
import { clickAction, hoverTip, topmost, type PointerProbe } from './core/pointer.ts';
import type { createUserLayers } from './userLayersOnMap.ts';
import type { createInstitutionLayer } from './institutionLayer.ts';
import type { MapCallbacks } from './mapTypes.ts';

export function bindMapPointer(
  map: maplibregl.Map,
  layers: { user: ReturnType<typeof createUserLayers>; institutions: ReturnType<typeof createInstitutionLayer> },
  inputs: { lang: Accessor<Lang>; districtTips: Accessor<ReadonlyMap<string, string> | null> },
  cb: Pick<MapCallbacks, 'onSelect' | 'onUserPoint' | 'onInstitution' | 'onDistrict'>,
): () => void {
  const probe = (pt: maplibregl.PointLike): PointerProbe => ({
    user: () => layers.user.hit(pt),
    institution: () => layers.institutions.hit(pt),
    feature: () => topmost(map.queryRenderedFeatures(pt, { layers: INTERACTIVE_LAYERS.filter((l) => map.getLayer(l)) }))?.properties,
    district: () => {
      if (!inputs.districtTips() || !map.getLayer('district-fill')) return undefined;
      const name = map.queryRenderedFeatures(pt, { layers: ['district-fill'] })[0]?.properties?.['name_zh'];
      return typeof name === 'string' ? name : undefined;
    },
  });
  const onClick = (e: maplibregl.MapMouseEvent) => {
    const a = clickAction(probe(e.point));
    if (a.kind === 'expand') return void layers.user.expand(e.point);
    cb.onUserPoint?.(a.kind === 'userPoint' ? a.hit : null);
    if (a.kind === 'institution') cb.onInstitution?.(a.id);
    else if (a.kind === 'district') cb.onDistrict?.(a.name);
    else if (a.kind === 'select') cb.onSelect(a.id);
  };
  const tip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: 'hover-tip', offset: 12, maxWidth: '260px' });
  const onMove = (e: maplibregl.MapMouseEvent) => {
    const { text, pointer } = hoverTip(probe(e.point), inputs.lang(), inputs.districtTips());
    map.getCanvas().style.cursor = pointer ? 'pointer' : '';
    if (text !== undefined) tip.setLngLat(e.lngLat).setText(text).addTo(map);
    else tip.remove();
  };
  const onLeave = () => tip.remove();
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    tip.remove();
  };
}
