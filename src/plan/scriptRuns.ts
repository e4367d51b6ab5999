// Splits a text into runs of Chinese script and the rest, so that an English text which keeps the
// plan's Chinese names (知识城 station …) can mark them lang="zh" for screen readers and fonts.

/** Han characters, CJK punctuation and full-width forms (《》、，。（） …). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf]/;

export interface Run {
  text: string;
  zh: boolean;
}

export function cjkRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const zh = CJK.test(ch);
    const last = runs[runs.length - 1];
    if (last && last.zh === zh) last.text += ch;
    else runs.push({ text: ch, zh });
  }
  return runs;
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Runs of English prose in a text meant for Chinese readers: two or more Latin words in a row
 * (separated only by spaces or ASCII punctuation). Not prose: URLs, file paths, ids and codes
 * (tokens with digits, '/', '_' or '.': WGS-84, BD-09, gz-section-01, universityList.js), and single
 * words (POI, GitHub, km).
 */
export function englishProse(text: string): string[] {
  const clean = text.replace(/https?:\/\/\S+/g, ' ');
  const runs: string[] = [];
  let run: string[] = [];
  let end = 0;
  const flush = () => {
    if (run.length >= 2) runs.push(run.join(' '));
    run = [];
  };
  for (const m of clean.matchAll(/[A-Za-z0-9'’\-/_.]+/g)) {
    const token = m[0].replace(/^[-'’.]+|[-'’.]+$/g, '');
    const gap = clean.slice(end, m.index);
    end = m.index + m[0].length;
    if (run.length > 0 && !/^[\s,;:()&"'-]*$/.test(gap)) flush();
    if (/^[A-Za-z][A-Za-z'’-]*$/.test(token) && token.length >= 2) run.push(token);
    else flush();
  }
  flush();
  return runs;
}
