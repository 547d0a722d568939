import { describe, expect, it } from 'vitest';
import { buildClaim } from './claim-builder';
import { matchClaims } from './match-claims';
import type { MatchInput, MatchResult } from './types';

const blinken = [{ type: 'person' as const, name: 'أنتوني بلينكن' }];
const visit = (key: string, raw: string, value: number): MatchInput => ({
  key, articleDate: null,
  claim: buildClaim(`وتعد جولة بلينكن الحالية في المنطقة هي ${raw} له منذ اندلاع الحرب على غزة.`, [{ type: 'ordinal', value, raw }], blinken),
});

function assertClean(results: MatchResult[], items: MatchInput[]) {
  const ids = new Set<string>();
  for (const r of results) {
    expect(r.a).toBeLessThan(r.b);
    expect(items[r.a].key).not.toBe(items[r.b].key);
    const id = `${r.a}-${r.b}`;
    expect(ids.has(id)).toBe(false);
    ids.add(id);
  }
}

describe('matchClaims', () => {
  it('links visit claims across articles, each pair once', () => {
    const items = [visit('000', 'العاشرة', 10), visit('001', 'الثامنة', 8), visit('003', 'الثامنة', 8)];
    const r = matchClaims(items);
    assertClean(r, items);
    expect(r.map((x) => `${x.a}-${x.b}:${x.relation}`)).toEqual(['0-1:contradicts', '0-2:contradicts', '1-2:supports']);
  });

  it('survives bad input: no slots, same-article duplicates, an article given twice, itself', () => {
    const noSlots: MatchInput = { key: 'a', articleDate: null, claim: buildClaim('قال المتحدث إن المحادثات مستمرة.', []) };
    const empty: MatchInput = { key: 'b', articleDate: 'not a date', claim: buildClaim('', []) };
    const v = visit('c', 'الثامنة', 8);
    const items = [noSlots, empty, v, v, { ...v }, visit('c', 'الثامنة', 8), visit('d', 'الثامنة', 8), visit('d', 'الثامنة', 8)];
    const r = matchClaims(items);
    assertClean(r, items);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ a: 2, b: 6, relation: 'supports' });
  });

  it('5,000 claims sharing the same common words: no blow-up, bounded links', () => {
    const items: MatchInput[] = [];
    for (let i = 0; i < 5000; i++) {
      items.push({ key: `art-${i % 500}`, articleDate: null,
        claim: buildClaim(`قال المسؤولون إن الحرب في غزة مستمرة وإن المفاوضات صعبة والوضع الإنساني سيئ رقم ${i}`, []) });
    }
    const started = Date.now();
    const r = matchClaims(items);
    assertClean(r, items);
    expect(r.length).toBeLessThanOrEqual(5000 * 12);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
