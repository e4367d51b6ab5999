// One message catalogue for the whole app, in namespaces (app.*, districts.*, present.*, link.*, …), one
// `t` to read it, and messages as data ({ key, vars }) for whatever produces text for a user outside a
// component (parsers, validators, the store): the view translates them, nothing translates back.
// The shell carries the namespaces of the first screen; a lazy screen's namespace comes with its chunk
// (the catalogue file registers itself when imported), so the shell does not grow with every screen.
import { app } from './catalogue/app.ts';
import { link } from './catalogue/link.ts';
import { status } from './catalogue/status.ts';
import { printBrief } from './catalogue/printBrief.ts';
import type { districts } from './catalogue/districts.ts';
import type { present } from './catalogue/present.ts';
import type { importer } from './catalogue/importer.ts';
import { loads } from './catalogue/loads.ts';
import type { storage } from './catalogue/storage.ts';
import type { brief } from './catalogue/brief.ts';
import type { scorecard } from './catalogue/scorecard.ts';
import type { institutions } from './catalogue/institutions.ts';
import type { portfolio } from './catalogue/portfolio.ts';
import type { corridorCounts } from './catalogue/corridorCounts.ts';
import type { Catalogue } from './types.ts';
import { fillTemplate, type Vars } from './format.ts';
import type { Bilingual, Lang } from './lang.ts';

export type { Lang, Bilingual } from './lang.ts';
export { pick, joinBilingual, defaultLang } from './lang.ts';
export type { Vars, TemplateVar } from './format.ts';

interface Namespaces {
  app: typeof app;
  link: typeof link;
  status: typeof status;
  districts: typeof districts;
  present: typeof present;
  importer: typeof importer;
  loads: typeof loads;
  storage: typeof storage;
  printBrief: typeof printBrief;
  brief: typeof brief;
  scorecard: typeof scorecard;
  institutions: typeof institutions;
  portfolio: typeof portfolio;
  corridorCounts: typeof corridorCounts;
}
const CATALOGUE: { [N in keyof Namespaces]?: Catalogue } = { app, link, status, loads, printBrief };

/** A lazy screen's namespace, registered by its catalogue file as it loads. */
export function addCatalogue<N extends keyof Namespaces>(ns: N, messages: Namespaces[N]): void {
  CATALOGUE[ns] = messages;
}

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
  // A key of a namespace not loaded yet is shown as itself (see t): never thrown on.
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

/** Every key of the namespaces loaded, for tests that check the catalogue as a whole. */
export function allKeys(): MessageKey[] {
  return Object.entries(CATALOGUE).flatMap(([ns, c]) => Object.keys(c).map((k) => `${ns}.${k}` as MessageKey));
}
