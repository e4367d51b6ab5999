// How a chapter card writes its citation and its figures.
import type { Lines } from '../data/planSchema.ts';
import { t, type Lang } from '../i18n/index.ts';

/** "规划第 86–88、209 行" / "plan lines 86–88, 209". */
export function citeText(lines: readonly Lines[], lang: Lang): string {
  const parts = lines.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const single = lines.length === 1 && lines[0]![0] === lines[0]![1];
  return t(lang, single ? 'present.planLine' : 'present.planLines', { lines: parts.join(t(lang, 'present.lineSep')) });
}

/** "about 65%" → the figure large, the plan's qualifying words beside it smaller. */
export function figureParts(text: string): Array<{ text: string; figure: boolean }> {
  const m = /^(.*?)([\d.,～–]+\s?%?)(.*)$/.exec(text);
  if (!m) return [{ text, figure: true }];
  return [
    { text: m[1]!.trim(), figure: false },
    { text: m[2]!, figure: true },
    { text: m[3]!.trim(), figure: false },
  ].filter((p) => p.text);
}
