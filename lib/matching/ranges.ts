// A figure as the interval it asserts: «نحو 1200» → [1080, 1320]; «ما لا يقل عن 37124» →
// [37124, ∞); «عشرات آلاف» → [20000, 99999]. Two figures agree when their intervals overlap.
import type { Slot } from '../extraction/types';
import { APPROX_RELATIVE, DAYS_PER_UNIT, EXACT_RELATIVE } from './tolerance';

export interface Interval {
  lo: number;
  hi: number;
}

export function slotInterval(slot: Slot): Interval | null {
  if (slot.type === 'date') return null;
  const scale = slot.type === 'duration' ? DAYS_PER_UNIT[slot.unit] : 1;
  const { value, min, max } = slot;
  if (value !== undefined && value !== null) {
    const v = value * scale;
    if (slot.atLeast) return { lo: v, hi: Infinity };
    if (slot.atMost) return { lo: 0, hi: v };
    const tol = slot.approx ? APPROX_RELATIVE : slot.type === 'ordinal' ? 0 : EXACT_RELATIVE;
    return { lo: v * (1 - tol), hi: v * (1 + tol) };
  }
  if (min === undefined && max === undefined) return null;
  return { lo: (min ?? 0) * scale, hi: (max ?? Infinity) * scale };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** 1 for the same point, falling towards 0 as the figures drift apart (for confidence only). */
export function closeness(a: Interval, b: Interval): number {
  const mid = (x: Interval) => (Number.isFinite(x.hi) ? (x.lo + x.hi) / 2 : x.lo);
  const [x, y] = [mid(a), mid(b)];
  if (x === y) return 1;
  return Math.max(0, 1 - Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)));
}
