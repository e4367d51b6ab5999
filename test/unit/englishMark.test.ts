import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markEnglish, nameVariants, placeHighlightEn, stem } from '../../src/plan/englishMark.ts';
import { englishOf, sentencePassage } from '../../src/plan/passage.ts';
import { splitLines } from '../../src/data/planTranslation.ts';

const at = (text: string, phrases: string[]) => {
  const m = markEnglish(text, phrases);
  return m ? text.slice(m[0], m[1]) : undefined;
};

describe('markEnglish', () => {
  it('finds a name as written, whatever its case, dashes and quotes', () => {
    expect(at('speed up building China-Singapore Guangzhou Knowledge City, Guangzhou Science City', ['China–Singapore Guangzhou Knowledge City'])).toBe(
      'China-Singapore Guangzhou Knowledge City',
    );
    expect(at("the rest of the 'three cities, one zone and thirteen nodes'.", ['thirteen nodes'])).toBe('thirteen nodes');
  });

  it('finds an indicator the translation words its own way: the shortest run holding most of its words', () => {
    expect(at('strive to prepare 1 national laboratory, build 3 Guangdong provincial laboratories', ['National laboratories (preparing to build)'])).toBe(
      'national laboratory',
    );
    expect(
      at("By the end of 2021, the city's strategic emerging industries add value of 450 billion yuan", ['Value added of strategic emerging industries']),
    ).toBe('strategic emerging industries add value');
    expect(at('create 1 national technology innovation center, 1 national industrial innovation center', ['National industrial innovation centres'])).toBe(
      'national industrial innovation center',
    );
  });

  it('marks nothing rather than a stray word: one shared word, or a run broken by other words, is not the phrase', () => {
    expect(at('build Guangzhou into a strong city of science and technology innovation', ['Guangzhou Shipping Exchange'])).toBeUndefined();
    expect(at('national policies, and at the provincial level many other things, laboratories', ['National laboratories'])).toBeUndefined();
    expect(markEnglish('anything', [])).toBeUndefined();
  });

  it('stems plurals and British spellings as the translation writes them', () => {
    expect(stem('laboratories')).toBe('laboratory');
    expect(stem('Centres')).toBe('center');
    expect(stem('added')).toBe('add');
    expect(stem('business')).toBe('business');
  });
});

describe('nameVariants and placeHighlightEn', () => {
  it('tries a name whole, without its parenthesis, and the other name in it', () => {
    expect(nameVariants('China-Singapore Guangzhou Knowledge City (formerly Sino-Singapore Guangzhou Knowledge City)')).toEqual([
      'China-Singapore Guangzhou Knowledge City (formerly Sino-Singapore Guangzhou Knowledge City)',
      'China-Singapore Guangzhou Knowledge City',
      'Sino-Singapore Guangzhou Knowledge City',
    ]);
  });
  it('marks a place the plan does not name by its term, as the Chinese quote does', () => {
    expect(placeHighlightEn({ named_in_plan: false, name_en: 'Tianhe Smart City', plan_terms: ['十三节点'] })[0]).toBe('thirteen nodes');
    expect(placeHighlightEn({ named_in_plan: true, name_en: 'Guangzhou Science City', plan_terms: ['广州科学城'] })).toEqual(['Guangzhou Science City']);
  });
});

// The shipped plan, its translation, places and targets: every passage whose Chinese quote marks its
// phrase marks it in English too — but for two the translation cannot: 侨梦苑's passage, where the
// translation writes 'Qiaomeng-' / 'yuan' across a line break, and A1-T4 (国家大科学装臵), whose English
// quote ends at the first clause of its last line (englishOf) before "large scientific facilities".
describe('the shipped plan in English', () => {
  const ROOT = process.cwd();
  const zh = splitLines(readFileSync(join(ROOT, 'seeds/plan-2019-2021.txt'), 'utf8'));
  const en = splitLines(readFileSync(join(ROOT, 'seeds/plan-2019-2021.en.txt'), 'utf8'));
  type Props = { id: string; name_zh: string; name_en: string; named_in_plan: boolean; plan_terms: string[]; lines: Array<[number, number]> };
  const places = (JSON.parse(readFileSync(join(ROOT, 'data/places.geojson'), 'utf8')) as { features: Array<{ properties: Props }> }).features.map(
    (f) => f.properties,
  );
  type Target = { id: string; indicator: { zh: string; en: string }; lines: [number, number] };
  const targets = (JSON.parse(readFileSync(join(ROOT, 'data/plan.json'), 'utf8')) as { actions: Array<{ targets?: Target[] }> }).actions.flatMap(
    (a) => a.targets ?? [],
  );

  it('marks in English what the Chinese marks, for every place and every target', () => {
    const cases = [
      ...places.flatMap((p) => p.lines.map((l) => ({ id: p.id, lines: l, zh: p.named_in_plan ? p.name_zh : p.plan_terms[0]!, en: placeHighlightEn(p) }))),
      ...targets.map((t) => ({ id: t.id, lines: t.lines, zh: t.indicator.zh, en: [t.indicator.en] })),
    ];
    const missed: string[] = [];
    let marked = 0;
    for (const c of cases) {
      const p = sentencePassage(zh, c.lines, c.zh);
      if (!p.text.includes(c.zh.replace(/\s+/g, ''))) continue;
      marked++;
      if (!markEnglish(englishOf(zh, en, p).text, c.en)) missed.push(c.id);
    }
    expect(marked).toBeGreaterThan(140);
    expect(missed).toEqual(['qiaomengyuan-zengcheng', 'A1-T4']);
  });
});
