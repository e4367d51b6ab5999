// The plan's English text (seeds/plan-2019-2021.en.txt, an unofficial translation) is aligned with
// the Chinese line by line, so every line reference works in both. This checks that alignment:
// same number of lines, a blank line for each blank one and a translated line for each other one,
// every figure of a line (years included) present in its translation, and no Chinese in the English.
// Pure (used by check:data and the Node tests).
import type { Problem } from './problem.ts';

export const PLAN_EN_SEED = 'seeds/plan-2019-2021.en.txt';

/** CJK ideographs, kana, Hangul and the CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

export function splitLines(raw: string): string[] {
  return raw.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * The figures of a Chinese line as values: 1.2 万 is 12000, 1200 亿 is 120000000000, 65% is 65,
 * 1～2 is 1 and 2. Digits joined by ＋ ("1＋1＋9") are separate numbers.
 */
export function zhFigures(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(/(\d+(?:\.\d+)?)\s*(万|亿)?/gu)) {
    const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
    out.push(round(Number(m[1]) * scale));
  }
  return out;
}

/**
 * The figures of an English line as values: 12,000 is 12000, 120 billion is 120000000000,
 * 60 million is 60000000; "2019–2021" is 2019 and 2021; "5G", "4K" and "version 6" give 5, 4 and 6.
 */
export function enFigures(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion))?/gu)) {
    const scale = m[3] === 'thousand' ? 1e3 : m[3] === 'million' ? 1e6 : m[3] === 'billion' ? 1e9 : 1;
    out.push(round(Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')) * scale));
  }
  return out;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Problems of the translation `en` against the Chinese `zh`, each naming its line. */
export function checkTranslation(zh: string, en: string, file = PLAN_EN_SEED): Problem[] {
  const problems: Problem[] = [];
  const z = splitLines(zh);
  const e = splitLines(en);
  if (z.length !== e.length) {
    problems.push({
      file,
      id: '-',
      field: 'lines',
      message: `has ${e.length} lines, the Chinese text has ${z.length}: the translation must be aligned line by line`,
    });
  }
  const n = Math.min(z.length, e.length);
  for (let i = 0; i < n; i++) {
    const id = `line ${i + 1}`;
    const zl = z[i]!;
    const el = e[i]!;
    if (zl.trim() === '' && el.trim() !== '') problems.push({ file, id, field: 'text', message: 'the Chinese line is blank, the translation is not' });
    if (zl.trim() !== '' && el.trim() === '') problems.push({ file, id, field: 'text', message: `not translated: "${zl.trim()}"` });
    const cjk = CJK.exec(el);
    if (cjk) problems.push({ file, id, field: 'text', message: `Chinese in the translation: "${cjk[0]}"` });
    const have = enFigures(el);
    const missing = zhFigures(zl).filter((v) => !have.includes(v));
    if (missing.length > 0) problems.push({ file, id, field: 'figures', message: `${missing.join(', ')} of the Chinese line missing from the translation` });
  }
  return problems;
}
