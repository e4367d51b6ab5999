// The panel files (PANEL_FILES) checked against their schemas in the browser, when their bytes are not
// the ones the build checked (panelData.ts). Lazy: zod stays out of the first load. check:data runs
// the fuller checks (validatePlaceSources.ts, validateOutcomes) on the repo's files.
import { PlaceSourcesFile } from './placeSchema.ts';
import { SearchesFile } from './outcomeSchema.ts';
import { PANEL_FILES, type PanelFileKey } from './dataFiles.ts';
import { makeParser } from './appData.ts';

export interface PanelFiles {
  placeSources: PlaceSourcesFile;
  searches: SearchesFile;
}

const SCHEMAS = { placeSources: PlaceSourcesFile, searches: SearchesFile } as const;

/** JSON text → the checked file; throws one error listing every problem ("file: id: field: message"). */
export function checkPanelFile<K extends PanelFileKey>(key: K, text: string): PanelFiles[K] {
  const errors: string[] = [];
  const value = makeParser(errors)(PANEL_FILES[key], text, SCHEMAS[key]);
  if (value === undefined) throw new Error(errors.join('\n'));
  return value as PanelFiles[K];
}
