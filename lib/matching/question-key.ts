// The question a figure answers, as a key: slot type + concept + anchor date, e.g.
// "ordinal|visit" («الزيارة العاشرة», «جولة بلينكن الثامنة») or "quantity|killed|10-7"
// (the toll of 7 October, not the later toll in Gaza). Claims sharing a key are candidates for
// a link and land in the same group of the values-by-outlet table.
import type { ClaimProfile, SlotProfile } from './claim-profile';

/** how far (in characters, before the figure) a date still anchors it: «في 7 أكتوبر … مقتل نحو 1200» */
const ANCHOR_CHARS = 80;

function anchorOf(profile: ClaimProfile, sp: SlotProfile): string | null {
  if (sp.slot.type === 'date' || sp.slot.type === 'ordinal') return null;
  let best: { dist: number; key: string } | null = null;
  for (const other of profile.slots) {
    const d = other.slot;
    if (d.type !== 'date' || d.month === null || d.day === null) continue;
    const dist = sp.span[0] - other.span[1];
    if (dist < 0 || dist > ANCHOR_CHARS) continue;
    if (!best || dist < best.dist) best = { dist, key: `${d.month}-${d.day}` };
  }
  return best?.key ?? null;
}

export function questionKeyOf(profile: ClaimProfile, sp: SlotProfile): string | null {
  if (sp.concept === null) return null;
  const anchor = anchorOf(profile, sp);
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
