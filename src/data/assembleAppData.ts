// The app's data from its parsed files: one place for the shape, shared by the schema check
// (appData.ts) and the reading of files the build already checked (checkedByBuild.ts). No zod here:
// this module is in the shell.
import type { AppData } from './appData.ts';

export interface ParsedFiles {
  plan: unknown;
  places: { features: unknown[] };
  corridors: { features: unknown[] };
  districts: unknown;
  outcomes: { outcomes: unknown[] };
  seed: string;
}

export function assembleAppData(f: ParsedFiles): AppData {
  return {
    plan: f.plan as AppData['plan'],
    places: f.places.features as AppData['places'],
    corridors: f.corridors.features as AppData['corridors'],
    districts: f.districts as AppData['districts'],
    outcomes: f.outcomes.outcomes as AppData['outcomes'],
    seedLines: f.seed.replace(/\r\n?/g, '\n').split('\n'),
  };
}
