// Public API of claim matching: pure TypeScript, no Next.js or Prisma, used by the CLI and the app.
export { matchClaims } from './match-claims';
export { compareClaims, compareProfiled, type ProfiledInput } from './compare-claims';
export { profileClaim, type ClaimProfile } from './claim-profile';
export { compareSlots, areComparable, type SlotComparison, type SlotVerdict } from './slot-compare';
export { tripCuesOf, tripsDiffer, type TripCues } from './trip-cues';
export { groupByQuestion, type QuestionGroup, type QuestionMember } from './group-by-question';
export { classifyStance } from '../stance/classify';
export type { ClaimComparison, ClaimRelation, MatchInput, MatchOptions, MatchResult } from './types';
