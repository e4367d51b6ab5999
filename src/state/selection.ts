// Selection and focus agree: choosing a place the focus does not concern ends the focus, so the
// panel, the map and the link (which would otherwise carry both) say one thing.

/** The features of the focus, as the link graph gives them (undefined: no focus). */
export interface FocusFeatures {
  readonly places: readonly string[];
  readonly corridors: readonly string[];
}

/** What the store should hold after choosing `id` (undefined: a click on nothing) with this focus. */
export function afterSelect(
  focus: string | undefined,
  features: FocusFeatures | undefined,
  id: string | undefined,
): { select: string | undefined; focus: string | undefined } {
  if (id === undefined || focus === undefined || !features) return { select: id, focus };
  const inFocus = features.places.includes(id) || features.corridors.includes(id);
  return { select: id, focus: inFocus ? focus : undefined };
}
