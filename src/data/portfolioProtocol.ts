// Messages between the page and the portfolio worker (portfolio.worker.ts).
import type { PortfolioResult, PortfolioTarget } from '../geo/portfolio.ts';
import type { BufferResult } from '../geo/portfolioBuffer.ts';

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
