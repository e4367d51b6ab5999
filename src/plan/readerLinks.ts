// Splits a line of the plan into text and place-name links for the plan reader.

export type Segment = { text: string; placeId?: string };

export interface Term {
  term: string;
  placeId: string;
}

/** Longest terms first, so 广州科学城 is not cut short by a shorter name inside it. */
export function sortTerms(terms: readonly Term[]): Term[] {
  return [...terms].filter((t) => t.term.length > 1).sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
}

export function linkLine(line: string, sortedTerms: readonly Term[]): Segment[] {
  const marks: Array<{ start: number; end: number; placeId: string }> = [];
  for (const { term, placeId } of sortedTerms) {
    for (let i = line.indexOf(term); i >= 0; i = line.indexOf(term, i + term.length)) {
      const end = i + term.length;
      if (!marks.some((m) => i < m.end && end > m.start)) marks.push({ start: i, end, placeId });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ text: line.slice(at, m.start) });
    out.push({ text: line.slice(m.start, m.end), placeId: m.placeId });
    at = m.end;
  }
  if (at < line.length) out.push({ text: line.slice(at) });
  return out;
}
