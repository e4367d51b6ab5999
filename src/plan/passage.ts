// The passage of the plan that names something: the line range a record carries, widened to whole
// sentences (or a whole clause of a list) so the quote never starts or stops mid-phrase. The PDF's
// line breaks, blank lines and page-number lines are dropped; the line numbers stay exact.

/** Where a sentence or clause ends in the plan's text. */
const BOUNDARY = new Set(['。', '；', '！', '？']);
/** A line holding only a page number (the PDF's footer). */
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/** How far (in non-blank lines) a passage may grow each way when no boundary comes. */
const MAX_GROW = 12;

export interface Passage {
  /** First and last line (1-based, inclusive) of the text shown. */
  lines: [number, number];
  text: string;
  /** The line the anchor stands on (where the reader opens), else the passage's first line. */
  at: number;
}

/**
 * @param seedLines the plan, index 0 = line 1
 * @param range the line range a record carries (1-based, inclusive)
 * @param anchor the phrase the passage is about (a name, an indicator): when it stands in the range,
 *   the sentence around it is taken, else the sentences the whole range touches.
 */
export function sentencePassage(seedLines: readonly string[], range: readonly [number, number], anchor?: string): Passage {
  const [a, b] = range[0] <= range[1] ? range : [range[1], range[0]];
  // Non-blank lines in a window around the range, flattened, each character keeping its line.
  const rows: Array<{ n: number; text: string }> = [];
  const before: Array<{ n: number; text: string }> = [];
  for (let n = a - 1; n >= 1 && before.length < MAX_GROW; n--) {
    const t = clean(seedLines[n - 1]);
    if (t) before.unshift({ n, text: t });
  }
  const inside: Array<{ n: number; text: string }> = [];
  for (let n = a; n <= Math.min(b, seedLines.length); n++) {
    const t = clean(seedLines[n - 1]);
    if (t) inside.push({ n, text: t });
  }
  const after: Array<{ n: number; text: string }> = [];
  for (let n = b + 1; n <= seedLines.length && after.length < MAX_GROW; n++) {
    const t = clean(seedLines[n - 1]);
    if (t) after.push({ n, text: t });
  }
  rows.push(...before, ...inside, ...after);
  if (inside.length === 0) return { lines: [a, b], text: '', at: a };

  let flat = '';
  const lineOf: number[] = [];
  for (const r of rows) {
    for (const ch of r.text) {
      flat += ch;
      for (let k = 0; k < ch.length; k++) lineOf.push(r.n);
    }
  }
  const rangeStart = lineOf.indexOf(inside[0]!.n);
  const rangeEnd = lineOf.lastIndexOf(inside.at(-1)!.n) + 1; // exclusive
  // Around the anchor when it stands in the range (white space ignored), else the whole range.
  const p = anchor?.replace(/\s+/gu, '') ?? '';
  const hit = p ? flat.slice(rangeStart, rangeEnd).indexOf(p) : -1;
  const from = hit >= 0 ? rangeStart + hit : rangeStart;
  const to = hit >= 0 ? from + p.length : rangeEnd;

  // Back to just after the boundary before `from`; forward to and including the first boundary at or after `to - 1`.
  let start = from;
  while (start > 0 && !BOUNDARY.has(flat[start - 1]!)) start--;
  let end = Math.max(to, start + 1);
  while (end <= flat.length && !BOUNDARY.has(flat[end - 1]!)) end++;
  end = Math.min(end, flat.length);
  return { lines: [lineOf[start]!, lineOf[end - 1]!], text: flat.slice(start, end), at: hit >= 0 ? lineOf[from]! : lineOf[start]! };
}

function clean(line: string | undefined): string {
  if (line === undefined || PAGE_NUMBER.test(line)) return '';
  return line.replace(/\s+/gu, '');
}

/** Where an English sentence (or clause of a list) ends: . or ; (after a closing bracket too) before a space. */
const EN_BOUNDARY = /[.;]\)?(?=\s)/u;

/**
 * The same passage in the English translation (aligned line by line with the seed): the lines of the
 * Chinese passage's range, joined with spaces (blank and page-number lines dropped). Where the Chinese
 * passage starts or stops inside a line (`cut`), the English first line starts after its first
 * sentence end and the last stops at its first one, when the line has one; else the line is whole.
 * `at`: the line the reader opens at (the anchor's line), else the first.
 */
export function englishPassage(
  enLines: readonly string[],
  lines: readonly [number, number],
  cut: { start?: boolean; end?: boolean } = {},
  at?: number,
): Passage {
  const [a, b] = lines[0] <= lines[1] ? lines : [lines[1], lines[0]];
  const parts: string[] = [];
  for (let n = a; n <= Math.min(b, enLines.length); n++) {
    const line = enLines[n - 1];
    if (line === undefined || PAGE_NUMBER.test(line)) continue;
    const t = line.trim();
    if (t) parts.push(t);
  }
  if (parts.length > 0 && cut.start) {
    const m = EN_BOUNDARY.exec(parts[0]!);
    const rest = m ? parts[0]!.slice(m.index + m[0].length).trim() : '';
    if (rest) parts[0] = rest;
  }
  if (parts.length > 0 && cut.end) {
    const last = parts.length - 1;
    const m = EN_BOUNDARY.exec(parts[last]!);
    if (m && m.index + m[0].length < parts[last]!.length) parts[last] = parts[last]!.slice(0, m.index + m[0].length);
  }
  // A word the line break split with a hyphen ("Guangdong-" / "Hong Kong") joins without a space.
  const text = parts.reduce((acc, p) => (acc === '' ? p : acc.endsWith('-') ? acc + p : `${acc} ${p}`), '');
  return { lines: [a, b], text, at: at ?? a };
}

/** The English of a Chinese passage: its lines, cut where the Chinese starts or stops inside a line. */
export function englishOf(seedLines: readonly string[], enLines: readonly string[], passage: Passage): Passage {
  const [a, b] = passage.lines;
  const flat = passage.text;
  const first = clean(seedLines[a - 1]);
  const last = clean(seedLines[b - 1]);
  const k1 = Math.min(first.length, flat.length);
  const k2 = Math.min(last.length, flat.length);
  return englishPassage(
    enLines,
    passage.lines,
    {
      start: flat.slice(0, k1) !== first.slice(0, k1),
      end: k2 === 0 || flat.slice(flat.length - k2) !== last.slice(last.length - k2),
    },
    passage.at,
  );
}
