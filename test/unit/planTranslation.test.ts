import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTranslation, zhFigures, enFigures, splitLines, PLAN_EN_SEED } from '../../src/data/planTranslation.ts';
import { ROOT, SEED_FILE } from '../../scripts/lib/repoData.ts';

const zh = ['到 2021 年末，高新技术企业超', '', '过 1.2 万家，技术合同 1200 亿元', ' 14 ', '“1＋1＋9”，1～2 家，65%左右'].join('\n');
const en = ['By the end of 2021, high-tech enterprises exceed', '', '12,000, technology contracts 120 billion yuan', '14', "'1+1+9', 1 to 2, about 65%"].join(
  '\n',
);

describe('plan translation check', () => {
  it('reads figures with their units in both languages', () => {
    expect(zhFigures('过 1.2 万家，1200 亿元，6000 万元，3～5 年，13.5%')).toEqual([12000, 120e9, 60e6, 3, 5, 13.5]);
    expect(enFigures('12,000, 120 billion yuan, 60 million yuan, 3 to 5 years, 13.5%')).toEqual([12000, 120e9, 60e6, 3, 5, 13.5]);
    expect(enFigures('2019–2021, 5G, 4K, version 6')).toEqual([2019, 2021, 5, 4, 6]);
  });
  it('accepts an aligned translation', () => {
    expect(checkTranslation(zh, en)).toEqual([]);
  });
  it('names the line when the count differs, a line is untranslated or blank in one only', () => {
    const shorter = checkTranslation(zh, en.split('\n').slice(0, 4).join('\n'));
    expect(shorter.some((p) => p.field === 'lines' && p.message.includes('has 4 lines'))).toBe(true);
    const untranslated = checkTranslation(zh, en.replace('12,000, technology contracts 120 billion yuan', ''));
    expect(untranslated).toContainEqual(expect.objectContaining({ id: 'line 3', field: 'text', message: expect.stringContaining('not translated') }));
    const extra = checkTranslation(zh, en.replace('\n\n', '\nstray\n'));
    expect(extra).toContainEqual(expect.objectContaining({ id: 'line 2', message: expect.stringContaining('blank') }));
  });
  it('finds a figure that moved to another line or went missing, and Chinese left in', () => {
    const moved = checkTranslation(zh, en.replace('By the end of 2021, ', 'By the end of ').replace('12,000,', '12,000, in 2021,'));
    expect(moved).toContainEqual(expect.objectContaining({ id: 'line 1', field: 'figures', message: expect.stringContaining('2021') }));
    const wrongScale = checkTranslation(zh, en.replace('120 billion', '1200 billion'));
    expect(wrongScale).toContainEqual(expect.objectContaining({ id: 'line 3', field: 'figures' }));
    const cjk = checkTranslation(zh, en.replace('about 65%', '65%左右'));
    expect(cjk).toContainEqual(expect.objectContaining({ id: 'line 5', message: expect.stringContaining('左') }));
  });
  it('the shipped translation is aligned with the plan: same lines, every line translated, every figure kept, no Chinese', () => {
    const zhRaw = readFileSync(join(ROOT, SEED_FILE), 'utf8');
    const enRaw = readFileSync(join(ROOT, PLAN_EN_SEED), 'utf8');
    expect(splitLines(enRaw).length).toBe(splitLines(zhRaw).length);
    expect(checkTranslation(zhRaw, enRaw)).toEqual([]);
  });
});
