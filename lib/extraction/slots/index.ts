// All slots of one sentence. Order matters: dates first (so «7» in «7 أكتوبر» is a day, and
// «الأول» in «تشرين الأول» is a month), then ordinals, then figures, then bare durations.
import type { Slot } from '../types';
import { tokenizeSpan, type Tok } from '../tokens';
import { scanDates, type RefDate } from './dates';
import { scanBareDurations } from './durations';
import { scanOrdinals } from './ordinals';
import { scanQuantities } from './quantities';
import { Claimed } from './span';

export { parseIsoDate, type RefDate } from './dates';

export function extractSlots(source: string, start: number, end: number, ref: RefDate | null = null, tokens?: Tok[]): Slot[] {
  const toks = tokens ?? tokenizeSpan(source, start, end);
  const claimed = new Claimed(toks.length);
  const slots: Slot[] = [
    ...scanDates(toks, claimed, source, ref),
    ...scanOrdinals(toks, claimed, source),
    ...scanQuantities(toks, claimed, source),
    ...scanBareDurations(toks, claimed, source),
  ];
  return slots.sort((a, b) => a.start - b.start);
}
