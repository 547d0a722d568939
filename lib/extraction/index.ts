// The claims engine: article text in, claims with slots, attribution and entities out.
// Pure and synchronous, so the CLI, background jobs, the web app and tests all call the same thing.
// Pipeline: reading (layout, meta) → segmentation → slots → attribution → entities → score.
import { AttributionContext, findAttribution } from './attribution';
import { extraIndex } from './gazetteer-index';
import { CLAIM_THRESHOLD, scoreCheckworthiness } from './checkworthiness';
import { entitiesInSpan } from './entities';
import type { GazetteerEntry } from './gazetteer';
import { readArticle } from './read-article';
import { segmentSentences } from './segment';
import { normalizeWithOffsets } from '../arabic/normalize';
import { tokenizeNormalized } from './tokens';
import { extractSlots, parseIsoDate } from './slots/index';
import type { ExtractedArticle, ExtractedClaim } from './types';

export type { GazetteerEntry } from './gazetteer';
export { GAZETTEER } from './gazetteer';
export { extractEntities } from './entities';
export { CLAIM_THRESHOLD, scoreCheckworthiness } from './checkworthiness';
export { decodeArticleBytes, MAX_ARTICLE_BYTES, DecodeError } from './decode';
export { readArticle, parsePublicationDate, detectLanguage } from './read-article';
export { segmentSentences } from './segment';
export * from './types';

export interface ExtractOptions {
  fileName?: string;
  /** ISO date (YYYY-MM-DD); overrides what the text says, anchors relative dates */
  publishedAt?: string | null;
  /** overrides the outlet read from the text */
  outlet?: string | null;
  /** extra entries, e.g. editors' entities from the database */
  gazetteer?: readonly GazetteerEntry[];
  /** emit every sentence, whatever its score (for the checkworthy verb and debugging) */
  includeAll?: boolean;
}

export function extractArticle(text: string, opts: ExtractOptions = {}): ExtractedArticle {
  const layout = readArticle(text);
  const meta = {
    ...layout.meta,
    ...(opts.publishedAt !== undefined && opts.publishedAt !== null ? { publishedAt: opts.publishedAt } : {}),
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
  };
  const ref = parseIsoDate(meta.publishedAt);
  const claims: ExtractedClaim[] = [];
  const people = new AttributionContext();
  const extra = extraIndex(opts.gazetteer);
  for (const block of layout.blocks) {
    people.startParagraph();
    // a paragraph is normalized and tokenized once; its sentences take ranges of those tokens
    const norm = normalizeWithOffsets(text.slice(block.start, block.end));
    const blockToks = tokenizeSpanOf(norm, block.start);
    let t = 0;
    for (const s of segmentSentences(text, block.start, block.end)) {
      while (t < blockToks.length && blockToks[t].s < s.start) t++;
      const first = t;
      while (t < blockToks.length && blockToks[t].e <= s.end) t++;
      const toks = blockToks.slice(first, t);
      const sentence = text.slice(s.start, s.end);
      const key = norm.text.slice(lowerBound(norm.offsets, s.start - block.start), lowerBound(norm.offsets, s.end - block.start));
      const slots = extractSlots(text, s.start, s.end, ref, toks);
      const attribution = findAttribution(text, s.start, s.end, toks, people, extra);
      // after the speaker is read, so «وقال الوزير» looks only at earlier mentions
      people.notePeople(toks, text, extra);
      const entities = entitiesInSpan(text, s.start, s.end, opts.gazetteer, toks);
      const { score, reasons } = scoreCheckworthiness({ text: sentence, key, slots, attribution, entities, section: block.section });
      if (score < CLAIM_THRESHOLD && !opts.includeAll) continue;
      claims.push({ text: sentence, start: s.start, end: s.end, section: block.section, checkworthiness: score, reasons, slots, attribution, entities });
    }
  }
  return { meta, claims };
}

/** Scores one sentence on its own, as the `checkworthy` verb does. */
export function scoreSentence(sentence: string, opts: Pick<ExtractOptions, 'gazetteer' | 'publishedAt'> = {}): { score: number; reasons: string[] } {
  const slots = extractSlots(sentence, 0, sentence.length, parseIsoDate(opts.publishedAt));
  const attribution = findAttribution(sentence, 0, sentence.length);
  const entities = entitiesInSpan(sentence, 0, sentence.length, opts.gazetteer);
  return scoreCheckworthiness({ text: sentence, slots, attribution, entities });
}

function tokenizeSpanOf(norm: ReturnType<typeof normalizeWithOffsets>, base: number) {
  return tokenizeNormalized(norm, base, 0, norm.text.length);
}

/** First index whose offset is at least x (offsets are increasing). */
function lowerBound(offsets: Int32Array, x: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
