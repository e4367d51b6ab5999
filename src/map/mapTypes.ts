// What the app hands the map (signals in, callbacks out) and what it gets back: the adapter's contract
// (src/map/mapAdapter.ts assembles the map from it).
import type { Accessor } from 'solid-js';
import type { Lang, Basemap, View } from '../state/urlState.ts';
import type { Bounds } from '../geo/bounds.ts';
import type { PresentMapState } from './presentPaint.ts';
import type { PresentMove } from './presentCamera.ts';
import type { PosterMap } from './posterSnapshot.ts';
import type { UserLayerView } from './userLayersOnMap.ts';
import type { InstitutionPoints } from './institutionLayer.ts';
import type { PortfolioOverlay } from './portfolioLayers.ts';
import type { CorridorBufferOverlay } from './corridorBufferLayers.ts';
import type { StateIds } from './core/featureStates.ts';
import type { LayerToggles } from './core/layerVisibility.ts';

/**
 * Where the camera goes, one request at a time: frame a box (a selection, a focus, a district), go to a
 * view (a link's, exactly), or Present's legs framed beside the card. `seq` changes on every request,
 * so asking twice for the same thing moves twice.
 */
export type CameraRequest = { seq: number } & (
  | { kind: 'frame'; bounds: Bounds /** Jump instead of flying (the first framing of a load). */; instant?: boolean }
  | { kind: 'view'; center: [number, number]; zoom: number /** ms; 0 jumps. */; duration?: number }
  | ({ kind: 'legs' } & Omit<PresentMove, 'seq'>)
);

export interface MapInputs {
  lang: Accessor<Lang>;
  basemap: Accessor<Basemap>;
  /** Ids of the places and corridors that pass the filters. */
  visible: Accessor<ReadonlySet<string>>;
  selected: Accessor<string | undefined>;
  /** A place or corridor segment hovered in a list: marked on the map. */
  hovered?: Accessor<string | undefined>;
  /** Features of the current focus (action, target, task, unit); the rest fade. */
  highlighted: Accessor<ReadonlySet<string> | null>;
  highlightedDistrict: Accessor<string | undefined>;
  /** Districts mode: the districts compared side by side (zh names). */
  comparedDistricts?: Accessor<ReadonlySet<string>>;
  /** The camera's one channel: framing, a view, Present's legs. */
  camera: Accessor<CameraRequest | undefined>;
  layerVisible: Accessor<LayerToggles>;
  /** District name (zh) → share 0–1 for the choropleth, or null for none. */
  choropleth: Accessor<ReadonlyMap<string, number> | null>;
  /** Label size multiplier (1 on a desk; larger when presenting to a room). */
  labelScale: Accessor<number>;
  /** The user's own layers (imported files), drawn by src/map/userLayersOnMap.ts. */
  userLayers: Accessor<readonly UserLayerView[]>;
  /** The institutions layer's points (src/map/institutionLayer.ts); null while it is off. */
  institutions?: Accessor<InstitutionPoints | null>;
  /** Districts mode: what hovering a district says (zh name → text); null elsewhere (districts are not clickable). */
  districtTips: Accessor<ReadonlyMap<string, string> | null>;
  /** Present mode's paint (sizes from the screen, the chapter's subject), or null outside it. */
  present?: Accessor<PresentMapState | null>;
  /** The scorecard: place id → its mark's code for the chosen year (src/plan/statusMap.ts); null: no marks. */
  statusMarks?: Accessor<ReadonlyMap<string, number> | null>;
  /** The map's own buttons' names in the UI's language. */
  controlNames?: Accessor<{ zoomIn: string; zoomOut: string }>;
  /** Districts mode: the portfolio's area and rings (src/map/portfolioLayers.ts), or null. */
  portfolio?: Accessor<PortfolioOverlay | null>;
  /** Districts mode: the corridor counts' buffers (src/map/corridorBufferLayers.ts), or null. */
  corridorBuffers?: Accessor<CorridorBufferOverlay | null>;
}

/** Ids the adapter sets feature state on (the sources themselves may be URLs it never sees parsed). */
export type MapStateIds = StateIds;

export interface MapCallbacks {
  /** The map has loaded its style and can take camera moves. */
  onLoad(): void;
  onSelect(id: string | undefined): void;
  onView(view: View): void;
  onBasemapError(message: string): void;
  /** A user point was clicked (null: a click elsewhere). */
  onUserPoint?(hit: { layerId: string; index: number } | null): void;
  /** An institution was clicked (its id). */
  onInstitution?(id: string): void;
  /** Districts mode: a district was clicked. */
  onDistrict?(name: string): void;
  /** The street map's style is on its way (true) or settled (false). */
  onBasemapLoading?(loading: boolean): void;
  /** The street map loaded, but some of its tiles, sprites or glyphs did not. */
  onBasemapPartial?(): void;
  /** A user layer's points are drawn (its features object, as handed in `userLayers`). */
  onUserLayerDrawn?(features: object): void;
}

export interface MapHandle {
  destroy(): void;
  /** The map for the poster: widened to `extent` (and the view), at print resolution, with its scale. */
  posterMap(pixelRatio: number, extent: Bounds | null): Promise<PosterMap>;
  /** The map for a printed sheet: exactly `extent`, in a box of the size it has on paper (CSS px), at print resolution. */
  sheetMap(width: number, height: number, pixelRatio: number, extent: Bounds): Promise<PosterMap>;
}
