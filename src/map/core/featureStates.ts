// Selection, highlight, dimming and the choropleth as feature state, and the diff against what was set
// last: every setFeatureState makes MapLibre recompute the paint of that source's tiles, so only a
// change is set again, and a first state that is all false/0 (the style's default) is not set at all.
import { SOURCES } from '../style.ts';
import type { FeatureState, MapOp } from './ops.ts';

/** The features that carry state. */
export interface StateIds {
  readonly places: readonly string[];
  readonly corridors: readonly string[];
  readonly districts: ReadonlyArray<{ readonly adcode: string; readonly name_zh: string }>;
}

export interface StateInputs {
  readonly selected: string | undefined;
  /** A place (or corridor segment) the pointer is over in a list: marked on the map. */
  readonly hovered?: string | undefined;
  /** Features of the current focus; the rest fade. null: no focus, nothing fades. */
  readonly highlighted: ReadonlySet<string> | null;
  /** A district's zh name, outlined. */
  readonly highlightedDistrict: string | undefined;
  /** District zh name → share 0–1, or null when no choropleth is shown. */
  readonly choropleth: ReadonlyMap<string, number> | null;
  /** Districts mode: the districts compared side by side (zh names), outlined in the comparison's colour. */
  readonly comparedDistricts?: ReadonlySet<string>;
  /** The scorecard: place id → its mark for the chosen year (src/plan/statusMap.ts MARK_CODE); null: no marks. */
  readonly marks?: ReadonlyMap<string, number> | null;
}

type StateOp = Extract<MapOp, { op: 'featureState' }>;

/** What the state of every feature should be now. (State on an id a source lacks is kept, never drawn.) */
export function wantedStates(ids: StateIds, inputs: StateInputs): StateOp[] {
  const { selected: sel, hovered, highlighted: hl, highlightedDistrict: district, choropleth: choro, comparedDistricts: cmp, marks } = inputs;
  const ops: StateOp[] = [];
  for (const [source, list] of [
    [SOURCES.places, ids.places],
    [SOURCES.corridors, ids.corridors],
  ] as const) {
    for (const id of list) {
      const state: Record<string, boolean | number> = {
        sel: id === sel,
        hl: hl ? hl.has(id) : false,
        dim: hl ? !hl.has(id) && id !== sel : false,
        hover: id === hovered,
      };
      // Only places carry the scorecard's mark (0: none, the style's default: leaving the mode sets it back).
      if (source === SOURCES.places) state['mark'] = marks?.get(id) ?? 0;
      ops.push({ op: 'featureState', source, id, state });
    }
  }
  for (const d of ids.districts) {
    ops.push({
      op: 'featureState',
      source: SOURCES.districts,
      id: d.adcode,
      state: { hl: d.name_zh === district, cmp: cmp?.has(d.name_zh) ?? false, choro: choro !== null, share: choro?.get(d.name_zh) ?? 0 },
    });
  }
  return ops;
}

/** Feature state as last set, per source and id (see stateKey), in the form stateValue gives. */
export type StateMemo = ReadonlyMap<string, string>;

export const stateKey = (source: string, id: string): string => `${source}\u0000${id}`;
/** A state in a comparable form (its keys are always written in the same order). */
export const stateValue = (state: FeatureState): string => JSON.stringify(state);

/** Of the wanted states, the ops that change something on the map. */
export function featureStateOps(memo: StateMemo, wanted: readonly StateOp[]): StateOp[] {
  return wanted.filter((o) => {
    const prev = memo.get(stateKey(o.source, o.id));
    if (prev === undefined) return !Object.values(o.state).every((v) => v === false || v === 0);
    return prev !== stateValue(o.state);
  });
}

/** The memo after these ops were applied. */
export function remember(memo: Map<string, string>, ops: readonly StateOp[]): void {
  for (const o of ops) memo.set(stateKey(o.source, o.id), stateValue(o.state));
}
