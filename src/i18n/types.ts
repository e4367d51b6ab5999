// The shape of a message catalogue: every key has its text in both languages. English plurals are
// written inside the text (`{n, plural, one {# place} other {# places}}`, see format.ts), never as a
// second key.
export type Catalogue = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
