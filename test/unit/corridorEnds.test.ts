import { describe, expect, it } from 'vitest';
import { corridorEnds } from '../../src/plan/corridorEnds.ts';

const lon: Record<string, number> = { a: 113.2, b: 113.3, c: 113.5, d: 113.25 };
const lonOf = (id: string) => lon[id];

describe('corridorEnds', () => {
  it('names the first and last stops, each on the side away from the rest', () => {
    expect(corridorEnds(['a', 'b', 'c'], lonOf)).toEqual([
      { id: 'a', side: 'left' },
      { id: 'c', side: 'right' },
    ]);
  });
  it('puts both ends left when the route turns back west (the Guangzhou section: 白鹅潭 … 空港)', () => {
    expect(corridorEnds(['a', 'c', 'd'], lonOf)).toEqual([
      { id: 'a', side: 'left' },
      { id: 'd', side: 'left' },
    ]);
  });
  it('has none for a single stop, and leaves out an end with no position', () => {
    expect(corridorEnds(['a'], lonOf)).toEqual([]);
    expect(corridorEnds(['x', 'a', 'c'], lonOf)).toEqual([{ id: 'c', side: 'right' }]);
  });
});
