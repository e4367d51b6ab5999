// Messages between the page and the portfolio worker (portfolio.worker.ts).
import type { PortfolioResult, PortfolioTarget } from '../geo/portfolio.ts';
import type { BufferResult } from '../geo/portfolioBuffer.ts';
import type { CorridorCountResult, CorridorSegmentInput } from '../geo/corridorBuffer.ts';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface PortfolioRequest {
  /** The companies, WGS-84. */
  lon: Float64Array;
  lat: Float64Array;
  /** Index into districtNames, -1 outside Guangzhou (as packPoints.ts stores them). */
  district: Int8Array;
  districtNames: string[];
  targets: PortfolioTarget[];
  radiusKm: number;
}

export type PortfolioReply =
  | { type: 'progress'; phase: 'count' | 'buffer'; fraction: number }
  | { type: 'done'; result: PortfolioResult; buffer: BufferResult }
  | { type: 'error'; message: string };

// Corridor counts (src/geo/corridorBuffer.ts), asked of the same worker: a request with `type: 'corridors'`
// (the portfolio's request has no `type`), answered by 'progress' and one 'corridors-done' or 'error'.
export interface CorridorRequest {
  type: 'corridors';
  /** The points, WGS-84. */
  lon: Float64Array;
  lat: Float64Array;
  segments: CorridorSegmentInput[];
  bufferKm: number;
}

export type CorridorReply =
  | { type: 'progress'; phase: 'corridors'; fraction: number }
  | {
      type: 'corridors-done';
      result: CorridorCountResult;
      /** Each segment's buffer, in the order of the request's segments (for the GeoJSON export). */
      segmentAreas: Array<Polygon | MultiPolygon>;
      /** Each corridor's buffer, its segments' joined (what the map draws). */
      corridorAreas: Array<Feature<Polygon | MultiPolygon, { corridor: string; buffer_km: number }>>;
    }
  | { type: 'error'; message: string };
