// The import's words that depend on the language beyond a message: a file's size (kB under 1 MB, so a
// small file is never "0 MB") and the kind of a binary file ("binary" is a word, not a name: translated).
import { t, say, type Lang } from '../../i18n/index.ts';
import type { ImportIssue } from '../../data/importPipeline.ts';

/** 12 kB, 1.3 MB; at least 1 kB for any non-empty file. */
export function fileSize(lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return t(lang, 'importer.sizeKb', { n: Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1024)) });
  return t(lang, 'importer.sizeMb', { n: Math.round((bytes / 1024 / 1024) * 10) / 10 });
}

/** An import message in one language, with the worker's generic file kind in that language too. */
export function importIssueText(lang: Lang, i: ImportIssue): string {
  if (i.key === 'districts.impBinary' && i.vars.what === 'binary') return say(lang, { ...i, vars: { ...i.vars, what: t(lang, 'importer.kindBinary') } });
  return say(lang, i);
}
