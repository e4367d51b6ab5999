// Fills a message template: `{name}` takes a variable; `{n, plural, one {# place} other {# places}}`
// picks the form Intl.PluralRules gives for n in the language (# is the number). The one construct of
// ICU MessageFormat this app needs, so no formatting library is shipped in the shell for it.
// `{n, number}` writes a number with the language's digit grouping (100,000 in both zh-CN and en).
// Never throws: an unknown variable becomes '', an unknown plural category falls back to `other`.
import type { Lang } from './lang.ts';

/** A variable may itself be bilingual ({ zh, en }): it is then read in the template's language. */
export type TemplateVar = string | number | { readonly zh: string; readonly en: string };
export type Vars = Readonly<Record<string, TemplateVar>>;

const rules = new Map<Lang, Intl.PluralRules>();
const pluralRules = (lang: Lang): Intl.PluralRules => {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en');
    rules.set(lang, r);
  }
  return r;
};

/** `one {…} other {…}` → { one: '…', other: '…' } (braces inside a form are not nested further). */
function forms(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.matchAll(/(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g)) out.set(m[1]!, m[2]!);
  return out;
}

const formats = new Map<string, Intl.NumberFormat>();
/**
 * A number as the language writes it: thousands grouped ("12,345"), at most `maxFraction` decimals
 * (exactly that many when `fixed`). Non-finite numbers are written as a dash.
 */
export function formatNumber(n: number, lang: Lang, maxFraction = 2, fixed = false): string {
  if (!Number.isFinite(n)) return '—';
  const key = `${lang}:${maxFraction}:${fixed}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: maxFraction, minimumFractionDigits: fixed ? maxFraction : 0 });
    formats.set(key, f);
  }
  return f.format(n);
}

const NUMBER = /\{(\w+),\s*number\}/g;
const PLURAL = /\{(\w+),\s*plural,\s*((?:[^{}]|\{[^{}]*\})*)\}/g;
const VAR = /\{(\w+)\}/g;

export function fillTemplate(template: string, vars: Vars, lang: Lang): string {
  const text = (k: string): string => {
    const v = vars[k];
    return v === undefined ? '' : typeof v === 'object' ? v[lang] : String(v);
  };
  const withPlurals = template.replace(PLURAL, (_, k: string, body: string) => {
    const n = Number(vars[k]);
    const f = forms(body);
    const form = f.get(`=${n}`) ?? f.get(Number.isFinite(n) ? pluralRules(lang).select(n) : 'other') ?? f.get('other') ?? '';
    // `#` is the number itself; the form's own {vars} are filled below with the rest.
    return form.replaceAll('#', text(k));
  });
  const withNumbers = withPlurals.replace(NUMBER, (_, k: string) => {
    const v = vars[k];
    return typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) ? formatNumber(Number(v), lang) : text(k);
  });
  return withNumbers.replace(VAR, (_, k: string) => text(k));
}
