// One message catalogue for the whole app, in namespaces (app.*, districts.*, present.*, link.*), one
// `t` to read it, and messages as data ({ key, vars }) for whatever produces text for a user outside a
// component (parsers, validators, the store): the view translates them, nothing translates back.
import { app } from './catalogue/app.ts';
import { districts } from './catalogue/districts.ts';
import { link } from './catalogue/link.ts';
import { present } from './catalogue/present.ts';
import { fillTemplate, type Vars } from './format.ts';
import type { Bilingual, Lang } from './lang.ts';

export type { Lang, Bilingual } from './lang.ts';
export { pick, joinBilingual, defaultLang } from './lang.ts';
export type { Vars, TemplateVar } from './format.ts';

const CATALOGUE = { app, districts, link, present } as const;
type Namespaces = typeof CATALOGUE;

/** `namespace.key`, e.g. 'app.appName', 'districts.importSummary', 'link.unknownKey'. */
export type MessageKey = { [N in keyof Namespaces]: `${N & string}.${keyof Namespaces[N] & string}` }[keyof Namespaces];
/** The keys of one namespace, without its prefix (for tables of keys kept beside their data). */
export type KeyIn<N extends keyof Namespaces> = keyof Namespaces[N] & string;

/** A message as data: what a parser or a store says, translated when it is shown. */
export interface Message {
  readonly key: MessageKey;
  readonly vars?: Vars;
}

const entry = (key: MessageKey): Bilingual | undefined => {
  const dot = key.indexOf('.');
  const ns = CATALOGUE[key.slice(0, dot) as keyof Namespaces] as Readonly<Record<string, Bilingual>> | undefined;
  return ns?.[key.slice(dot + 1)];
};

/** One message in one language. An unknown key (a stale stored message) shows as itself, never throws. */
export function t(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const e = entry(key);
  return e ? fillTemplate(e[lang], vars, lang) : key;
}

/** One message in both languages (texts generated once for both, such as the tour's chapters). */
export function both(key: MessageKey, vars: Vars = {}): Bilingual {
  return { zh: t('zh', key, vars), en: t('en', key, vars) };
}

/** A message as data, in one language. */
export const say = (lang: Lang, m: Message): string => t(lang, m.key, m.vars);

/** Every key, for tests that check the catalogue as a whole. */
export function allKeys(): MessageKey[] {
  return Object.entries(CATALOGUE).flatMap(([ns, c]) => Object.keys(c).map((k) => `${ns}.${k}` as MessageKey));
}
