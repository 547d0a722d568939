// Pair features for the stance model. The ANS "disagree" pairs are mostly one edit away from
// the original headline (a number, a negation, an antonym, a swapped name), so the features
// describe the *difference* between the sentences after soft-aligning their words, not the
// words they share. Features are symmetric in (s1, s2): a claim pair has no privileged order.
import { NEGATIONS, antonymSides, cardinalOf, ordinalOf, type AntonymSide } from './lexicon';
import { charTrigrams, dice, lightStem, tokenizeForStance } from './text';

export type FeatureVector = Map<string, number>;

interface Side {
  tokens: string[];
  stems: string[];
  grams: string[][];
}

function side(text: string): Side {
  const tokens = tokenizeForStance(text);
  const stems = tokens.map(lightStem);
  return { tokens, stems, grams: stems.map(charTrigrams) };
}

/** Words of `a` with no counterpart in `b` (same word, same stem, or close spelling). */
function unmatched(a: Side, b: Side): number[] {
  const out: number[] = [];
  const bTokens = new Set(b.tokens);
  const bStems = new Set(b.stems);
  for (let i = 0; i < a.tokens.length; i++) {
    if (bTokens.has(a.tokens[i]) || bStems.has(a.stems[i])) continue;
    if (/^\d/.test(a.tokens[i])) {
      out.push(i);
      continue;
    }
    let best = 0;
    for (const g of b.grams) best = Math.max(best, dice(a.grams[i], g));
    if (best < 0.55) out.push(i);
  }
  return out;
}

function numbers(tokens: string[], pick: (w: string) => number | null): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) {
    const n = pick(t);
    if (n !== null) out.add(n);
  }
  return out;
}

function compareSets(prefix: string, a: Set<number>, b: Set<number>, f: FeatureVector): void {
  if (a.size === 0 && b.size === 0) return;
  if (a.size === 0 || b.size === 0) {
    f.set(`${prefix}:one`, 1);
    return;
  }
  const shared = [...a].filter((x) => b.has(x)).length;
  if (shared === a.size && shared === b.size) f.set(`${prefix}:same`, 1);
  else if (shared === 0) f.set(`${prefix}:diff`, 1);
  else f.set(`${prefix}:partial`, 1);
}

/** Stems of the words just before and just after word i. */
function neighbours(x: Side, i: number): string[] {
  return [x.stems[i - 1], x.stems[i + 1]].filter((w): w is string => w !== undefined);
}

/**
 * An antonym pair is a swap when one word stands where the other stood: a word of side `s` in
 * `a` and a word of side `other` in `b` share a neighbour (the word just before or just after).
 * «ارتفاع أسعار النفط» / «انخفاض أسعار النفط» is a swap; «إلى اتفاق لوقف» against «في الصراع
 * المستمر» is not (both sides of a family often sit in one story: a truce is about a war).
 */
function isSwapped(a: Side, b: Side, s: AntonymSide, other: AntonymSide): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    if (!antonymSides(a.tokens[i]).includes(s)) continue;
    const ctx = new Set(neighbours(a, i));
    for (let j = 0; j < b.tokens.length; j++) {
      if (!antonymSides(b.tokens[j]).includes(other)) continue;
      if (neighbours(b, j).some((x) => ctx.has(x))) return true;
    }
  }
  return false;
}

const bucket = (x: number, steps: number) => Math.min(steps, Math.floor(x * steps));

export function pairFeatures(s1: string, s2: string): FeatureVector {
  const a = side(s1);
  const b = side(s2);
  const f: FeatureVector = new Map([['bias', 1]]);
  const ua = unmatched(a, b);
  const ub = unmatched(b, a);

  const stemsA = new Set(a.stems);
  const stemsB = new Set(b.stems);
  const shared = [...stemsA].filter((s) => stemsB.has(s)).length;
  const jaccard = shared / Math.max(1, stemsA.size + stemsB.size - shared);
  f.set('jaccard', jaccard);
  f.set(`jaccard:${bucket(jaccard, 5)}`, 1);
  const unmatchedShare = (ua.length + ub.length) / Math.max(1, a.tokens.length + b.tokens.length);
  f.set('unmatched', unmatchedShare);
  f.set(`unmatched:${bucket(unmatchedShare, 5)}`, 1);
  f.set(`unmatched-min:${Math.min(ua.length, ub.length, 4)}`, 1);
  f.set(`unmatched-max:${Math.min(Math.max(ua.length, ub.length), 6)}`, 1);

  const negA = a.tokens.filter((t) => NEGATIONS.has(t)).length;
  const negB = b.tokens.filter((t) => NEGATIONS.has(t)).length;
  const isNegFlip = negA % 2 !== negB % 2;
  if (isNegFlip) f.set('neg:flip', 1);
  else if (negA > 0) f.set('neg:both', 1);

  compareSets('num', numbers(a.tokens, cardinalOf), numbers(b.tokens, cardinalOf), f);
  compareSets('ord', numbers(a.tokens, ordinalOf), numbers(b.tokens, ordinalOf), f);

  const sidesA = new Set(a.tokens.flatMap(antonymSides));
  const sidesB = new Set(b.tokens.flatMap(antonymSides));
  let isAntonym = false;
  for (const s of sidesA) {
    const other: AntonymSide = s.endsWith(':0') ? `${s.slice(0, -2)}:1` : `${s.slice(0, -2)}:0`;
    if (sidesB.has(other) && !sidesB.has(s) && !sidesA.has(other)) {
      // Only a swap is evidence that one sentence reverses the other; opposite words that merely
      // sit in both (a truce and the war it is about) are a weaker cue, kept apart for the model.
      if (isSwapped(a, b, s, other)) {
        isAntonym = true;
        f.set(`ant:${s.split(':')[0]}`, 1);
      } else f.set('ant:loose', 1);
    } else if (sidesB.has(s)) f.set(`syn:${s.split(':')[0]}`, 1);
  }
  if (isAntonym) f.set('ant', 1);
  if (isAntonym && isNegFlip) f.set('ant+neg', 1);

  const diffStems = [...ua.map((i) => a.stems[i]), ...ub.map((i) => b.stems[i])];
  // Whole diff words as features overfit (5-fold CV on train: 70.0 without vs 69.9 with);
  // their character trigrams generalise across inflections and are kept.
  for (const s of diffStems) {
    for (const g of charTrigrams(s)) f.set(`c:${g}`, (f.get(`c:${g}`) ?? 0) + 0.25);
  }
  // Pairs of words that replaced each other let the model learn antonyms the list lacks.
  for (const i of ua.slice(0, 6)) {
    for (const j of ub.slice(0, 6)) {
      const [x, y] = [a.stems[i], b.stems[j]].sort();
      f.set(`p:${x}|${y}`, 1);
    }
  }
  return f;
}
