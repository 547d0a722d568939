// Public shapes of the matching engine. Pure data: the app builds MatchInput from PostgreSQL rows,
// the CLI from extracted files.
import type { ExtractedClaim } from '../extraction/types';
import type { TripCues } from './trip-cues';

export type ClaimRelation = 'supports' | 'contradicts' | 'related';

export interface MatchInput {
  /** the article the claim comes from (file name or article id); pairs within one key are never linked */
  key: string;
  /** ISO date of publication, YYYY-MM-DD, when known */
  articleDate: string | null;
  claim: ExtractedClaim;
  /** article-level trip cues (tripCuesOf(article text)), when the caller has the article */
  trip?: TripCues;
}

export interface ClaimComparison {
  relation: ClaimRelation;
  /** 0..1: how sure the engine is of `relation` */
  confidence: number;
  /** the figures differ, but the claims may be about different events (far-apart dates, other context) */
  possiblyDifferentEvents: boolean;
  /** one sentence in Arabic an editor can read */
  explanation: string;
}

export interface MatchResult extends ClaimComparison {
  /** indices into the `items` array given to matchClaims; a < b */
  a: number;
  b: number;
}

export interface MatchOptions {
  /** candidates kept per claim before comparison (default 12) */
  maxCandidatesPerClaim?: number;
  /**
   * a content word in more than this many claims is not indexed (document-frequency cut-off);
   * a person or question key that frequent is blocked by sorted neighbourhood instead (default 64)
   */
  maxPostingLength?: number;
  /** include `related` links, which carry no verdict (default true) */
  isRelatedIncluded?: boolean;
}
