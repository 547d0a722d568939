// The one place where stored claims become the engine's shapes again (lib/extraction types), so
// the matcher sees from PostgreSQL exactly what it saw straight out of extraction. The database
// keeps a slot's hedge as one enum and its figure as value or min/max; the engine has flags.
import type { Prisma } from '../generated/prisma/client';
import type { DateSlot, DurationSlot, DurationUnit, ExtractedClaim, MoneySlot, QuantitySlot, Slot } from '../extraction/types';

/** What to select for a claim the matcher will compare (Prisma `select`). */
export const ENGINE_CLAIM_SELECT = {
  id: true,
  articleId: true,
  text: true,
  start: true,
  end: true,
  section: true,
  checkworthiness: true,
  reasons: true,
  speaker: true,
  via: true,
  article: { select: { publishedAt: true } },
  slots: {
    select: {
      type: true, value: true, min: true, max: true, unit: true, currency: true, hedge: true,
      year: true, month: true, day: true, weekday: true, relative: true, raw: true, start: true, end: true,
    },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
  },
  mentions: { select: { entity: { select: { type: true, name: true } } }, orderBy: { id: 'asc' } },
} satisfies Prisma.ClaimSelect;

export type EngineClaimRow = Prisma.ClaimGetPayload<{ select: typeof ENGINE_CLAIM_SELECT }>;
type SlotRow = EngineClaimRow['slots'][number];

const DURATION_UNITS: ReadonlySet<string> = new Set<DurationUnit>(['day', 'week', 'month', 'year']);

function hedgeFlags(h: SlotRow['hedge']): Pick<QuantitySlot, 'approx' | 'atLeast' | 'atMost'> {
  if (h === 'approx') return { approx: true };
  if (h === 'at_least') return { atLeast: true };
  if (h === 'at_most') return { atMost: true };
  return {};
}

/** value, or min/max for a range; absent fields stay absent as the engine writes them */
function figure(s: SlotRow): { value?: number; min?: number; max?: number } {
  const out: { value?: number; min?: number; max?: number } = {};
  if (s.value !== null) out.value = s.value;
  if (s.min !== null) out.min = s.min;
  if (s.max !== null) out.max = s.max;
  return out;
}

export function toEngineSlot(s: SlotRow, claimStart: number): Slot {
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

export function toEngineClaim(row: EngineClaimRow): ExtractedClaim {
  return {
    text: row.text,
    start: row.start,
    end: row.end,
    section: row.section,
    checkworthiness: row.checkworthiness,
    reasons: row.reasons,
    slots: row.slots.map((s) => toEngineSlot(s, row.start)),
    attribution: { speaker: row.speaker, via: row.via },
    entities: row.mentions.map((m) => ({ type: m.entity.type, name: m.entity.name })),
  };
}

/** YYYY-MM-DD of a `@db.Date` column, or null */
export function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
