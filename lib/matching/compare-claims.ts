// The relation between two claims from different articles: aligned figures decide supports or
// contradicts; a near-identical wording with a negation or antonym flip is a contradiction by the
// stance model; the same question with nothing to compare is `related`.
import { pairFeatures } from '../stance/features';
import { classifyFeatures } from '../stance/classify';
import { alignSlots, type AlignedPair } from './align';
import { overlap, profileClaim, type ClaimProfile } from './claim-profile';
import { daysBetween } from './dates';
import { explainAgreement, explainDisagreement, explainNegation, explainRelated } from './explain';
import { DIFFERENT_EVENT_DAYS } from './tolerance';
import { tripsDiffer } from './trip-cues';
import type { ClaimComparison, MatchInput } from './types';

export interface ProfiledInput extends MatchInput {
  profile: ClaimProfile;
}

/** topical overlap below which two claims are not linked at all */
const MIN_TOPIC = 0.15;
/** wording overlap above which the stance model is asked about negation/antonym flips */
const STANCE_TOPIC = 0.5;
const STANCE_MIN_PROB = 0.7;
const NEAR_IDENTICAL = 0.8;

const clamp = (x: number) => Math.max(0.05, Math.min(0.97, Math.round(x * 100) / 100));

export function compareClaims(a: MatchInput, b: MatchInput): ClaimComparison | null {
  if (a.key === b.key && a.claim.start === b.claim.start && a.claim.end === b.claim.end) return null; // itself
  return compareProfiled({ ...a, profile: profileClaim(a.claim) }, { ...b, profile: profileClaim(b.claim) });
}

function isSameQuestion(p: AlignedPair): boolean {
  return p.isSameConcept || p.contextSimilarity >= 0.3;
}

export function compareProfiled(a: ProfiledInput, b: ProfiledInput): ClaimComparison | null {
  const topic = overlap(a.profile.tokens, b.profile.tokens);
  const aligned = alignSlots(a.profile, b.profile).filter(isSameQuestion);
  if (topic < MIN_TOPIC && aligned.length === 0) return null;

  const gap = daysBetween(a.articleDate, b.articleDate);
  const farGap = gap !== null && gap > DIFFERENT_EVENT_DAYS ? gap : null;
  const personsDiffer = a.profile.persons.size > 0 && b.profile.persons.size > 0 &&
    ![...a.profile.persons].some((p) => b.profile.persons.has(p));

  const disagreements = aligned.filter((p) => p.comparison.verdict === 'disagree');
  const agreements = aligned.filter((p) => p.comparison.verdict === 'agree');
  const main = (list: AlignedPair[]) => list.reduce((best, p) => (p.contextSimilarity > best.contextSimilarity ? p : best));

  // A disagreement on a background date (both mention «7 أكتوبر») is not a verdict on the claim:
  // only figures tied to the same concept, or with very similar surroundings, count.
  const decisive = disagreements.filter((p) => p.isSameConcept || p.contextSimilarity >= 0.45);
  if (decisive.length > 0 && (agreements.length === 0 || decisive.length >= agreements.length)) {
    const p = main(decisive);
    // one article's trip leaves out a country the other's goes to: two different trips
    const isOtherTrip = p.a.concept === 'visit' && tripsDiffer(a.trip, b.trip);
    const isDifferentEvents = farGap !== null || personsDiffer || isOtherTrip;
    const base = 0.55 + 0.25 * p.contextSimilarity + 0.15 * topic;
    return {
      relation: 'contradicts',
      confidence: clamp(isDifferentEvents ? base * 0.6 : base),
      possiblyDifferentEvents: isDifferentEvents,
      explanation: explainDisagreement(p, farGap, farGap === null && (personsDiffer || isOtherTrip)),
    };
  }

  const flip = topic >= STANCE_TOPIC && a.profile.polarity !== b.profile.polarity ? negationFlip(a.claim.text, b.claim.text, topic) : null;
  if (flip !== null) {
    return { relation: 'contradicts', confidence: clamp(flip * topic), possiblyDifferentEvents: farGap !== null, explanation: explainNegation() };
  }

  // A bare weekday is only compatible, never verified, so it counts for the same question only,
  // and never against a starting point: the war's start date, or any date after «منذ» («زياراته
  // … منذ السابع من أكتوبر» dates a period, which no «يوم الاثنين» restates).
  const counted = agreements.filter((p) =>
    p.comparison.isWeekdayOnly
      ? p.isSameConcept && p.contextSimilarity >= 0.2 && p.a.concept !== 'war' && p.a.concept !== 'attack' && !p.a.isSince && !p.b.isSince
      : p.a.slot.type !== 'date' || p.isSameConcept || p.contextSimilarity >= 0.45);
  if (counted.length > 0) {
    // a figure explains the link better than the date it sits next to
    const figures = counted.filter((x) => x.a.slot.type !== 'date');
    const p = main(figures.length ? figures : counted);
    return {
      relation: 'supports',
      confidence: clamp(0.5 + 0.2 * p.comparison.closeness + 0.15 * p.contextSimilarity + 0.15 * topic),
      possiblyDifferentEvents: false,
      explanation: explainAgreement(p),
    };
  }

  const sameConcept = aligned.find((p) => p.isSameConcept);
  if (sameConcept || topic >= 0.6) {
    return {
      relation: 'related',
      confidence: clamp(0.3 + 0.4 * topic),
      possiblyDifferentEvents: false,
      explanation: explainRelated(sameConcept?.a.concept ?? null),
    };
  }
  return null;
}

/**
 * Probability of contradiction when the stance model says so *and* the wording shows why
 * (a negation on one side only, or an antonym swap); the model alone is trained on headlines
 * and is too loose on long news sentences to be trusted without that evidence.
 */
function negationFlip(s1: string, s2: string, topic: number): number | null {
  const f = pairFeatures(s1, s2);
  if (!f.has('neg:flip') && !f.has('ant')) return null;
  const p = classifyFeatures(f).probabilities.contradicts;
  // Word for word the same but for «لن» / «لا»: the flip itself is the evidence, whatever the
  // headline-trained model thinks of a long sentence.
  if (topic >= NEAR_IDENTICAL) return Math.max(p, 0.75);
  return p >= STANCE_MIN_PROB ? p : null;
}
