import { describe, it, expect } from 'vitest';
import { fillTemplate } from '../../src/plan/template.ts';

describe('fillTemplate', () => {
  it('fills numbers, strings and bilingual values in the template language; unknown names become empty', () => {
    expect(fillTemplate('{n} places in {d}', { n: 3, d: 'Nansha' }, 'en')).toBe('3 places in Nansha');
    expect(fillTemplate('{d}：{n} 处', { n: 0, d: { zh: '南沙区', en: 'Nansha' } }, 'zh')).toBe('南沙区：0 处');
    expect(fillTemplate('a{missing}b', {}, 'en')).toBe('ab');
    expect(fillTemplate('<img src=x>{x}', { x: '$&' }, 'en')).toBe('<img src=x>$&');
  });
});
