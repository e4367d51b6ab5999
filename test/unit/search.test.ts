import { describe, it, expect } from 'vitest';
import { normalizeQuery, search, pinyinForms, type Searchable } from '../../src/plan/search.ts';

const items: Searchable[] = [
  { id: 'zsk', name_zh: '中新广州知识城', name_en: 'China-Singapore Guangzhou Knowledge City' },
  { id: 'scut', name_zh: '华南理工大学', name_en: 'South China University of Technology', aliases: ['SCUT', '华工'] },
  { id: 'nansha', name_zh: '南沙科学城', name_en: 'Nansha Science City' },
  { id: 'gzu', name_zh: '广州大学', name_en: 'Guangzhou University' },
  { id: 'gz', name_zh: '广州', name_en: 'Guangzhou' },
  { id: 'kc-lab', name_zh: '知识城实验室', name_en: 'Knowledge City Lab (Huangpu)' },
];
const ids = (hits: { item: Searchable }[]) => hits.map((h) => h.item.id);

describe('normalizeQuery', () => {
  it('turns full-width into half-width, lower-cases, collapses whitespace, trims', () => {
    expect(normalizeQuery('  ＳＣＵＴ　　Ｌａｂ\t\n１２３ ')).toBe('scut lab 123');
    expect(normalizeQuery('知识城')).toBe('知识城');
    expect(normalizeQuery('   ')).toBe('');
  });
});

describe('search', () => {
  it('finds a Chinese substring', () => {
    const hits = search(items, '知识城');
    expect(ids(hits)).toEqual(['kc-lab', 'zsk']); // prefix of 知识城实验室 beats substring of 中新广州知识城
    expect(hits[1]).toMatchObject({ field: 'name_zh', score: 1 });
  });

  it('finds an English word prefix, case-insensitively', () => {
    const hits = search(items, 'knowledge');
    expect(ids(hits)).toEqual(['kc-lab', 'zsk']);
    expect(hits[1]).toMatchObject({ field: 'name_en', score: 2 });
    expect(ids(search(items, 'KNOWLEDGE CITY'))).toContain('zsk');
    expect(ids(search(items, 'huangpu'))).toEqual(['kc-lab']); // word after '('
  });

  it('matches a full-width query against an alias', () => {
    const hits = search(items, 'ＳＣＵＴ');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ field: 'alias', score: 4 });
    expect(hits[0]?.item.id).toBe('scut');
    expect(search(items, '华工')[0]?.item.id).toBe('scut');
  });

  it('ranks exact > prefix > word prefix > substring, then shorter name, then input order', () => {
    // 广州 exact; 广州大学 prefix; Guangzhou as an English word inside zsk; 广州 substring of 中新广州知识城.
    expect(ids(search(items, '广州'))).toEqual(['gz', 'gzu', 'zsk']);
    const g = search(items, 'guangzhou');
    expect(ids(g)).toEqual(['gz', 'gzu', 'zsk']);
    expect(g.map((h) => h.score)).toEqual([4, 3, 2]);
    // Same tier (substring 'ity'), shorter name first: Nansha Science City (19) < Guangzhou University (20) < …
    expect(ids(search(items, 'ity'))).toEqual(['nansha', 'gzu', 'kc-lab', 'scut', 'zsk']);
    // Full tie: input order.
    const twins: Searchable[] = [
      { id: 'b', name_zh: '乙园', name_en: 'Park B' },
      { id: 'a', name_zh: '甲园', name_en: 'Park A' },
    ];
    expect(ids(search(twins, 'park'))).toEqual(['b', 'a']);
  });

  it('matches ids as substrings', () => {
    expect(search(items, 'kc-l')[0]).toMatchObject({ field: 'id' });
  });

  it('returns [] for empty or blank queries and no match', () => {
    expect(search(items, '')).toEqual([]);
    expect(search(items, ' 　\t')).toEqual([]);
    expect(search(items, '不存在的地方')).toEqual([]);
  });

  it('treats regex characters as plain text and never throws', () => {
    const odd: Searchable[] = [...items, { id: 'x', name_zh: '奇怪', name_en: 'A (b) [c] \\d* e+?' }];
    for (const q of ['(', '[', '\\', '*', '+?', '.*', '^$', '(?<', '\uD800', '[c]', '\\d*']) {
      expect(() => search(odd, q), q).not.toThrow();
    }
    expect(ids(search(odd, '[c]'))).toEqual(['x']);
    expect(ids(search(odd, '\\d*'))).toEqual(['x']);
    expect(search(odd, '.*')).toEqual([]);
  });

  it('cuts queries longer than 100 characters', () => {
    const long = [{ id: 'l', name_zh: '城'.repeat(100), name_en: 'x' }];
    expect(ids(search(long, '城'.repeat(100) + '外'.repeat(5000)))).toEqual(['l']);
  });

  it('respects the limit, 20 by default', () => {
    const many: Searchable[] = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name_zh: `园区${i}`, name_en: `Park ${i}` }));
    expect(search(many, 'park')).toHaveLength(20);
    expect(ids(search(many, 'park', 3))).toEqual(['p0', 'p1', 'p2']);
    expect(search(many, 'park', 0)).toEqual([]);
  });
});

describe('pinyinForms', () => {
  it('gives the spaced, joined and initial forms, which search then finds', () => {
    expect(pinyinForms('zhong xin guang zhou zhi shi cheng')).toEqual(['zhong xin guang zhou zhi shi cheng', 'zhongxinguangzhouzhishicheng', 'zxgzzsc']);
    expect(pinyinForms('')).toEqual([]);
    const items = [{ id: 'kc', name_zh: '中新广州知识城', name_en: 'Knowledge City', aliases: pinyinForms('zhong xin guang zhou zhi shi cheng') }];
    expect(search(items, 'zhishicheng').map((h) => h.item.id)).toEqual(['kc']);
    expect(search(items, 'ZXGZ').map((h) => h.item.id)).toEqual(['kc']);
  });
});

describe('search: English words, synonyms and phrases', () => {
  const named: Searchable[] = [
    { id: 'bio', name_zh: '广州国际生物岛', name_en: 'Guangzhou International Bio Island (Guanzhou Island)' },
    {
      id: 'bioland',
      name_zh: '广州再生医学与健康广东省实验室',
      name_en: 'Bioland Laboratory (Guangzhou Regenerative Medicine and Health Guangdong Laboratory)',
    },
    { id: 'sysu', name_zh: '中山大学', name_en: 'Sun Yat-sen University' },
    { id: 'town', name_zh: '广州大学城', name_en: 'Guangzhou Higher Education Mega Center (Guangzhou University Town)' },
  ];
  it('finds the bio island by "biological island", "bio island" and "Bio-Island"', () => {
    for (const q of ['biological island', 'bio island', 'Bio-Island', 'island bio', '生物岛']) {
      expect(ids(search(named, q))[0], q).toBe('bio');
    }
  });
  it('reduces word forms on both sides', () => {
    expect(ids(search(named, 'bioland lab'))).toEqual(['bioland']);
    expect(ids(search(named, 'regenerative laboratories'))).toEqual(['bioland']);
    expect(ids(search(named, 'canton univ town'))).toEqual(['town']);
  });
  it('expands known abbreviations and common names', () => {
    expect(ids(search(named, 'SYSU'))).toEqual(['sysu']);
    expect(ids(search(named, '中大'))).toEqual(['sysu']);
    expect(ids(search(named, 'university city'))[0]).toBe('town');
  });
  it('still needs every word: an unrelated word finds nothing', () => {
    expect(search(named, 'bio volcano')).toEqual([]);
  });
});
