// The floor `npm run bench` compares the app against: MapLibre alone, drawing the four GeoJSON files
// the app's map draws (data/map/context, data/districts, data/map/places, data/map/corridors, copied
// from the app's build and fetched as they are) with plain fill/line/circle/symbol layers, one per
// kind of feature (their `role`), labels drawn locally (no `glyphs`: MapLibre's default), at the
// app's default view. Nothing else: no UI, no data checks, no feature state, no data-driven paint.
// `?w=&h=` sizes the map like the app's map area (the bench measures it in the app).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { prebuiltGlyphs } from '../../../src/map/prebuiltGlyphs.ts';

maplibregl.setWorkerUrl(workerUrl);

const q = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
const w = Number(q.get('w'));
const h = Number(q.get('h'));
if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });

// Absolute URLs: the worker fetches GeoJSON sources, and it resolves against its own address.
const data = (file: string): maplibregl.SourceSpecification => ({ type: 'geojson', data: new URL(`data/${file}`, location.href).href });
const role = (r: string): maplibregl.FilterSpecification => ['==', ['get', 'role'], r];
const name: maplibregl.ExpressionSpecification = ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };

// The same bounds as the app's default view (GUANGZHOU_BOUNDS in src/geo/bounds.ts, padding as the
// adapter frames them), reached at once rather than by the app's animated fit.
const bounds: [number, number, number, number] = [112.95, 22.55, 114.05, 23.94];
const rect = container.getBoundingClientRect();
const padding = Math.min(80, Math.round(Math.min(rect.width, rect.height) / 8));

// `?glyphs=1`: the labels' glyphs from the app's build-time file (src/map/glyphBundle.ts) instead of
// drawn in the page: not the floor the budgets use, a second one the bench reports beside it.
const prebuilt = q.get('glyphs') === '1' ? prebuiltGlyphs() : undefined;
const font = prebuilt ? prebuilt.font : ['sans-serif'];

const map = new maplibregl.Map({
  container,
  ...(prebuilt ? { localIdeographFontFamily: false as const } : {}),
  bounds,
  fitBoundsOptions: { padding },
  pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
  style: {
    version: 8,
    ...(prebuilt ? { glyphs: prebuilt.url } : {}),
    sources: {
      context: data('map/context.geojson'),
      districts: data('districts.geojson'),
      places: data('map/places.geojson'),
      corridors: data('map/corridors.geojson'),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dbeafe' } },
      { id: 'gba-fill', type: 'fill', source: 'context', filter: role('city'), paint: { 'fill-color': '#e7e5e4', 'fill-opacity': 0.5 } },
      { id: 'gba-line', type: 'line', source: 'context', filter: role('city'), paint: { 'line-color': '#a8a29e', 'line-width': 0.8 } },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#fafaf9', 'fill-opacity': 0.55 } },
      { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#78716c', 'line-width': 1 } },
      { id: 'areas-fill', type: 'fill', source: 'places', filter: role('area'), paint: { 'fill-color': '#0ea5e9', 'fill-opacity': 0.2 } },
      {
        id: 'areas-line',
        type: 'line',
        source: 'places',
        filter: role('area'),
        paint: { 'line-color': '#0ea5e9', 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      { id: 'zones-fill', type: 'fill', source: 'places', filter: role('zone'), paint: { 'fill-color': '#0ea5e9', 'fill-opacity': 0.1 } },
      { id: 'zones-line', type: 'line', source: 'places', filter: role('zone'), paint: { 'line-color': '#0ea5e9', 'line-width': 1, 'line-dasharray': [1, 2] } },
      {
        id: 'corridors-line',
        type: 'line',
        source: 'corridors',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#334155', 'line-width': 3 },
      },
      {
        id: 'corridors-arrow',
        type: 'symbol',
        source: 'corridors',
        layout: { 'symbol-placement': 'line', 'symbol-spacing': 90, 'text-field': '›', 'text-size': 20, 'text-font': font, 'text-allow-overlap': true },
        paint: { 'text-color': '#334155', ...halo },
      },
      {
        id: 'points-circle',
        type: 'circle',
        source: 'places',
        filter: role('point'),
        paint: { 'circle-radius': 5.5, 'circle-color': '#2563eb', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
      },
      {
        id: 'gba-label',
        type: 'symbol',
        source: 'context',
        filter: role('city-label'),
        layout: { 'text-field': name, 'text-font': font, 'text-size': 14 },
        paint: { 'text-color': '#78716c', ...halo },
      },
      {
        id: 'district-label',
        type: 'symbol',
        source: 'context',
        filter: role('district-label'),
        layout: { 'text-field': name, 'text-font': font, 'text-size': 13 },
        paint: { 'text-color': '#57534e', ...halo },
      },
      {
        id: 'points-label',
        type: 'symbol',
        source: 'places',
        filter: role('point'),
        layout: {
          'text-field': name,
          'text-font': font,
          'text-size': 12,
          'text-max-width': 9,
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.9,
        },
        paint: { 'text-color': '#1c1917', ...halo },
      },
      {
        id: 'areas-label',
        type: 'symbol',
        source: 'places',
        filter: role('area-label'),
        layout: { 'text-field': name, 'text-font': font, 'text-size': 13, 'text-max-width': 8 },
        paint: { 'text-color': '#0369a1', ...halo },
      },
    ],
  },
});

// The same User Timing marks as the app's adapter (src/map/mapStart.ts).
map.once('render', () => performance.mark('map-first-render'));
map.once('load', () => performance.mark('map-load'));
map.once('idle', () => performance.mark('map-first-idle'));
