// The kiosk build's English plan (file:// has no fetch): the text comes in a chunk of its own, still
// only when an English reader first needs it. Same interface as planEnglish.ts, which it replaces there.
let pending: Promise<string[]> | undefined;

export function loadPlanEnglish(): Promise<string[]> {
  pending ??= import('../../seeds/plan-2019-2021.en.txt?raw').then((m) => m.default.replace(/\r\n?/g, '\n').split('\n'));
  return pending;
}
