// The two languages of the app, and a text in both of them.
export type Lang = 'zh' | 'en';

/** A text in both languages (data from the plan, generated chapter texts, message results). */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The text in one language. */
export const pick = (b: Bilingual, lang: Lang): string => b[lang];

/** Join bilingual parts with a bilingual separator. */
export function joinBilingual(parts: readonly Bilingual[], sep: Bilingual = { zh: ' · ', en: ' · ' }): Bilingual {
  return { zh: parts.map((p) => p.zh).join(sep.zh), en: parts.map((p) => p.en).join(sep.en) };
}

/** The browser's first language decides when a link does not: Chinese for zh-*, English otherwise. */
export function defaultLang(navigatorLanguages: readonly string[]): Lang {
  const first = navigatorLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}
