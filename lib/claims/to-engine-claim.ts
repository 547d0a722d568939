// The one place where stored claims become the engine's shapes again (lib/extraction types), so
// the matcher sees from PostgreSQL exactly what it saw straight out of extraction. The database
// keeps a slot's hedge as one enum and its figure as value or min/max; the engine has flags.
import type { DateSlot, DurationSlot, DurationUnit, ExtractedClaim, MoneySlot, QuantitySlot, Slot } from '../extraction/types';
import type { EntityType, Hedge, Section, SlotType } from '../generated/prisma/enums';
import { slotValueSelect } from './slot-select';

/** The columns of a claim_slots row the engine reads (from a Prisma select or raw SQL alike). */
export interface StoredSlot {
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
  weekday: number | null;
  relative: string | null;
  raw: string;
  /** null for a slot an editor added without offsets */
  start: number | null;
  end: number | null;
}

/** A stored claim with its slots (ordered) and the entities it mentions (in mention order). */
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
  entities: Array<{ type: EntityType; name: string }>;
}

/** What the matcher loads per claim (lib/claims/load-engine-claims.ts). */
export interface EngineClaimRow extends StoredClaim {
  id: number;
  articleId: number;
  /** the article's date */
  publishedAt: Date | null;
}

/** Prisma `select` of a slot with every column StoredSlot needs: the value fields and where it sits. */
export const STORED_SLOT_SELECT = { ...slotValueSelect, weekday: true, relative: true, start: true, end: true } as const;

const DURATION_UNITS: ReadonlySet<string> = new Set<DurationUnit>(['day', 'week', 'month', 'year']);

function hedgeFlags(h: Hedge): Pick<QuantitySlot, 'approx' | 'atLeast' | 'atMost'> {
  if (h === 'approx') return { approx: true };
  if (h === 'at_least') return { atLeast: true };
  if (h === 'at_most') return { atMost: true };
  return {};
}

/** value, or min/max for a range; absent fields stay absent as the engine writes them */
function figure(s: StoredSlot): { value?: number; min?: number; max?: number } {
  const out: { value?: number; min?: number; max?: number } = {};
  if (s.value !== null) out.value = s.value;
  if (s.min !== null) out.min = s.min;
  if (s.max !== null) out.max = s.max;
  return out;
}

export function toEngineSlot(s: StoredSlot, claimStart: number): Slot {
  // Slots written without offsets (an editor's) are placed by the engine from `raw`.
  const base = { raw: s.raw, start: s.start ?? claimStart - 1, end: s.end ?? claimStart - 1, ...hedgeFlags(s.hedge) };
  switch (s.type) {
    case 'date': {
      const d: DateSlot = { ...base, type: 'date', year: s.year, month: s.month, day: s.day };
      if (s.weekday !== null) d.weekday = s.weekday;
      if (s.relative !== null) d.relative = s.relative;
      return d;
    }
    case 'duration': {
      const unit = s.unit !== null && DURATION_UNITS.has(s.unit) ? (s.unit as DurationUnit) : 'day';
      const d: DurationSlot = { ...base, type: 'duration', unit, ...figure(s) };
      return d;
    }
    case 'money': {
      const m: MoneySlot = { ...base, type: 'money', currency: s.currency ?? '', ...figure(s) };
      return m;
    }
    default: {
      const q: QuantitySlot = { ...base, type: s.type, ...figure(s) };
      if (s.unit !== null) q.unit = s.unit;
      return q;
    }
  }
}

export function toEngineClaim(row: StoredClaim): ExtractedClaim {
  return {
    text: row.text,
    start: row.start,
    end: row.end,
    section: row.section,
    checkworthiness: row.checkworthiness,
    reasons: row.reasons,
    slots: row.slots.map((s) => toEngineSlot(s, row.start)),
    attribution: { speaker: row.speaker, via: row.via },
    entities: row.entities.map((e) => ({ type: e.type, name: e.name })),
  };
}

/** YYYY-MM-DD of a `@db.Date` column, or null */
export function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
