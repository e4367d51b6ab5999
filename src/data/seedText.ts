// The plan's text with line breaks, blank lines and page numbers removed, so that a phrase the PDF
// broke across lines ("广州南\n\n沙科学城") is still found, while every character keeps its line number.

export interface SeedText {
  /** The raw lines, index 0 = line 1. */
  lines: readonly string[];
  /** All lines joined with white space removed. */
  flat: string;
  /** flat[i] came from line lineOf[i] (1-based). */
  lineOf: readonly number[];
}

/** A line holding only a page number (the PDF's footer), e.g. " 14 ". */
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;

export function makeSeedText(raw: string): SeedText {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let flat = '';
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    if (PAGE_NUMBER.test(line)) return;
    for (const ch of line.replace(/\s+/gu, '')) {
      flat += ch;
      for (let k = 0; k < ch.length; k++) lineOf.push(i + 1);
    }
  });
  return { lines, flat, lineOf };
}

/** Flattened text of lines from..to (1-based, inclusive). */
export function flatRange(seed: SeedText, from: number, to: number): string {
  const start = seed.lineOf.findIndex((l) => l >= from);
  if (start < 0) return '';
  let end = start;
  while (end < seed.lineOf.length && seed.lineOf[end]! <= to) end++;
  return seed.flat.slice(start, end);
}

/** Does `phrase` (white space ignored) stand inside lines from..to? */
export function phraseInRange(seed: SeedText, phrase: string, from: number, to: number): boolean {
  const p = phrase.replace(/\s+/gu, '');
  return p.length > 0 && flatRange(seed, from, to).includes(p);
}

/** Every occurrence of `phrase` in the whole text, as the line range it spans. */
export function findPhrase(seed: SeedText, phrase: string): Array<[number, number]> {
  const p = phrase.replace(/\s+/gu, '');
  const hits: Array<[number, number]> = [];
  if (!p) return hits;
  for (let i = seed.flat.indexOf(p); i >= 0; i = seed.flat.indexOf(p, i + 1)) {
    hits.push([seed.lineOf[i]!, seed.lineOf[i + p.length - 1]!]);
  }
  return hits;
}

/** How a number is written in the plan: 1.14, 10000, 13.5 ; a range [1, 2] as 1～2. */
export function formatPlanNumber(v: number | readonly [number, number]): string {
  return typeof v === 'number' ? String(v) : `${v[0]}～${v[1]}`;
}

/**
 * Does the number stand in lines from..to as a whole number, not as part of a longer one
 * (20 must not be found inside 2021 or 1.20)?
 */
export function numberInRange(seed: SeedText, v: number | readonly [number, number], from: number, to: number): boolean {
  const text = flatRange(seed, from, to);
  // 零的突破 ("a breakthrough from zero") is how the plan writes the figure 0.
  if (v === 0 && text.includes('零的突破')) return true;
  const needle = formatPlanNumber(v);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? '';
    const after = text[i + needle.length] ?? '';
    if (!/[0-9.]/.test(before) && !/[0-9]/.test(after) && !(after === '.' && /[0-9]/.test(text[i + needle.length + 1] ?? ''))) {
      return true;
    }
  }
  return false;
}

/** A figure the plan writes in lines from..to, with the line it stands on. */
export interface SeedFigure {
  value: number | [number, number];
  line: number;
  text: string;
}

/**
 * Every figure written in lines from..to: numbers and ranges (1～2), and 零 of 零的突破 as 0.
 * Years (a number followed by 年: 2021 年末) are not figures.
 */
export function figuresInRange(seed: SeedText, from: number, to: number): SeedFigure[] {
  const start = seed.lineOf.findIndex((l) => l >= from);
  if (start < 0) return [];
  let end = start;
  while (end < seed.lineOf.length && seed.lineOf[end]! <= to) end++;
  const text = seed.flat.slice(start, end);
  const out: SeedFigure[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:～(\d+(?:\.\d+)?))?|零(?=的突破)/g)) {
    if (text[m.index + m[0].length] === '年') continue;
    const value: SeedFigure['value'] = m[0] === '零' ? 0 : m[2] !== undefined ? [Number(m[1]), Number(m[2])] : Number(m[1]);
    out.push({ value, line: seed.lineOf[start + m.index]!, text: m[0] });
  }
  return out;
}
