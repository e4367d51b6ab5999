// The plan's English lines for a component that shows the plan's words: asked for (once, app-wide)
// only while the component wants them, i.e. in English with the translation shown.
import { createEffect, createSignal, type Accessor } from 'solid-js';
import { loadPlanEnglish } from '../data/planEnglish.ts';

export interface PlanEnglish {
  /** The English lines (index 0 = line 1), once loaded. */
  lines: Accessor<string[] | undefined>;
  /** The file could not be loaded (the Chinese text is shown instead). */
  failed: Accessor<boolean>;
}

export function usePlanEnglish(wanted: Accessor<boolean>): PlanEnglish {
  const [lines, setLines] = createSignal<string[]>();
  const [failed, setFailed] = createSignal(false);
  createEffect(() => {
    if (!wanted() || lines()) return;
    setFailed(false);
    loadPlanEnglish().then(setLines, () => setFailed(true));
  });
  return { lines, failed };
}
