// The one place that turns stored rows back into the engine's shapes (lib/extraction types), so
// the pure matching code (groupByQuestion) runs over claims from PostgreSQL exactly as over
// freshly extracted ones. Pure: no Prisma import beyond types.
import type { DurationUnit, EntityType, ExtractedClaim, Slot } from '../extraction/types';
import type { Hedge, Section, SlotType } from '../generated/prisma/enums';

export interface StoredSlot {
  id: number;
  type: SlotType;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  currency: string | null;
  hedge: Hedge;
  year: number | null;
  month: number | null;
  day: number | null;
  raw: string;
  start: number | null;
  end: number | null;
}

export interface StoredClaim {
  text: string;
  start: number;
  end: number;
  section: Section;
  checkworthiness: number;
  reasons: string[];
  speaker: string | null;
  via: string | null;
  slots: StoredSlot[];
  entities: { type: EntityType; name: string }[];
}

const DURATION_UNITS: readonly string[] = ['day', 'week', 'month', 'year'];

const opt = (n: number | null): number | undefined => (n === null ? undefined : n);

/** A stored slot as the engine's Slot; offsets missing in the row fall back to a search of `raw` in the claim. */
export function toEngineSlot(s: StoredSlot, claim: Pick<StoredClaim, 'text' | 'start'>): Slot {
  let start = s.start;
  let end = s.end;
  if (start === null || end === null) {
    const at = claim.text.indexOf(s.raw);
    start = claim.start + Math.max(0, at);
    end = start + (at >= 0 ? s.raw.length : 0);
  }
  const hedge = {
    ...(s.hedge === 'approx' ? { approx: true } : {}),
    ...(s.hedge === 'at_least' ? { atLeast: true } : {}),
    ...(s.hedge === 'at_most' ? { atMost: true } : {}),
  };
  const base = { raw: s.raw, start, end, ...hedge };
  switch (s.type) {
    case 'date':
      return { ...base, type: 'date', year: s.year, month: s.month, day: s.day };
    case 'money':
      return { ...base, type: 'money', value: opt(s.value), min: opt(s.min), max: opt(s.max), currency: s.currency ?? '' };
    case 'duration':
      return {
        ...base,
        type: 'duration',
        value: opt(s.value),
        min: opt(s.min),
        max: opt(s.max),
        unit: (DURATION_UNITS.includes(s.unit ?? '') ? s.unit : 'day') as DurationUnit,
      };
    default:
      return { ...base, type: s.type, value: opt(s.value), min: opt(s.min), max: opt(s.max), unit: s.unit ?? undefined };
  }
}

export function toEngineClaim(c: StoredClaim): ExtractedClaim {
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    section: c.section,
    checkworthiness: c.checkworthiness,
    reasons: c.reasons,
    slots: c.slots.map((s) => toEngineSlot(s, c)),
    attribution: { speaker: c.speaker, via: c.via },
    entities: c.entities,
  };
}
