// What the matcher needs to know about one claim, computed once per claim: its key tokens, the
// people it names, and for each slot the words around it and the concept it counts or dates.
import type { ExtractedClaim, Slot } from '../extraction/types';
import { isStopword, normalizeArabic, stem, tokenize } from '../arabic';
import { NEGATIONS, antonymSides } from '../stance/lexicon';
import { tokenizeForStance } from '../stance/text';
import { conceptOf, unitKey } from './concepts';

export interface SlotProfile {
  slot: Slot;
  /** stems of the content words around the figure */
  context: Set<string>;
  /** what the figure counts, orders or dates (visit, killed, hostage …), or null */
  concept: string | null;
  /** offsets of the figure inside the claim text */
  span: [number, number];
  /** month-day of a date just before the figure («في 7 أكتوبر … مقتل نحو 1200»), or null */
  anchor: string | null;
  /** a date after «منذ» («منذ السابع من أكتوبر»): where a period starts, not when the event happened */
  isSince: boolean;
}

export interface ClaimProfile {
  tokens: Set<string>;
  persons: Set<string>;
  slots: SlotProfile[];
  /** negation/antonym cues; the stance model is consulted only when these differ */
  polarity: string;
}

// «لاقتراح وقف إطلاق النار الذي أعلنه الرئيس الأمريكي جو بايدن في 31 مايو»: the head noun can be 11 words back
const BEFORE = 12;
const SINCE = normalizeArabic('منذ');
const AFTER = 4;

function words(text: string): string[] {
  return tokenize(normalizeArabic(text));
}

function contentStems(ws: string[]): string[] {
  return ws.filter((w) => !isStopword(w) && !/^\d/.test(w)).map(stem);
}

/** Where the slot sits in the claim text: its offsets when they fit, else a search for `raw`. */
function slotSpan(claim: ExtractedClaim, slot: Slot): [number, number] {
  const rel = slot.start - claim.start;
  if (Number.isInteger(rel) && rel >= 0 && slot.end - claim.start <= claim.text.length) {
    return [rel, slot.end - claim.start];
  }
  const at = claim.text.indexOf(slot.raw);
  return at >= 0 ? [at, at + slot.raw.length] : [0, 0];
}

function slotConcept(slot: Slot, before: string[], after: string[]): string | null {
  if (slot.type === 'quantity' || slot.type === 'money' || slot.type === 'percent') {
    const u = slot.type === 'quantity' ? unitKey(slot.unit) : null;
    if (u && u !== 'person') return u;
    for (const w of after.slice(0, 3)) {
      const c = conceptOf(w);
      if (c && c !== 'person') return c;
    }
  }
  // Arabic puts the head noun before an ordinal, sometimes far before: «جولة بلينكن الحالية في
  // الشرق الأوسط هي الثامنة له بالمنطقة، منذ اندلاع الحرب» orders the tour, not the war.
  if (slot.type === 'ordinal') {
    for (const w of [...before].reverse()) {
      const c = conceptOf(w);
      if (c && c !== 'person') return c;
    }
    return null;
  }
  // otherwise the nearest concept word, looking outward from the figure
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[before.length - 1 - i];
    const cb = b === undefined ? null : conceptOf(b);
    if (cb && cb !== 'person') return cb;
    const a = i < AFTER ? after[i] : undefined;
    const ca = a === undefined ? null : conceptOf(a);
    if (ca && ca !== 'person') return ca;
  }
  return slot.type === 'quantity' ? unitKey(slot.unit) : null;
}

export function profileClaim(claim: ExtractedClaim): ClaimProfile {
  const tokens = new Set(contentStems(words(claim.text)));
  const persons = new Set<string>();
  for (const e of claim.entities) {
    if (e.type !== 'person') continue;
    const parts = words(e.name);
    if (parts.length) persons.add(stem(parts[parts.length - 1]));
  }
  const slots = claim.slots.map((slot) => {
    const [s, e] = slotSpan(claim, slot);
    const before = words(claim.text.slice(0, s)).slice(-BEFORE);
    const after = words(claim.text.slice(e)).slice(0, AFTER + 2);
    return {
      slot,
      context: new Set(contentStems([...before.slice(-5), ...after.slice(0, AFTER)])),
      concept: slotConcept(slot, before, after),
      span: [s, e] as [number, number],
      anchor: null as string | null,
      isSince: slot.type === 'date' && before[before.length - 1] === SINCE,
    };
  });
  for (const sp of slots) sp.anchor = anchorOf(slots, sp);
  return { tokens, persons, slots, polarity: polarityOf(claim.text) };
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Dice over the smaller set's share, so a short claim inside a long one still scores high. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Negation parity plus the antonym sides present, as a string compared for equality. */
function polarityOf(text: string): string {
  const tokens = tokenizeForStance(text);
  const negations = tokens.filter((t) => NEGATIONS.has(t)).length;
  const sides = [...new Set(tokens.flatMap(antonymSides))].sort();
  return `${negations % 2}|${sides.join(',')}`;
}

/** how far (in characters, before the figure) a date still anchors it */
const ANCHOR_CHARS = 80;

function anchorOf(slots: SlotProfile[], sp: SlotProfile): string | null {
  if (sp.slot.type === 'date' || sp.slot.type === 'ordinal') return null;
  let best: { dist: number; key: string } | null = null;
  for (const other of slots) {
    const d = other.slot;
    if (d.type !== 'date' || d.month === null || d.day === null) continue;
    const dist = sp.span[0] - other.span[1];
    if (dist < 0 || dist > ANCHOR_CHARS) continue;
    if (!best || dist < best.dist) best = { dist, key: `${d.month}-${d.day}` };
  }
  return best?.key ?? null;
}
