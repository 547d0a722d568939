import { describe, it, expect } from 'vitest';
import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
  it('covers the whole text, marking each claim at its offsets', () => {
    const segs = highlightSegments(20, [{ id: 1, start: 5, end: 10 }]);
    expect(segs).toEqual([
      { start: 0, end: 5, claimIds: [] },
      { start: 5, end: 10, claimIds: [1] },
      { start: 10, end: 20, claimIds: [] },
    ]);
  });
  it('splits overlapping claims into runs covered by both', () => {
    const segs = highlightSegments(12, [
      { id: 1, start: 0, end: 8 },
      { id: 2, start: 4, end: 12 },
    ]);
    expect(segs.map((s) => s.claimIds)).toEqual([[1], [1, 2], [2]]);
  });
  it('ignores offsets outside the text', () => {
    expect(highlightSegments(5, [{ id: 1, start: 3, end: 50 }])).toEqual([{ start: 0, end: 5, claimIds: [] }]);
  });
});
