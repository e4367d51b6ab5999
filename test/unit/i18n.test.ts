import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/repoData.ts';
import { fillTemplate, formatNumber } from '../../src/i18n/format.ts';
import { t, both, allKeys, say } from '../../src/i18n/index.ts';
import '../../src/i18n/catalogue/districts.ts';
import '../../src/i18n/catalogue/present.ts';
import '../../src/i18n/catalogue/importer.ts';
import '../../src/i18n/catalogue/storage.ts';

describe('fillTemplate', () => {
  it('fills numbers, strings and bilingual values in the template language; unknown names become empty', () => {
    expect(fillTemplate('{n} places in {d}', { n: 3, d: 'Nansha' }, 'en')).toBe('3 places in Nansha');
    expect(fillTemplate('{d}：{n} 处', { n: 0, d: { zh: '南沙区', en: 'Nansha' } }, 'zh')).toBe('南沙区：0 处');
    expect(fillTemplate('a{missing}b', {}, 'en')).toBe('ab');
    expect(fillTemplate('<img src=x>{x}', { x: '$&' }, 'en')).toBe('<img src=x>$&');
  });
  it('picks the plural form the language gives for the count (# is the number)', () => {
    const tpl = '{n, plural, one {# point} other {# points}}, {k, plural, one {# row} other {# rows}} skipped';
    expect(fillTemplate(tpl, { n: 1, k: 0 }, 'en')).toBe('1 point, 0 rows skipped');
    expect(fillTemplate(tpl, { n: 80000, k: 1 }, 'en')).toBe('80000 points, 1 row skipped');
    // Chinese has one form: `other`.
    expect(fillTemplate('{n, plural, other {# 个点}}', { n: 1 }, 'zh')).toBe('1 个点');
    // An exact form wins; a missing count falls back to `other`; nothing throws.
    expect(fillTemplate('{n, plural, =0 {none} one {one} other {#}}', { n: 0 }, 'en')).toBe('none');
    expect(fillTemplate('{n, plural, one {one} other {many}}', {}, 'en')).toBe('many');
    expect(fillTemplate('{n, plural, one {one}}', { n: 5 }, 'en')).toBe('');
  });
  it('writes {n, number} with the language’s digit grouping, in zh and en', () => {
    expect(fillTemplate('{n, number} {n, plural, one {company} other {companies}}', { n: 100000 }, 'en')).toBe('100,000 companies');
    expect(fillTemplate('{n, number} {n, plural, one {company} other {companies}}', { n: 1 }, 'en')).toBe('1 company');
    expect(fillTemplate('{n, number} 家企业', { n: 1234567 }, 'zh')).toBe('1,234,567 家企业');
    expect(fillTemplate('{r, number} km', { r: 2.5 }, 'en')).toBe('2.5 km');
    // Not a number: written as given; missing: empty.
    expect(fillTemplate('{x, number}|{y, number}', { x: 'n/a' }, 'en')).toBe('n/a|');
  });
  it('formatNumber groups thousands and rounds to the decimals asked', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(100000, 'zh')).toBe('100,000');
    expect(formatNumber(1234.56, 'en', 1, true)).toBe('1,234.6');
    expect(formatNumber(0.3, 'zh', 1, true)).toBe('0.3');
    expect(formatNumber(2, 'en', 1, true)).toBe('2.0');
    expect(formatNumber(NaN, 'en')).toBe('—');
  });
});

describe('the catalogue', () => {
  const placeholders = (s: string) =>
    new Set(
      [
        ...s
          .replace(/\{(\w+), plural,(?:[^{}]|\{[^{}]*\})*\}/g, '{$1}')
          .replace(/\{(\w+), number\}/g, '{$1}')
          .matchAll(/\{(\w+)\}/g),
      ].map((m) => m[1]!),
    );
  it('has every message in both languages, with the same placeholders', () => {
    const keys = allKeys();
    expect(keys.length).toBeGreaterThan(300);
    for (const key of keys) {
      // Filled with a value for every placeholder, so a message that is only a placeholder is not empty.
      const { zh, en } = both(key, new Proxy({}, { get: () => 'x' }));
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
    }
  });
  // “十三节点之 {n}”: the Chinese says the total in words.
  const ONLY_EN: Record<string, string[]> = { nodeSubtitle: ['total'], nodeSubtitleNoSite: ['total'] };
  it('names the same variables in both languages', async () => {
    // Every catalogue file, so a new namespace is checked without editing this test.
    const names = readdirSync(join(ROOT, 'src/i18n/catalogue'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const mods = await Promise.all(names.map((n) => import(`../../src/i18n/catalogue/${n}.ts`)));
    for (const m of mods) {
      for (const [key, e] of Object.entries(Object.values(m)[0] as Record<string, { zh: string; en: string }>)) {
        expect([...placeholders(e.en)].filter((v) => !ONLY_EN[key]?.includes(v)).sort(), key).toEqual([...placeholders(e.zh)].sort());
      }
    }
  });
  it('says a plural in English without a second key', () => {
    expect(t('en', 'present.tasks', { n: 1 })).toBe('1 task');
    expect(t('en', 'present.tasks', { n: 3 })).toBe('3 tasks');
    expect(t('zh', 'present.tasks', { n: 1 })).toBe('任务 1 项');
    expect(say('en', { key: 'link.itemsDropped', vars: { key: 'kinds', n: 1 } })).toBe('kinds: dropped 1 invalid item');
  });
  it('shows an unknown key as itself rather than throwing', () => {
    expect(t('en', 'app.nope' as never)).toBe('app.nope');
  });
});
