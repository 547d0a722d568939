/** A slot's value fields as Prisma selects them: what the claim page shows and what an edit compares and audits. */
export const slotValueSelect = {
  type: true,
  value: true,
  min: true,
  max: true,
  unit: true,
  currency: true,
  hedge: true,
  year: true,
  month: true,
  day: true,
  raw: true,
} as const;
