// Tolerances used when comparing figures. They are editorial choices, kept in one place.

/**
 * «نحو 1200», «حوالي», «قرابة», «زهاء»: Arabic news rounds to the nearest 10, 50 or 100, and a
 * hedged figure is usually within a few percent of the exact one (نحو 1200 ↔ 1194, نحو 100 ↔ 105).
 * ±10% covers those without accepting 1000 for «نحو 1200».
 */
export const APPROX_RELATIVE = 0.1;

/** Exact figures from different outlets that differ by less than this are rounding, not conflict. */
export const EXACT_RELATIVE = 0.005;

/** «نهاية مايو», «مطلع ديسمبر»: a hedged date may spill a few days over its month. */
export const APPROX_DATE_DAYS = 5;

/** Articles further apart than this may report different events (different trips, tolls). */
export const DIFFERENT_EVENT_DAYS = 45;

export const DAYS_PER_UNIT = { day: 1, week: 7, month: 30, year: 365 } as const;
