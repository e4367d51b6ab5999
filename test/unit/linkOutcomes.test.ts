// build:outcomes' logic (scripts/lib/outcomes): figures numbered with how their quote writes them, on file fixtures.
import { describe, it, expect } from 'vitest';
import { fixtureTest } from './fixtures.ts';
import { linkOutcomes, quotedForm } from '../../scripts/lib/outcomes/linkOutcomes.ts';
import { SeedOutcomes, SeedFigure } from '../../scripts/lib/outcomes/outcomeSeeds.ts';

fixtureTest<unknown>('linkOutcomes', (input) => linkOutcomes(SeedOutcomes.parse(input)));

describe('linkOutcomes', () => {
  const seed = { target: 'A3-T1', year: 2020, value: 850, unit: '亿元', quote: '达到850亿元' };
  it('fails naming the figure when its quote lacks it', () => {
    expect(() => quotedForm({ ...seed, quote: '达到800亿元' })).toThrow(/A3-T1 2020: value 850 not found in its quote/);
  });
  it('refuses a figure of another metric that does not say what it measures and why', () => {
    const base = {
      ...seed,
      qualifier: '=',
      comparable: false,
      source_title: 't',
      outlet: 'o',
      source_url: 'http://example.org',
      source_date: 'd',
      is_repost: false,
      publisher_note: 'p',
      confidence: 'low',
    };
    expect(SeedFigure.safeParse(base).success).toBe(false);
    expect(SeedFigure.safeParse({ ...base, measures: { zh: 'x', en: 'x' }, comparable_why_not: { zh: 'y', en: 'y' } }).success).toBe(true);
  });
});
