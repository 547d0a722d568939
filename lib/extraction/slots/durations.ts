// Durations without a figure: «منذ شهر», «استمرت أسبوعا», «لمدة يومين», and vague plurals
// «لمدة أسابيع» (3–10 weeks, approx). A bare unit word is a
// duration only in these frames; «هذا الأسبوع» or «الشهر الماضي» are not (the latter is a date).
import type { DurationSlot } from '../types';
import { ACCUSATIVE_UNITS, DURATION_LEADS, DURATION_UNITS, HEDGES, MONTHS, PLURAL_UNITS, VAGUE_PLURAL } from '../lexicon';
import { lookupTok, phraseEndingAt, type Tok } from '../tokens';
import { makeSlot, type Claimed } from './span';

export function scanBareDurations(toks: Tok[], claimed: Claimed, source: string): DurationSlot[] {
  const out: DurationSlot[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed.has(i)) continue;
    const t = toks[i];
    const unit = DURATION_UNITS.get(t.n) ?? (t.n.length > 3 ? lookupTok(DURATION_UNITS, t) : undefined);
    if (!unit) continue;
    const plural = PLURAL_UNITS.get(t.n);
    const next = toks[i + 1];
    if (plural !== undefined) {
      // «لمدة أسابيع», «منذ أشهر», «قبل أيام»: a vague 3–10 units, only in a duration frame
      const lead = toks[i - 1];
      if (!lead || claimed.has(i - 1) || !lead.forms.some((w) => DURATION_LEADS.has(w))) continue;
      if (next && (next.isNum || lookupTok(MONTHS, next) !== undefined)) continue;
      const start = lead.forms.includes('منذ') ? i - 1 : i;
      out.push(makeSlot<DurationSlot>({ type: 'duration', min: VAGUE_PLURAL.min, max: VAGUE_PLURAL.max, unit: plural, approx: true }, toks, start, i + 1, source));
      claimed.add(start, i + 1);
      continue;
    }
    if (next && (next.isNum || lookupTok(MONTHS, next) !== undefined)) continue; // «عام 1979», «شهر مايو»
    let start = i;
    const hedge = phraseEndingAt(toks, i, HEDGES);
    const leadAt = hedge ? hedge.start - 1 : i - 1;
    const lead = toks[leadAt] && toks[leadAt].forms.some((w) => DURATION_LEADS.has(w));
    const dual = unit.count === 2;
    if (!lead && !dual && !ACCUSATIVE_UNITS.has(t.n)) continue;
    if (hedge && !claimed.anyIn(hedge.start, i)) start = hedge.start;
    // «منذ شهر» reads as a unit; the other frames («لمدة», «خلال») stay outside the raw text
    if (lead && toks[leadAt].forms.includes('منذ') && !claimed.has(leadAt)) start = leadAt;
    const slot: Omit<DurationSlot, 'raw' | 'start' | 'end'> = {
      type: 'duration',
      value: unit.count,
      unit: unit.unit,
      ...(hedge?.phrase.kind === 'approx' ? { approx: true } : {}),
      ...(hedge?.phrase.kind === 'atLeast' ? { atLeast: true } : {}),
      ...(hedge?.phrase.kind === 'atMost' ? { atMost: true } : {}),
    };
    out.push(makeSlot<DurationSlot>(slot, toks, start, i + 1, source));
    claimed.add(start, i + 1);
  }
  return out;
}
