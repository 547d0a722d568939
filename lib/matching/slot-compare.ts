// Whether two slots of the same kind state compatible figures, honouring hedges and precision.
import type { Slot } from '../extraction/types';
import { areUnitsCompatible, unitKey } from './concepts';
import { compareDates } from './dates';
import { closeness, overlaps, slotInterval } from './ranges';

export type SlotVerdict = 'agree' | 'disagree' | 'unknown';

export interface SlotComparison {
  verdict: SlotVerdict;
  /** 0..1, how close the figures are; 1 for identical */
  closeness: number;
  /** agreement needed the hedge (نحو، عشرات، ما لا يقل عن) or a coarser date */
  isWithinHedge: boolean;
  /** one side is a bare weekday that could not be placed: compatible, not verified */
  isWeekdayOnly?: boolean;
}

/** Slots that measure the same kind of thing and so may be compared at all. */
export function areComparable(a: Slot, b: Slot): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'money' && b.type === 'money') return a.currency === b.currency;
  if (a.type === 'quantity' && b.type === 'quantity') return areUnitsCompatible(unitKey(a.unit), unitKey(b.unit));
  return true;
}

export function compareSlots(a: Slot, b: Slot): SlotComparison {
  if (!areComparable(a, b)) return { verdict: 'unknown', closeness: 0, isWithinHedge: false };
  if (a.type === 'date' && b.type === 'date') {
    const v = compareDates(a, b);
    if (v === 'compatible') return { verdict: 'agree', closeness: 0.5, isWithinHedge: true, isWeekdayOnly: true };
    const isExact = a.day !== null && b.day !== null && a.month === b.month;
    return { verdict: v, closeness: v === 'agree' ? (isExact ? 1 : 0.8) : 0, isWithinHedge: !isExact };
  }
  const ia = slotInterval(a);
  const ib = slotInterval(b);
  if (!ia || !ib) return { verdict: 'unknown', closeness: 0, isWithinHedge: false };
  const isAgree = overlaps(ia, ib);
  const c = closeness(ia, ib);
  const isPoint = (s: Slot) => s.type !== 'date' && s.value !== undefined && !s.approx && !s.atLeast && !s.atMost;
  return {
    verdict: isAgree ? 'agree' : 'disagree',
    closeness: isAgree ? Math.max(c, 0.6) : c,
    isWithinHedge: isAgree && !(isPoint(a) && isPoint(b) && c === 1),
  };
}
