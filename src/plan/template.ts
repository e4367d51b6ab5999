// "{n} places" + { n: 3 } → "3 places": the one substitution every string table uses.
// A variable may itself be bilingual ({ zh, en }); it is then read in the template's language.
export type TemplateVar = string | number | { zh: string; en: string };

export function fillTemplate(template: string, vars: Readonly<Record<string, TemplateVar>>, lang: 'zh' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    return v === undefined ? '' : typeof v === 'object' ? v[lang] : String(v);
  });
}
