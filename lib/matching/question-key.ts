// The question a figure answers, as a key: slot type + concept + anchor date, e.g.
// "ordinal|visit" («الزيارة العاشرة», «جولة بلينكن الثامنة») or "quantity|killed|10-7"
// (the toll of 7 October, not the later toll in Gaza). Claims sharing a key are candidates for
// a link and land in the same group of the values-by-outlet table.
import type { ClaimProfile, SlotProfile } from './claim-profile';

export function questionKeyOf(_profile: ClaimProfile, sp: SlotProfile): string | null {
  if (sp.concept === null) return null;
  const anchor = sp.anchor;
  return [sp.slot.type, sp.concept, ...(anchor ? [anchor] : [])].join('|');
}

export function questionKeys(profile: ClaimProfile): string[] {
  const keys = new Set<string>();
  for (const sp of profile.slots) {
    const k = questionKeyOf(profile, sp);
    if (k) keys.add(k);
  }
  return [...keys];
}
