// Builds ExtractedClaim values by hand, for tests and the synthetic benchmark: slot offsets are
// found by searching each slot's `raw` in the text, as the extraction engine would set them.
import type { Entity, ExtractedClaim, Slot } from '../extraction/types';

/** a Slot without offsets; distributive so each slot kind keeps its own fields */
export type SlotSpec = Slot extends infer S ? (S extends Slot ? Omit<S, 'start' | 'end'> : never) : never;

export function buildClaim(text: string, slots: SlotSpec[], entities: Entity[] = [], start = 0): ExtractedClaim {
  let from = 0;
  const placed = slots.map((s) => {
    const at = text.indexOf(s.raw, from);
    if (at < 0) throw new Error(`slot raw «${s.raw}» not in text`);
    from = at + s.raw.length;
    return { ...s, start: start + at, end: start + at + s.raw.length } as Slot;
  });
  return {
    text, start, end: start + text.length, section: 'body', checkworthiness: 0.8, reasons: [],
    slots: placed, attribution: { speaker: null, via: null }, entities,
  };
}
