// What a click or the pointer over the map means, in the order the map is asked (each probe runs only
// when the ones before it found nothing): the user's own points, then an institution, then the plan's
// topmost interactive feature, then a district. Pure: the adapter's pointer wiring (src/map/mapPointer.ts)
// queries the map and does what these return.
import type { Lang } from '../../state/urlState.ts';
import { INTERACTIVE_LAYERS } from '../style.ts';

export interface PointerProbe {
  /** The user's point or cluster under the pointer (index undefined: a cluster of `count`). */
  user(): { layerId: string; index?: number; name: string; count?: number } | undefined;
  institution(): { id: string; name_zh: string; name_en: string } | undefined;
  /** The properties of the topmost interactive feature (topmost()). */
  feature(): Record<string, unknown> | undefined;
  /** The district under the pointer (zh name), where districts answer the pointer. */
  district(): string | undefined;
}

/** The hit of the first layer in INTERACTIVE_LAYERS' order (not the drawing order MapLibre returns). */
export function topmost<H extends { layer: { id: string } }>(hits: readonly H[]): H | undefined {
  return INTERACTIVE_LAYERS.flatMap((l) => hits.filter((h) => h.layer.id === l))[0];
}

export type ClickAction =
  | { kind: 'expand' }
  | { kind: 'userPoint'; hit: { layerId: string; index: number } }
  | { kind: 'institution'; id: string }
  | { kind: 'district'; name: string }
  | { kind: 'select'; id: string | undefined };

/**
 * What a click does: a cluster of the user's points opens; a user point is reported; else an
 * institution, a feature, a district, or nothing (the selection clears). Every click but a cluster's
 * also tells the user-points panel whether it hit one (ClickAction 'userPoint', or `userPoint: null`).
 */
export function clickAction(p: PointerProbe): ClickAction {
  const u = p.user();
  if (u) return u.index === undefined ? { kind: 'expand' } : { kind: 'userPoint', hit: { layerId: u.layerId, index: u.index } };
  const inst = p.institution();
  if (inst) return { kind: 'institution', id: inst.id };
  const id = p.feature()?.['id'];
  if (typeof id === 'string') return { kind: 'select', id };
  const district = p.district();
  return district ? { kind: 'district', name: district } : { kind: 'select', id: undefined };
}

/** The name under the pointer (undefined: no tip) and whether the pointer shows a hand. */
export function hoverTip(p: PointerProbe, lang: Lang, districtTips: ReadonlyMap<string, string> | null): { text: string | undefined; pointer: boolean } {
  const u = p.user();
  if (u) return { text: u.count !== undefined ? `${u.count} ×` : u.name, pointer: true };
  const inst = p.institution();
  if (inst) return { text: lang === 'zh' ? inst.name_zh : inst.name_en, pointer: true };
  const f = p.feature();
  if (f) return { text: String((lang === 'zh' ? f['name_zh'] : (f['label_en'] ?? f['name_en'])) ?? f['id'] ?? ''), pointer: true };
  const d = p.district();
  const text = d ? districtTips?.get(d) : undefined;
  return text ? { text, pointer: true } : { text: undefined, pointer: false };
}
