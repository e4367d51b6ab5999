// One English verb for each verb the plan's titles start with (强化 and 加强 are always
// "Strengthen", 加快 "Speed up" …), so the English titles read as one list.
export const TITLE_VERBS: Readonly<Record<string, string>> = {
  强化: 'Strengthen',
  加强: 'Strengthen',
  加快: 'Speed up',
  培育: 'Cultivate',
  优化: 'Optimize',
  推动: 'Promote',
  深化: 'Deepen',
  提升: 'Raise',
  完善: 'Improve',
  构建: 'Build',
  建设: 'Build',
  打造: 'Build',
  规划: 'Plan',
  谋划: 'Plan',
  打通: 'Open up',
  拓展: 'Expand',
  集聚: 'Gather',
  加大: 'Increase',
  发展: 'Develop',
  弘扬: 'Promote',
};
/** Adverbs before the verb, in the plan and in English. */
const ZH_ADVERB = /^(进一步|积极|大力|着力|重点|科学)/;
const EN_ADVERB = /^(Further|Actively|Vigorously) /i;

/** The English verb a title must start with, or null when its Chinese starts with no listed verb. */
export function expectedVerb(zh: string): string | null {
  const z = zh.replace(ZH_ADVERB, '');
  const verb = Object.keys(TITLE_VERBS).find((v) => z.startsWith(v));
  return verb ? TITLE_VERBS[verb]! : null;
}

/** Does an English title start with the verb its Chinese one calls for? (null: nothing to check) */
export function titleVerbProblem(zh: string, en: string): string | null {
  const want = expectedVerb(zh);
  if (!want) return null;
  const e = en.replace(/^Action to /, '').replace(EN_ADVERB, '');
  return e.toLowerCase().startsWith(want.toLowerCase()) ? null : `"${zh}" starts with a verb written "${want} …" in English; found "${en}"`;
}
