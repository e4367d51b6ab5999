import { describe, it, expect } from 'vitest';
import { outcomeWhere } from '../../src/plan/outcomeWhere.ts';
import { englishProse } from '../../src/plan/scriptRuns.ts';
import { readText } from '../../scripts/lib/repoData.ts';

describe('outcomeWhere', () => {
  it('leaves no English prose in the Chinese version of any source.where', () => {
    const o = JSON.parse(readText('data/outcomes.json')) as { outcomes: Array<{ id: string; source: { where: string } }> };
    for (const x of o.outcomes) expect(englishProse(outcomeWhere(x.source.where, 'zh')), x.id).toEqual([]);
    expect(outcomeWhere('http://a.cn/x (南方都市报 (repost); underlying source: 《公报》)', 'zh')).toBe('http://a.cn/x (南方都市报（转载）; 原始来源：《公报》)');
    expect(outcomeWhere('x (repost)', 'en')).toBe('x (repost)');
  });
});
