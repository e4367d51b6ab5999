// The institutions file as the lazy institutions chunk carries it: the same bytes npm run check:data
// validated (build) — a JS chunk of its own, fetched only when the layer, a target's list or a
// Districts metric asks for it, never on the first screen.
import raw from '../../data/institutions.geojson?raw';
import type { InstitutionsFile } from './institutionSchema.ts';

export const INSTITUTIONS: InstitutionsFile = JSON.parse(raw) as InstitutionsFile;
