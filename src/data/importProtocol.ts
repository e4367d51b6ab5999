// Messages between the page and the import worker (import.worker.ts).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Datum } from '../geo/datum.ts';
import type { ColumnMapping, Delimiter, ImportIssue, Phase, Preview } from './importPipeline.ts';
import type { PackedPoints } from './packPoints.ts';
import type { TextEncoding } from './sniffEncoding.ts';

export type WorkerRequest =
  | { type: 'preview'; file: File }
  | {
      type: 'import';
      file: File;
      datum: Datum;
      mapping?: ColumnMapping;
      delimiter?: Delimiter;
      districts: FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>;
    };

export type WorkerReply =
  | { type: 'preview'; preview: Preview; encoding: TextEncoding }
  | { type: 'progress'; phase: Phase | 'read'; fraction: number }
  /** The points packed (cheap to copy). */
  | { type: 'done'; result: PackedPoints }
  | { type: 'error'; error: ImportIssue };
