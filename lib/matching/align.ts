// Pairs the figures of two claims that answer the same question: same kind of slot, same concept
// (visit, killed, hostage …) or near-identical surrounding words. One-to-one, best pairs first,
// so «نحو 100 رهينة … مقابل 240 سجينا» pairs 100 (not 240) with «105 من المحتجزين».
import type { ClaimProfile, SlotProfile } from './claim-profile';
import { jaccard } from './claim-profile';
import { areComparable, compareSlots, type SlotComparison } from './slot-compare';

export interface AlignedPair {
  a: SlotProfile;
  b: SlotProfile;
  comparison: SlotComparison;
  contextSimilarity: number;
  isSameConcept: boolean;
}

/** context overlap needed to call two figures the same question when no concept says so */
const MIN_CONTEXT = 0.3;

export function alignSlots(a: ClaimProfile, b: ClaimProfile): AlignedPair[] {
  const options: Array<AlignedPair & { score: number }> = [];
  for (const sa of a.slots) {
    for (const sb of b.slots) {
      if (!areComparable(sa.slot, sb.slot)) continue;
      // the 7 October toll and the later Gaza toll are both «مقتل … شخص»; the date says which
      if (sa.anchor !== sb.anchor) continue;
      const isSameConcept = sa.concept !== null && sa.concept === sb.concept;
      const contextSimilarity = jaccard(sa.context, sb.context);
      if (!isSameConcept && contextSimilarity < MIN_CONTEXT) continue;
      if (sa.concept !== null && sb.concept !== null && !isSameConcept && contextSimilarity < 2 * MIN_CONTEXT) continue;
      const comparison = compareSlots(sa.slot, sb.slot);
      const score = contextSimilarity + (isSameConcept ? 0.5 : 0) + (comparison.verdict === 'agree' ? 0.2 : 0);
      options.push({ a: sa, b: sb, comparison, contextSimilarity, isSameConcept, score });
    }
  }
  options.sort((x, y) => y.score - x.score);
  const usedA = new Set<SlotProfile>();
  const usedB = new Set<SlotProfile>();
  const out: AlignedPair[] = [];
  for (const o of options) {
    if (usedA.has(o.a) || usedB.has(o.b)) continue;
    usedA.add(o.a);
    usedB.add(o.b);
    out.push(o);
  }
  return out;
}
