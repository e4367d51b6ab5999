// The language of the first paint, before the store exists: the link's lang=, else the browser's.
import type { Lang } from './urlState.ts';

export function bootLang(hash: string, languages: readonly string[]): Lang {
  const m = /(?:^#|&)lang=(zh|en)(?:&|$)/.exec(hash);
  if (m) return m[1] as Lang;
  return (languages[0] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
