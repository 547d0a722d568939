// An editor selected a passage by hand: read it as a claim with the same engine (slots,
// attribution, entities, score) as automatic extraction, whatever its score.
import { extractSlots, parseIsoDate } from './slots/index';
import { findAttribution } from './attribution';
import { entitiesInSpan } from './entities';
import { scoreCheckworthiness } from './checkworthiness';
import type { GazetteerEntry } from './gazetteer';
import type { ExtractedClaim, Section } from './types';

export function extractClaimAt(
  text: string,
  start: number,
  end: number,
  opts: { publishedAt?: string | null; section?: Section; gazetteer?: readonly GazetteerEntry[] } = {},
): ExtractedClaim {
  const section = opts.section ?? 'body';
  const slots = extractSlots(text, start, end, parseIsoDate(opts.publishedAt ?? null));
  const attribution = findAttribution(text, start, end);
  const entities = entitiesInSpan(text, start, end, opts.gazetteer);
  const { score, reasons } = scoreCheckworthiness({ text: text.slice(start, end), slots, attribution, entities, section });
  return { text: text.slice(start, end), start, end, section, checkworthiness: score, reasons, slots, attribution, entities };
}

/** Shrinks a selection to exclude surrounding whitespace (a mouse selection often grabs it). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
